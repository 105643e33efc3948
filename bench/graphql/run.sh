#!/usr/bin/env bash
# The GraphQL benchmark: InfluenceGraph's engine with the app's schema and resolvers against graphql-js 17 on the same
# SDL and data, in process (one thread) and over HTTP (50 connections), then one table with the ratios.
# Needs the .NET 10 SDK and node; run from anywhere. Not part of CI (timings on a shared machine are not tests).
#   bench/graphql/run.sh                      default: 3 s warm-up + 10 s per in-process case, 10 s per HTTP run
#   WARMUP=1 SECONDS_INPROC=3 HTTP_SECONDS=5 bench/graphql/run.sh      quicker
set -euo pipefail
cd "$(dirname "$0")/../.."
OUT=bench/graphql/out
ARTIFACTS=.artifacts-bench
WARMUP=${WARMUP:-3}
SECONDS_INPROC=${SECONDS_INPROC:-10}
HTTP_SECONDS=${HTTP_SECONDS:-10}
CONNECTIONS=${CONNECTIONS:-50}
PORT=${PORT:-5731}

dotnet build bench/InfluenceGraph.Bench.GraphQL -c Release --artifacts-path "$ARTIFACTS" -v q -nologo >/dev/null
BENCH=(dotnet "$ARTIFACTS/bin/InfluenceGraph.Bench.GraphQL/release/InfluenceGraph.Bench.GraphQL.dll")
(cd bench/graphql && npm ci --no-audit --no-fund --silent)
rm -rf "$OUT" && mkdir -p "$OUT"

echo "== shared schema and data"
"${BENCH[@]}" prepare "$OUT"

echo "== in process, single thread"
"${BENCH[@]}" inproc "$OUT" "$WARMUP" "$SECONDS_INPROC"
node bench/graphql/graphqljs-bench.mjs inproc "$OUT" "$WARMUP" "$SECONDS_INPROC"

echo "== HTTP, $CONNECTIONS connections, $HTTP_SECONDS s"
server=
stop() { if [ -n "$server" ]; then kill "$server" 2>/dev/null || true; wait "$server" 2>/dev/null || true; server=; fi; }
trap stop EXIT
for query in graph actor; do
  data=$([ "$query" = graph ] && echo seed || echo synthetic)
  "${BENCH[@]}" serve "$data" "$PORT" & server=$!
  "${BENCH[@]}" load "http://127.0.0.1:$PORT/graphql" "$query" "$OUT/http-dotnet-$query.json" "$HTTP_SECONDS" "$CONNECTIONS"
  stop
  node bench/graphql/graphqljs-bench.mjs serve "$data" "$PORT" "$OUT" & server=$!
  "${BENCH[@]}" load "http://127.0.0.1:$PORT/graphql" "$query" "$OUT/http-node-$query.json" "$HTTP_SECONDS" "$CONNECTIONS"
  stop
done

echo
"${BENCH[@]}" report "$OUT"
