#!/usr/bin/env bash
# The build's two targets of issue 15 in one run (figures in BENCHMARKS.md):
#   benchmarks/rebuild.sh [CASES] [REBUILDS]
# 1. pfkg synth CASES cases (seed 7), kept in $BENCH_DIR between runs;
# 2. a clean build (--no-cache) and Jena's tdb2.tdbloader --loader=basic on that build's TriG dump,
#    the like-for-like load the clean build is measured against;
# 3. a build that fills the cache, then REBUILDS rebuilds each after one curation edit (a remove
#    whose reason changes each time), the incremental build's case.
# Each build prints its phases (--timings); every run prints wall, CPU and max RSS. The ratios
# (clean ÷ loader, rebuild ÷ clean) are printed at the end with min / median / max.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$here"
CASES="${1:-10000}"; REBUILDS="${2:-3}"
work="${BENCH_DIR:-/tmp/pfkg-rebuild-bench}"
# The parallel collector, as ./pfkg build runs (BENCHMARKS.md, issue 15, ninth round); the loader too.
JAVA_OPTS=(-Xmx2g -XX:+UseParallelGC ${BENCH_JAVA_OPTS:-})
[ -f target/pfkg.jar ] || mvn -B -q -DskipTests package >&2
mkdir -p "$work"
corpus="$work/synth-$CASES"
if [ ! -d "$corpus/cases" ]; then
  java -jar target/pfkg.jar synth --cases "$CASES" --seed 7 --out "$corpus"
fi
edit="$corpus/curation/synth-000000.json"
rm -f "$edit"
mmm() { python3 -c "import sys,statistics as s; v=[float(x) for x in sys.argv[1:]]; print(f'min {min(v):.3f} / median {s.median(v):.3f} / max {max(v):.3f}')" "$@"; }
timed() { # timed LOG CMD...: runs CMD, prints its output's last lines and its wall seconds
  local log="$1"; shift
  /usr/bin/time -f "wall %e s, cpu %U + %S s, max rss %M KiB" -o "$log.time" "$@" >"$log" 2>&1
  grep -E "^(built|phases|cache)" "$log" || tail -2 "$log"
  cat "$log.time"
  sed -E 's/^wall ([0-9.]+) s.*/\1/' "$log.time" > "$log.wall"
}

echo "## machine"; nproc; free -g | head -2; java -version 2>&1 | head -1
git rev-parse --short HEAD; echo "load $(cut -d' ' -f1-3 /proc/loadavg)"

echo "## clean build ($CASES cases)"
rm -rf "$work/clean"
timed "$work/clean.log" java "${JAVA_OPTS[@]}" -jar target/pfkg.jar build --data "$corpus" \
  --out "$work/clean" --allow-synthetic --no-cache --timings
echo "## tdb2.tdbloader --loader=basic on the clean build's TriG"
rm -rf "$work/loader"
timed "$work/loader.log" java "${JAVA_OPTS[@]}" -cp 'target/lib/*' tdb2.tdbloader --loader=basic \
  --loc "$work/loader" "$work/clean/current/dumps/pfkg.trig"
du -sh "$work/clean/current/store" "$work/loader" | sed 's/^/store size: /'

echo "## a build that fills the cache"
rm -rf "$work/cached"
timed "$work/fill.log" java "${JAVA_OPTS[@]}" -jar target/pfkg.jar build --data "$corpus" \
  --out "$work/cached" --allow-synthetic --timings
rebuilds=()
for r in $(seq "$REBUILDS"); do
  echo "## rebuild $r after one curation edit (load $(cut -d' ' -f1 /proc/loadavg))"
  mkdir -p "$(dirname "$edit")"
  printf '{"case": "synth-000000", "operations": [{"action": "remove", "event": "arrest-2015-10-08", "editor": "benchmark", "date": "2026-12-02", "reason": "edit %s"}]}\n' "$r" > "$edit"
  timed "$work/rebuild-$r.log" java "${JAVA_OPTS[@]}" -jar target/pfkg.jar build --data "$corpus" \
    --out "$work/cached" --allow-synthetic --timings
  grep -q "started from release" "$work/rebuild-$r.log" || echo "warning: rebuild $r was a full build"
  rebuilds+=("$(cat "$work/rebuild-$r.log.wall")")
done
rm -f "$edit"

clean=$(cat "$work/clean.log.wall"); loader=$(cat "$work/loader.log.wall")
echo "## ratios"
python3 -c "print(f'clean build ÷ loader (loader time / build time): {$loader/$clean:.3f}')"
ratios=(); for w in "${rebuilds[@]}"; do ratios+=("$(python3 -c "print($w/$clean)")"); done
echo "rebuild wall (s): $(mmm "${rebuilds[@]}")"
echo "rebuild ÷ clean build: $(mmm "${ratios[@]}")"
