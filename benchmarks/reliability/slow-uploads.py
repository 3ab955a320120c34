#!/usr/bin/env python3
# Issue 12 probe 1: N slow uploads (each declares a ~1 MB SPARQL body and sends one byte every 2 s)
# held open for SECONDS while one client times normal requests in turn: an ASK on /sparql, the
# landing page, /dumps/ and the seed's case page. Prints how many were answered, failed, and the
# median and max latency. Loopback only.
#   python3 benchmarks/reliability/slow-uploads.py PORT [N=20] [SECONDS=30]
import socket, statistics, sys, threading, time, urllib.request

port = int(sys.argv[1])
n = int(sys.argv[2]) if len(sys.argv) > 2 else 20
dur = float(sys.argv[3]) if len(sys.argv) > 3 else 30
stop = time.time() + dur


def slow():
    try:
        s = socket.create_connection(("127.0.0.1", port))
        s.sendall(b"POST /sparql HTTP/1.1\r\nHost: x\r\nContent-Type: application/sparql-query\r\n"
                  b"Content-Length: 1000000\r\n\r\n")
        while time.time() < stop:
            s.sendall(b"S")
            time.sleep(2)
    except OSError:
        pass  # the server cut the upload off (408): that is the point


for t in [threading.Thread(target=slow, daemon=True) for _ in range(n)]:
    t.start()
time.sleep(3)
lat, fail, i = [], 0, 0
urls = ["/sparql?query=ASK%7B%7D", "/", "/dumps/", "/page/id/journalist/gulmire-imin"]
while time.time() < stop:
    u = "http://127.0.0.1:%d%s" % (port, urls[i % 4])
    i += 1
    t0 = time.time()
    try:
        urllib.request.urlopen(u, timeout=30).read()
        lat.append(time.time() - t0)
    except Exception as e:
        fail += 1
        print("fail", u, e)
print("answered", len(lat), "failed", fail, "median %.3f s max %.3f s"
      % (statistics.median(lat) if lat else -1, max(lat) if lat else -1))
