#!/usr/bin/env python3
"""Hostile clients for bench/load.sh, loopback only, standard library only.

  hostile.py docx OUT              a DOCX of 2 KB whose text holds 600,000 U+E000 (issue 27,
                                   finding 5: the footnote-reference marker, once 36 s to read)
  hostile.py upload PORT FILE SECS posts FILE to /compare over and over for SECS seconds; prints
                                   one line per upload: seconds taken and the status
  hostile.py probe PORT PATH SECS  GETs PATH every 20 ms for SECS seconds, a new connection each
                                   time; prints the count, p50, p99 and max in ms, and failures
  hostile.py stall PORT N SECS     N clients each send an upload's head and just under 8 MiB of
                                   its body, then stop; after SECS seconds prints how many were
                                   answered and with what ("held": no answer yet), then closes
"""
import http.client
import select
import socket
import sys
import threading
import time
import zipfile

BOUNDARY = "resdiffbench"
LIMIT = 8 * 1024 * 1024
HOST = "127.0.0.1"


def docx(out):
    w = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'

    def para(t):
        return '<w:p><w:r><w:t xml:space="preserve">%s</w:t></w:r></w:p>' % t

    body = "".join(
        para(t)
        for t in [
            "RESOLUTION 30 (Rev. Dubai, 2014)",
            "Role of ITU-D",
            "considering",
            "a) that " + "\ue000" * 600_000 + " end",
            "resolves",
            "1 to do",
        ]
    )
    xml = '<?xml version="1.0" encoding="UTF-8"?><w:document %s><w:body>%s</w:body></w:document>'
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as z:
        z.writestr("word/document.xml", (xml % (w, body)).encode())


def form(name, data):
    head = (
        f'--{BOUNDARY}\r\nContent-Disposition: form-data; name="old"; filename="{name}"\r\n'
        "Content-Type: application/octet-stream\r\n\r\n"
    ).encode()
    tail = f'\r\n--{BOUNDARY}\r\nContent-Disposition: form-data; name="format"\r\n\r\npage\r\n--{BOUNDARY}--\r\n'
    return head + data + tail.encode()


def upload(port, path, secs):
    with open(path, "rb") as f:
        body = form(path.rsplit("/", 1)[-1], f.read())
    end = time.monotonic() + secs
    while time.monotonic() < end:
        start = time.monotonic()
        c = http.client.HTTPConnection(HOST, port, timeout=120)
        try:
            c.request("POST", "/compare", body,
                      {"Content-Type": f"multipart/form-data; boundary={BOUNDARY}"})
            status = c.getresponse().status
        except OSError as e:
            status = type(e).__name__
        finally:
            c.close()
        print(f"{time.monotonic() - start:.2f} {status}", flush=True)


def probe(port, path, secs):
    times, failures = [], 0
    end = time.monotonic() + secs
    while time.monotonic() < end:
        start = time.monotonic()
        c = http.client.HTTPConnection(HOST, port, timeout=30)
        try:
            c.request("GET", path)
            r = c.getresponse()
            r.read()
            if r.status != 200:
                failures += 1
        except OSError:
            failures += 1
        finally:
            c.close()
        times.append((time.monotonic() - start) * 1000)
        time.sleep(0.02)
    times.sort()
    pick = lambda q: times[min(len(times) - 1, int(q * len(times)))]
    print(f"{len(times)} requests, p50 {pick(0.5):.1f} ms, p99 {pick(0.99):.1f} ms, "
          f"max {times[-1]:.1f} ms, failures {failures}")


def stall(port, n, secs):
    answers = {}
    lock = threading.Lock()
    socks = []
    length = LIMIT - 1024
    head = (f"POST /compare HTTP/1.1\r\nHost: {HOST}\r\nContent-Type: multipart/form-data; "
            f"boundary={BOUNDARY}\r\nContent-Length: {length}\r\n\r\n").encode()
    chunk = b"a" * 65536
    end = time.monotonic() + secs

    def client():
        s = socket.create_connection((HOST, port))
        with lock:
            socks.append(s)
        got = b""
        try:
            s.sendall(head)
            s.setblocking(False)
            sent = 0
            # Just under the whole body, as far as the server takes it, then nothing more;
            # an answer (a refusal, a time limit) is read as soon as it comes.
            while time.monotonic() < end and not got:
                more = sent + len(chunk) < length - 4096
                readable, writable, _ = select.select([s], [s] if more else [], [], 0.5)
                if readable:
                    got = s.recv(4096) or b"closed"
                elif writable:
                    try:
                        sent += s.send(chunk)
                    except BlockingIOError:
                        pass
        except OSError:
            got = got or b"closed"
        status = got.split(b" ")[1].decode() if got.startswith(b"HTTP/") else (
            "closed" if got else "held")
        with lock:
            answers[status] = answers.get(status, 0) + 1

    threads = [threading.Thread(target=client) for _ in range(n)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    print(f"{n} stalled uploads after {secs} s: " +
          ", ".join(f"{k}: {v}" for k, v in sorted(answers.items())))
    for s in socks:
        s.close()


if __name__ == "__main__":
    cmd, args = sys.argv[1], sys.argv[2:]
    if cmd == "docx":
        docx(args[0])
    elif cmd == "upload":
        upload(int(args[0]), args[1], float(args[2]))
    elif cmd == "probe":
        probe(int(args[0]), args[1], float(args[2]))
    elif cmd == "stall":
        stall(int(args[0]), int(args[1]), float(args[2]))
    else:
        sys.exit(__doc__)
