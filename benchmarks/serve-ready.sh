#!/usr/bin/env bash
# Launch to first answer: starts `./pfkg serve` over a built output folder REPEATS times, as a user
# runs it (the launcher, its heap and its class-data-sharing archive), and reports the seconds from
# the launch to the first successful answer of `GET /sparql?query=ASK{}` as min / median / max.
# The first run after a jar build writes the CDS archive and is reported apart.
#
#   benchmarks/serve-ready.sh OUT_DIR [REPEATS] [PORT]     e.g. benchmarks/serve-ready.sh target/kg 7
#
# Extra java options go in PFKG_JAVA_OPTS (e.g. -Xlog:class+load for a timeline of what loads).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
out="$(readlink -f "${1:?usage: serve-ready.sh OUT_DIR [REPEATS] [PORT]}")"
repeats="${2:-5}"
port="${3:-3977}"
url="http://127.0.0.1:$port/sparql?query=ASK%7B%7D"

"$here/pfkg" --version >/dev/null # builds the jar first when the sources changed, outside the timing

ready() { # ready: launches the server, waits for its first answer, prints the seconds, stops it
  local start end pid
  start=$(date +%s%N)
  "$here/pfkg" serve --allow-synthetic --port "$port" --out "$out" >/dev/null 2>&1 &
  pid=$!
  until curl -sf -o /dev/null "$url"; do
    kill -0 "$pid" 2>/dev/null || { echo "serve-ready: the server stopped" >&2; exit 1; }
    sleep 0.01
  done
  end=$(date +%s%N)
  kill "$pid"; wait "$pid" 2>/dev/null || true
  echo "scale=3; ($end - $start) / 1000000000" | bc
}

if [ ! -f "$here/target/pfkg-serve.jsa" ] || [ "$here/target/pfkg-serve.jsa" -ot "$here/target/pfkg.jar" ]; then
  echo "first run (writes the CDS archive): $(ready) s"
fi
times=()
for _ in $(seq "$repeats"); do times+=("$(ready)"); done
sorted=($(printf '%s\n' "${times[@]}" | sort -n))
echo "runs: ${times[*]}"
echo "ready s (launch to first answer), min / median / max over $repeats: ${sorted[0]} / ${sorted[$((repeats / 2))]} / ${sorted[$((repeats - 1))]}"
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
