#!/usr/bin/env bash
# The GraphQL benchmark: the app's schema and resolvers on GraphQL.NET against graphql-js 17 on the same SDL and data,
# in process (one thread) and over HTTP (50 connections), then one table with the ratios.
# Needs the .NET 10 SDK and node; run from anywhere. Not part of CI (timings on a shared machine are not tests).
#   bench/graphql/run.sh            default: 3 rounds; 3 s warm-up + 10 s per in-process case; 10 s per HTTP run (~15 min)
#   ROUNDS=1 WARMUP=1 SECONDS_INPROC=3 HTTP_SECONDS=5 bench/graphql/run.sh      quicker
#   HTTP_WARMUP=20 bench/graphql/run.sh     a longer load before each HTTP run (both servers)
set -euo pipefail
cd "$(dirname "$0")/../.."
OUT=bench/graphql/out
ARTIFACTS=.artifacts-bench-graphql
WARMUP=${WARMUP:-3}
SECONDS_INPROC=${SECONDS_INPROC:-10}
HTTP_SECONDS=${HTTP_SECONDS:-10}
# Load before each measured HTTP run, in seconds: by default 2 (a fifth of HTTP_SECONDS if that is shorter).
HTTP_WARMUP=${HTTP_WARMUP:-}
CONNECTIONS=${CONNECTIONS:-50}
PORT=${PORT:-5731}
ROUNDS=${ROUNDS:-3}

dotnet build bench/InfluenceGraph.Bench.GraphQL -c Release --artifacts-path "$ARTIFACTS" -v q -nologo >/dev/null
BENCH=(dotnet "$ARTIFACTS/bin/InfluenceGraph.Bench.GraphQL/release/InfluenceGraph.Bench.GraphQL.dll")
# The load generator is not what is measured: the workstation GC keeps it from competing with the server under test.
LOAD=(env DOTNET_gcServer=0 "${BENCH[@]}" load)
(cd bench/graphql && npm ci --no-audit --no-fund --silent)
rm -rf "$OUT" && mkdir -p "$OUT"

echo "== shared schema and data"
"${BENCH[@]}" prepare "$OUT"

# The machine may be shared: each side runs ROUNDS times, alternating, and the table takes each side's best round.
echo "== in process, single thread, $ROUNDS rounds"
for round in $(seq "$ROUNDS"); do
  "${BENCH[@]}" inproc "$OUT" "$WARMUP" "$SECONDS_INPROC" ".$round"
  node bench/graphql/graphqljs-bench.mjs inproc "$OUT" "$WARMUP" "$SECONDS_INPROC" ".$round"
done

echo "== HTTP, $CONNECTIONS connections, $HTTP_SECONDS s, $ROUNDS rounds"
server=
stop() { if [ -n "$server" ]; then kill "$server" 2>/dev/null || true; wait "$server" 2>/dev/null || true; server=; fi; }
trap stop EXIT
for round in $(seq "$ROUNDS"); do
  for query in graph actor; do
    data=$([ "$query" = graph ] && echo seed || echo synthetic)
    "${BENCH[@]}" serve "$data" "$PORT" & server=$!
    "${LOAD[@]}" "http://127.0.0.1:$PORT/graphql" "$query" "$OUT/http-dotnet-$query.$round.json" "$HTTP_SECONDS" "$CONNECTIONS" ${HTTP_WARMUP:+"$HTTP_WARMUP"}
    stop
    node bench/graphql/graphqljs-bench.mjs serve "$data" "$PORT" "$OUT" & server=$!
    "${LOAD[@]}" "http://127.0.0.1:$PORT/graphql" "$query" "$OUT/http-node-$query.$round.json" "$HTTP_SECONDS" "$CONNECTIONS" ${HTTP_WARMUP:+"$HTTP_WARMUP"}
    stop
  done
done

echo
"${BENCH[@]}" report "$OUT"
