#!/usr/bin/env bash
# Issue 12 probe 11: the build of one synthetic case with a one-line narrative of CHARS characters
# next to the seed case, timed (wall time and peak RSS by /usr/bin/time).
#   benchmarks/reliability/oversize-case.sh CHARS [extra build options, e.g. --max-case-chars N]
# Over --max-case-chars (default 200 000) the document is refused when it is read and the seed is
# published (--keep-going); raise the limit to see what the build costs without it.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$here"
chars="${1:?characters}"; shift
work="${PROBE_DIR:-/tmp/pfkg-oversize}"
rm -rf "$work"; mkdir -p "$work/data/cases"
for d in data/*/; do
  [ "$(basename "$d")" = cases ] || [ "$(basename "$d")" = curation ] || cp -r "$d" "$work/data/"
done
cp data/cases/gulmire-imin.txt "$work/data/cases/"
python3 - "$chars" "$work/data/cases/synthetic-oversize.txt" <<'PY'
import sys
chars, path = int(sys.argv[1]), sys.argv[2]
head = "Synthetic Oversize Reporter\n\nSynthetic: yes\n\n"
# Invented sentences with the kinds of things the engine extracts: places, dates, events, outlets.
s = ("Police in Urumqi detained the synthetic reporter on March 3, 2015, after he wrote for an "
     "invented weekly. A court in Kashgar later sentenced him to five years in prison on charges of "
     "separatism, his lawyer told reporters. ")
body = (s * (chars // len(s) + 1))[: chars - len(head)]
open(path, "w", encoding="utf-8").write(head + body)
PY
/usr/bin/time -f "wall %e s, peak RSS %M KB" ./pfkg build --keep-going --allow-synthetic \
  --data "$work/data" --out "$work/out" "$@"
