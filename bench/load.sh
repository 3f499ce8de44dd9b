#!/usr/bin/env bash
# Load on `resdiff serve`, loopback only, every loop bounded in time. Four runs:
# 1. 32 concurrent clients for 10 s (wrk, Debian `wrk`) on the Res. 30 diff page;
# 2. the same on uploads of the two Res. 30 texts (the diff page of the upload form, computed
#    per request). Both print wrk's requests/s and latency percentiles (p50, p99), the errors
#    (non-2xx and socket errors: both must be 0);
# 3. two hostile uploads at a time, over and over (the 2 KB DOCX of issue 27 finding 5), while
#    `/style.css` is asked for every 20 ms: its p50/p99/max (the target: under 100 ms);
# 4. 150 uploads that each send just under 8 MiB and stop (finding 3), held for 40 s: how each
#    was answered (503 busy without its body being read; 408 for those that held an upload
#    slot, at the body's time limit), with `/style.css` asked for meanwhile.
# Each run prints the server's resident memory sampled every 100 ms: at start, peak, and at
# the end (flat = no growth; run 4's peak is the bound under stalled uploads).
# The clients of runs 3 and 4 are bench/hostile.py (Python's standard library).
#
# usage: bench/load.sh [CONNECTIONS=32] [SECONDS=10]
# The machine's load average is printed first: these numbers mean little on a busy machine.
set -euo pipefail
cd "$(dirname "$0")/.."
conns=${1:-32}
secs=${2:-10}
if ! command -v wrk >/dev/null; then
    if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
        apt-get install -y -qq wrk >/dev/null || { apt-get update -qq && apt-get install -y -qq wrk >/dev/null; }
    else
        echo "wrk is missing (Debian: apt-get install wrk)" >&2
        exit 2
    fi
fi
command -v python3 >/dev/null || { echo "python3 is missing" >&2; exit 2; }
cargo build --release --quiet
port=$((20000 + RANDOM % 20000))
./target/release/resdiff serve --port "$port" 2>/dev/null &
pid=$!
trap 'kill $pid 2>/dev/null' EXIT
base="http://127.0.0.1:$port"
for _ in $(seq 50); do curl -sf "$base/" >/dev/null && break; sleep 0.1; done

rss() { awk '/VmRSS/ {print $2}' "/proc/$pid/status"; }
sample() { # the peak RSS in KiB while the file $1 exists
    local peak=0 r
    while [ -e "$1" ]; do r=$(rss); ((r > peak)) && peak=$r; sleep 0.1; done
    echo "$peak"
}

# The multipart body wrk posts: the two shipped Res. 30 texts, "Show the diff".
body=$(mktemp)
lua=$(mktemp --suffix=.lua)
boundary=resdiffbench
{
    for side in old:fixtures/wtdc-030-dubai-2014.ar.txt new:fixtures/wtdc-030-rcc-wtdc17.ar.txt; do
        printf -- '--%s\r\nContent-Disposition: form-data; name="%s"; filename="%s"\r\nContent-Type: text/plain\r\n\r\n' \
            "$boundary" "${side%%:*}" "$(basename "${side#*:}")"
        cat "${side#*:}"
        printf '\r\n'
    done
    printf -- '--%s\r\nContent-Disposition: form-data; name="format"\r\n\r\npage\r\n--%s--\r\n' "$boundary" "$boundary"
} >"$body"
cat >"$lua" <<LUA
local f = io.open("$body", "rb")
wrk.method = "POST"
wrk.body = f:read("*a")
f:close()
wrk.headers["Content-Type"] = "multipart/form-data; boundary=$boundary"
LUA
# Counts non-2xx answers, which wrk only totals.
report=$(mktemp --suffix=.lua)
cat >"$report" <<'LUA'
done = function(summary, latency, requests)
  io.write(string.format("p50 %.2f ms, p99 %.2f ms, max %.2f ms\n",
    latency:percentile(50) / 1000, latency:percentile(99) / 1000, latency.max / 1000))
  io.write(string.format("requests %d, non-2xx %d, socket errors %d\n", summary.requests,
    summary.errors.status, summary.errors.connect + summary.errors.read + summary.errors.write
    + summary.errors.timeout))
end
LUA

echo "machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
run() { # name, url, extra wrk args
    local name=$1 url=$2
    shift 2
    curl -sf "$url" -o /dev/null 2>/dev/null || true # the first render, outside the timing
    local flag
    flag=$(mktemp)
    local start
    start=$(rss)
    sample "$flag" >"$flag.peak" &
    local sampler=$!
    echo "== $name: $conns clients, ${secs}s"
    wrk -t2 -c"$conns" -d"${secs}s" "$@" "$url" | grep -E 'Requests/sec|Transfer/sec|p50|requests '
    rm "$flag"
    wait $sampler
    echo "server RSS: start $((start / 1024)) MiB, peak $(($(cat "$flag.peak") / 1024)) MiB, end $(($(rss) / 1024)) MiB"
    rm -f "$flag.peak"
}
run "Res. 30 diff page" "$base/diff_wtdc_30_dubai-2014_rcc-wtdc17_ar.html" -s "$report"
# wrk takes one script: the upload script gets the report function appended.
cat "$report" >>"$lua"
run "upload of two Res. 30 texts (diff page)" "$base/compare" -s "$lua"
rm -f "$body" "$lua" "$report"

# Runs 3 and 4: hostile.py in place of wrk, sampled the same way.
hostile() { # name, command...
    local name=$1
    shift
    local flag start sampler
    flag=$(mktemp)
    start=$(rss)
    sample "$flag" >"$flag.peak" &
    sampler=$!
    echo "== $name"
    "$@"
    rm "$flag"
    wait $sampler
    echo "server RSS: start $((start / 1024)) MiB, peak $(($(cat "$flag.peak") / 1024)) MiB, end $(($(rss) / 1024)) MiB"
    rm -f "$flag.peak"
}
docx=$(mktemp --suffix=.docx)
python3 bench/hostile.py docx "$docx"
hostile_run() {
    local log pids=()
    log=$(mktemp)
    for _ in 1 2; do
        python3 bench/hostile.py upload "$port" "$docx" "$secs" >>"$log" &
        pids+=($!)
    done
    sleep 0.5
    echo -n "/style.css meanwhile: "
    python3 bench/hostile.py probe "$port" /style.css "$((secs - 1))"
    wait "${pids[@]}"
    awk '{n++; t += $1; if ($1 > m) m = $1; s[$2]++}
         END {printf "hostile uploads: %d, %.1f s each on average, longest %.1f s; statuses:", n, t / n, m;
              for (k in s) printf " %s x%d", k, s[k]; print ""}' "$log"
    rm -f "$log"
}
hostile "two hostile DOCX uploads at a time (finding 5's input), ${secs}s" hostile_run
stall_run() {
    python3 bench/hostile.py stall "$port" 150 40 &
    local stall=$!
    sleep 2
    echo -n "/style.css meanwhile: "
    python3 bench/hostile.py probe "$port" /style.css 10
    wait $stall
}
hostile "150 stalled uploads of just under 8 MiB, 40 s" stall_run
rm -f "$docx"
