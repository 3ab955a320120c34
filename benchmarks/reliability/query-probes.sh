#!/usr/bin/env bash
# Issue 12 probes 2, 4, 5 and 10 against a running server (loopback only). Start it first, e.g.
#   ./pfkg build --out target/kg-probe && ./pfkg serve --out target/kg-probe --port 3391 --timeout 5 &
#   benchmarks/reliability/query-probes.sh 3391 SERVER_PID
# Prints, per probe, the status and time seen by curl; with SERVER_PID also the server's CPU
# seconds and RSS before and after, to see whether a stopped query frees its CPU and memory.
set -uo pipefail
port="${1:?port}"; pid="${2:-}"
url="http://127.0.0.1:$port/sparql"
cpu() { [ -n "$pid" ] && awk '{printf "cpu %.2f s ", ($14+$15)/100}' "/proc/$pid/stat"; \
        [ -n "$pid" ] && awk '/VmRSS/{printf "rss %d MB", $2/1024}' "/proc/$pid/status"; echo; }
probe() { # probe NAME QUERY
  echo "== $1"; cpu
  curl -s -o /dev/null -m 60 -w "status %{http_code} in %{time_total} s\n" \
       --data-urlencode "query=$2" "$url"
  cpu; sleep 3; echo -n "3 s later: "; cpu
}
# 2. A backtracking REGEX: 503 at the time limit, and its thread stops.
probe regex 'SELECT * WHERE { VALUES ?x { "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaab" } FILTER REGEX(?x, "^(.*a){15}$") }'
# 4. SERVICE to a refused endpoint inside FILTER EXISTS: 403 before evaluation, one log line.
probe service-in-exists 'SELECT * WHERE { ?s ?p ?o FILTER EXISTS { SERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o } } }'
# 5. Memory: a GROUP_CONCAT over a cartesian product, and a wide CONCAT: 422/503, bounded RSS.
probe group-concat 'SELECT (GROUP_CONCAT(CONCAT(STR(?a),STR(?b),STR(?c))) AS ?g) WHERE { ?a ?p ?x . ?b ?q ?y . ?c ?r ?z }'
probe wide-concat 'SELECT (CONCAT(STR(?a),STR(?b),STR(?c),STR(?a),STR(?b),STR(?c)) AS ?w) WHERE { ?a ?p ?x . ?b ?q ?y . ?c ?r ?z }'
# 10. Client mistakes: each must be 4xx, never 500.
echo "== client mistakes"
curl -s -o /dev/null -w "bad %%-escape: %{http_code}\n" "$url?query=%zz"
curl -s -o /dev/null -w "TRACE: %{http_code}\n" -X TRACE "http://127.0.0.1:$port/"
curl -s -o /dev/null -w "unknown charset: %{http_code}\n" \
     -H 'Content-Type: application/sparql-query; charset=x-unknown' --data 'ASK {}' "$url"
curl -s -o /dev/null -w "long /assets/ path: %{http_code}\n" \
     "http://127.0.0.1:$port/assets/$(python3 -c 'print("a/"*3000)')a.css"
python3 -c 'print("query=ASK%7B%7D&" + "&".join("p%d=x" % i for i in range(50000)))' > /tmp/pfkg-form.txt
curl -s -o /dev/null -w "50 000 form parameters: %{http_code}\n" \
     -H 'Content-Type: application/x-www-form-urlencoded' --data-binary @/tmp/pfkg-form.txt "$url"
python3 -c 'print("SELECT * WHERE { " + " UNION ".join("{ BIND(%d AS ?x) }" % i for i in range(20000)) + " }")' > /tmp/pfkg-union.rq
curl -s -o /dev/null -w "20 000-branch UNION: %{http_code}\n" \
     -H 'Content-Type: application/sparql-query' --data-binary @/tmp/pfkg-union.rq "$url"
echo "== security headers on /"
curl -s -D - -o /dev/null "http://127.0.0.1:$port/" \
  | grep -iE '^(content-security-policy|x-content-type-options|referrer-policy|x-frame-options):' \
  | cut -c1-80
