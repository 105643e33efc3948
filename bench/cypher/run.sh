#!/usr/bin/env bash
# Runs the Cypher benchmark on our engine and on Kuzu back to back and prints one table per size.
# usage: bench/cypher/run.sh [small|large|both]   (default: small)
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
sizes="${1:-small}"
[ "$sizes" = both ] && sizes="small large"
artifacts="$repo/.artifacts-bench"
bench="$artifacts/bin/InfluenceGraph.Bench.Cypher/release/InfluenceGraph.Bench.Cypher.dll"

dotnet build "$repo/bench/InfluenceGraph.Bench.Cypher" -c Release --artifacts-path "$artifacts" -v q -nologo >/dev/null
[ -d "$here/node_modules/kuzu" ] || (cd "$here" && npm ci --no-audit --no-fund >/dev/null)
mkdir -p "$here/results"
for size in $sizes; do
  data="$here/data/$size"
  [ -f "$data/params.json" ] || dotnet "$bench" generate "$size" "$data"
  echo "load before ours: $(uptime | sed 's/.*load average/load average/')"
  dotnet "$bench" run "$size" "$data" "$here/results/ours-$size.json"
  echo "load before Kuzu: $(uptime | sed 's/.*load average/load average/')"
  node --expose-gc "$here/kuzu-bench.mjs" "$size" "$data" "$here/results/kuzu-$size.json"
  echo "load after: $(uptime | sed 's/.*load average/load average/')"
  echo "$(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores, $(dotnet --version) / node $(node --version)"
  node "$here/table.mjs" "$here/results/ours-$size.json" "$here/results/kuzu-$size.json"
done
