#!/usr/bin/env bash
# Load on `resdiff serve`, loopback only: 32 concurrent clients for 10 s (wrk, Debian `wrk`) on
# the Res. 30 diff page and on uploads of the two Res. 30 texts (the diff page of the upload
# form, computed per request). Prints wrk's requests/s and latency percentiles (p50, p99),
# the errors (non-2xx and socket errors: both must be 0), and the server's resident memory
# sampled every 100 ms: at start, peak, and at the end of each run (flat = no growth).
#
# usage: bench/load.sh [CONNECTIONS=32] [SECONDS=10]
# The machine's load average is printed first: these numbers mean little on a busy machine.
set -euo pipefail
cd "$(dirname "$0")/.."
conns=${1:-32}
secs=${2:-10}
command -v wrk >/dev/null || { echo "wrk is missing (Debian: apt-get install wrk)" >&2; exit 2; }
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
