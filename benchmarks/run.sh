#!/usr/bin/env bash
# End-to-end benchmarks of issue 7 (see benchmarks/performance.md for figures and how to read them).
#   benchmarks/run.sh [CASES] [REPEATS] [SECONDS]
# 1. pfkg synth CASES cases; 2. build them REPEATS times (-Xmx1g) and, in the same round, load the
# build's own N-Triples dump with bare `tdb2.tdbloader --loader=basic`: triples/s of each and ratio;
# 3. extraction cases/s, single-threaded and on all cores; 4. serve start to first answer;
# 5. SPARQL q/s, p50/p99 pfkg vs bare Fuseki at 1/4/16 clients, entity pages, heap (-Xmx512m).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$here"
CASES="${1:-10000}"; REPEATS="${2:-3}"; SECONDS_PER_RUN="${3:-10}"
work="${BENCH_DIR:-/tmp/pfkg-bench}"
mvn -B -q -DskipTests package test-compile >&2
CP="target/pfkg.jar:target/test-classes:target/lib/*"
rm -rf "$work"; mkdir -p "$work"
echo "## machine"; nproc; free -g | head -2; java -version 2>&1 | head -1
java -cp "$CP" org.w3id.pfkg.cli.Main synth --cases "$CASES" --seed 7 --out "$work/data"

echo "## build vs tdb2.tdbloader --loader=basic ($CASES cases, $REPEATS rounds)"
for r in $(seq "$REPEATS"); do
  rm -rf "$work/kg" "$work/loader"
  /usr/bin/time -f "build maxrss_kib=%M" java -Xmx1g -cp "$CP" org.w3id.pfkg.cli.Main build \
    --allow-synthetic --data "$work/data" --out "$work/kg" 2>"$work/build.err" | tee "$work/build.out"
  grep maxrss "$work/build.err"
  triples=$(grep -o '[0-9]* triples' "$work/build.out" | cut -d' ' -f1)
  secs=$(grep -o 'in [0-9.]* s' "$work/build.out" | cut -d' ' -f2)
  start=$(date +%s.%N)
  java -Xmx1g -cp "$CP" tdb2.tdbloader --loader=basic --loc "$work/loader" "$work/kg/dumps/pfkg.nt.gz" >/dev/null 2>&1
  end=$(date +%s.%N)
  python3 -c "b=$triples/$secs; l=$triples/($end-$start); print(f'round $r: build {b:.0f} triples/s ($triples in {$secs} s), loader {l:.0f} triples/s ({$end-$start:.1f} s), ratio {b/l:.3f}')"
done

echo "## extraction"
java -cp "$CP" org.w3id.pfkg.bench.ExtractionBench "$work/data" "$REPEATS"

echo "## serve: launch to first answer (pfkg serve, -Xmx512m)"
for r in $(seq "$REPEATS"); do
  start=$(date +%s.%N)
  java -Xmx512m -cp "$CP" org.w3id.pfkg.cli.Main serve --allow-synthetic --port 3939 --out "$work/kg" >/dev/null 2>&1 &
  pid=$!
  until curl -sf -o /dev/null "http://127.0.0.1:3939/sparql?query=ASK%7B%7D"; do sleep 0.02; done
  end=$(date +%s.%N)
  python3 -c "print(f'round $r: ready in {$end-$start:.2f} s')"
  kill "$pid"; wait "$pid" 2>/dev/null || true
done

echo "## SPARQL and pages, pfkg vs bare Fuseki (-Xmx512m, one JVM)"
java -Xmx512m -cp "$CP" org.w3id.pfkg.bench.ServeBench "$work/kg/store" "$SECONDS_PER_RUN" "$REPEATS"
