#!/usr/bin/env bash
# End-to-end benchmarks of issue 7 (see benchmarks/performance.md for figures and how to read them).
#   benchmarks/run.sh [CASES] [REPEATS] [SECONDS]
# 1. pfkg synth CASES cases; 2. build them REPEATS times (-Xmx1g, phase timings) and, in the same
# round, load the build's own dumps with bare `tdb2.tdbloader --loader=basic`: its N-Triples (the
# union's triples, into the default graph) and its TriG (the same named graphs the build stores);
# triples/s of each and the ratios; 3. extraction cases/s, single-threaded and on all cores;
# 4. `pfkg serve` (-Xmx512m) start to first answer, REPEATS times without and with the AppCDS
# archive the launcher uses; 5. the same server under `pfkg loadtest` for SECONDS*6, then its heap
# after a full GC (jcmd); 6. JMH of the per-document steps (bench/PipelineJmh); 7. SPARQL q/s,
# p50/p99 of pfkg vs bare Fuseki at 1/4/16 clients and entity pages (ServeBench, -Xmx512m, one JVM).
# Every figure repeated is summarised as min / median / max.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$here"
CASES="${1:-10000}"; REPEATS="${2:-3}"; SECONDS_PER_RUN="${3:-10}"
work="${BENCH_DIR:-/tmp/pfkg-bench}"
mvn -B -q -DskipTests package test-compile >&2
CP="target/pfkg.jar:target/test-classes:target/lib/*"
rm -rf "$work"; mkdir -p "$work"
mmm() { python3 -c "import sys,statistics as s; v=[float(x) for x in sys.argv[1:]]; print(f'min {min(v):.3f} / median {s.median(v):.3f} / max {max(v):.3f}')" "$@"; }
loader() { # loader FILE LOC: prints wall seconds (JVM start included)
  local start end
  start=$(date +%s.%N)
  java -Xmx1g -cp "$CP" tdb2.tdbloader --loader=basic --loc "$2" "$1" >/dev/null 2>&1
  end=$(date +%s.%N)
  python3 -c "print(f'{$end-$start:.2f}')"
}

echo "## machine"; nproc; free -g | head -2; java -version 2>&1 | head -1; git rev-parse --short HEAD
java -cp "$CP" org.w3id.pfkg.cli.Main synth --cases "$CASES" --seed 7 --out "$work/data"

echo "## build vs tdb2.tdbloader --loader=basic ($CASES cases, $REPEATS rounds)"
b_tps=(); nt_ratio=(); trig_ratio=(); b_secs=(); rss=()
for r in $(seq "$REPEATS"); do
  rm -rf "$work/kg" "$work/loader-nt" "$work/loader-trig"
  start=$(date +%s.%N)
  /usr/bin/time -f "maxrss_kib=%M" java -Xmx1g -cp "$CP" org.w3id.pfkg.cli.Main build --timings \
    --allow-synthetic --data "$work/data" --out "$work/kg" 2>"$work/build.err" | tee "$work/build.out"
  end=$(date +%s.%N)
  kib=$(grep -o 'maxrss_kib=[0-9]*' "$work/build.err" | cut -d= -f2)
  triples=$(grep -o '[0-9]* triples' "$work/build.out" | head -1 | cut -d' ' -f1)
  secs=$(python3 -c "print(f'{$end-$start:.2f}')")
  nt=$(loader "$work/kg/dumps/pfkg.nt.gz" "$work/loader-nt")
  trig=$(loader "$work/kg/dumps/pfkg.trig" "$work/loader-trig")
  python3 -c "print(f'round $r: build {$triples/$secs:.0f} triples/s ($triples in $secs s wall, max RSS {$kib/1024:.0f} MiB); loader N-Triples $nt s, ratio {$nt/$secs:.3f}; loader TriG $trig s, ratio {$trig/$secs:.3f}')"
  b_secs+=("$secs"); b_tps+=("$(python3 -c "print($triples/$secs)")")
  nt_ratio+=("$(python3 -c "print($nt/$secs)")"); trig_ratio+=("$(python3 -c "print($trig/$secs)")")
  rss+=("$(python3 -c "print($kib/1024)")")
done
echo "build wall s: $(mmm "${b_secs[@]}")"
echo "build triples/s: $(mmm "${b_tps[@]}")"
echo "build max RSS MiB: $(mmm "${rss[@]}")"
echo "ratio build/loader (N-Triples): $(mmm "${nt_ratio[@]}")"
echo "ratio build/loader (TriG, same named graphs): $(mmm "${trig_ratio[@]}")"

echo "## extraction"
java -cp "$CP" org.w3id.pfkg.bench.ExtractionBench "$work/data" "$REPEATS"

echo "## serve: launch to first answer (pfkg serve, -Xmx512m), without and with the CDS archive"
jsa="$work/serve.jsa"; rm -f "$jsa"
start_serve() { # start_serve JAVA_OPTS...: starts the server, waits for its first answer, sets pid and secs
  local start end
  start=$(date +%s.%N)
  java -Xmx512m "$@" -cp "$CP" org.w3id.pfkg.cli.Main serve --allow-synthetic --port 3939 --out "$work/kg" >/dev/null 2>&1 &
  pid=$!
  until curl -sf -o /dev/null "http://127.0.0.1:3939/sparql?query=ASK%7B%7D"; do sleep 0.02; done
  end=$(date +%s.%N)
  secs=$(python3 -c "print($end-$start)")
}
plain=(); cds=()
for r in $(seq "$REPEATS"); do
  start_serve -Xlog:cds=off; plain+=("$secs"); kill "$pid"; wait "$pid" 2>/dev/null || true
done
start_serve -XX:ArchiveClassesAtExit="$jsa" -Xlog:cds=off -Xlog:cds+dynamic=off  # what ./pfkg serve does once
kill "$pid"; wait "$pid" 2>/dev/null || true
for r in $(seq "$REPEATS"); do
  start_serve -XX:SharedArchiveFile="$jsa" -Xlog:cds=off -Xlog:cds+dynamic=off; cds+=("$secs")
  if [ "$r" = "$REPEATS" ]; then
    echo "## the same server under load ($((SECONDS_PER_RUN * 6)) s, 16 clients), then its heap"
    java -cp "$CP" org.w3id.pfkg.cli.Main loadtest --url http://127.0.0.1:3939/ --clients 16 \
      --duration $((SECONDS_PER_RUN * 6)) --server-pid "$pid" || true
    jcmd "$pid" GC.run >/dev/null
    jcmd "$pid" GC.heap_info | head -3
  fi
  kill "$pid"; wait "$pid" 2>/dev/null || true
done
echo "ready s without CDS (JVM start included): $(mmm "${plain[@]}")"
echo "ready s with the CDS archive, as ./pfkg serve runs: $(mmm "${cds[@]}")"

echo "## JMH: extract, map, validate one document"
mvn -B -q dependency:build-classpath -Dmdep.outputFile=target/test.cp -Dmdep.includeScope=test >&2
java -cp "target/test-classes:target/classes:$(cat target/test.cp)" org.openjdk.jmh.Main PipelineJmh

echo "## SPARQL and pages, pfkg vs bare Fuseki (-Xmx512m, one JVM)"
java -Xmx512m -cp "$CP" org.w3id.pfkg.bench.ServeBench "$work/kg/store" "$SECONDS_PER_RUN" "$REPEATS"
