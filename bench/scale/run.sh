#!/usr/bin/env bash
# The scale benchmark (issue 12): for each size, a fresh data directory, the seed and a generated graph applied with
# the app's `cypher apply`, the server (Release) on a free localhost port, then the page's queries, leverage and
# alignment, writes with readers and memory over HTTP, and the page itself in Debian's Chromium. One table per size.
# A benchmark, not a test: nothing in CI runs it. Needs the .NET SDK and /usr/bin/chromium (no browser is downloaded).
#
#   bench/scale/run.sh                    small and medium (500/5k, 5k/20k), about 5 minutes
#   bench/scale/run.sh large              100k actors / 1M relations, about 20 minutes
#   bench/scale/run.sh small medium large
# Settings (environment): RUNS=30 (timed runs per page query and encoding), PHASE_SECONDS=10 (each load phase), ROUNDS=2
# (alternating rounds of readers alone / readers with writers), READERS=20, WRITERS=4, CONCURRENT=50,
# READER=metrics (the readers' query: an actor with its leverage, alignment and first relations; READER=plain leaves
# the metrics out), BROWSER_ROUNDS=3, SKIP_BROWSER=1, SKIP_WRITES=1, SERVER_ENV="DOTNET_gcServer=0 ..." (extra environment for the
# server and `cypher apply`), REGENERATE=1 (write the graph again even if present), REUSE_DATA=1 (keep the data
# directory a previous run applied, for measuring again without loading again; its figures then come from that run),
# BROWSER_PROFILE=file (the page's CPU profile until its first draw, last round; read it with bench/scale/cpu-profile.py).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
cd "$repo"
sizes=("$@")
[ ${#sizes[@]} -eq 0 ] && sizes=(small medium)
[ "${sizes[0]}" = all ] && sizes=(small medium large)

RUNS=${RUNS:-30}
PHASE_SECONDS=${PHASE_SECONDS:-10}
ROUNDS=${ROUNDS:-2}
READERS=${READERS:-20}
WRITERS=${WRITERS:-4}
CONCURRENT=${CONCURRENT:-50}
READER=${READER:-metrics}
BROWSER_ROUNDS=${BROWSER_ROUNDS:-3}
SERVER_ENV=${SERVER_ENV:-}
BATCH=${BATCH:-2000}
PER_FILE=${PER_FILE:-100000}
artifacts="$repo/.artifacts-bench-scale"
server_dll="$artifacts/bin/InfluenceGraph.Server/release/InfluenceGraph.Server.dll"
bench_dll="$artifacts/bin/InfluenceGraph.Bench.Scale/release/InfluenceGraph.Bench.Scale.dll"

echo "building the server and the bench (Release, into .artifacts-bench-scale/)"
dotnet build src/InfluenceGraph.Server -c Release --artifacts-path "$artifacts" -v q -nologo >/dev/null
dotnet build bench/scale/InfluenceGraph.Bench.Scale -c Release --artifacts-path "$artifacts" -v q -nologo >/dev/null
bench() { dotnet "$bench_dll" "$@"; }

commit=${BENCH_COMMIT:-$(git rev-parse --short HEAD 2>/dev/null || echo unknown)}
if [ -z "${BENCH_COMMIT:-}" ] && [ -n "$(git status --porcelain -- src wwwroot cypher 2>/dev/null)" ]; then commit="$commit + uncommitted changes"; fi
load() { cut -d' ' -f1-3 /proc/loadavg; }

server_pid=
stop_server() {
  if [ -n "$server_pid" ] && kill -0 "$server_pid" 2>/dev/null; then
    kill -TERM "$server_pid" 2>/dev/null || true
    wait "$server_pid" 2>/dev/null || true
  fi
  server_pid=
}
trap stop_server EXIT

for size in "${sizes[@]}"; do
  out="$here/out/$size"
  graph="$out/graph"
  data="$out/data"
  mkdir -p "$out"
  if [ "${REUSE_DATA:-0}" = 1 ] && [ -f "$out/apply.json" ] && [ -d "$data" ]; then
    find "$out" -maxdepth 1 -name '*.json' ! -name apply.json -delete
  else
    rm -f "$out"/*.json
  fi
  echo "== $size: $(date -u '+%Y-%m-%d %H:%M UTC'), load average $(load)"
  load_before=$(load)
  if [ "${REGENERATE:-0}" = 1 ] || [ ! -f "$graph/manifest.json" ]; then
    bench generate "$size" "$graph" --batch="$BATCH" --per-file="$PER_FILE"
  fi

  if [ -f "$out/apply.json" ]; then
    echo "-- REUSE_DATA=1: the data directory $data as a previous run applied it"
  else
    echo "-- cypher apply (seed + generated graph) into a fresh data directory"
    bench apply --server="$server_dll" --data="$data" --graph="$graph" --out="$out/apply.json" \
      --batch="$BATCH" --per-file="$PER_FILE" --env="$SERVER_ENV"
  fi

  port=$(bench free-port)
  key=$(head -c 16 /dev/urandom | od -An -tx1 | tr -d ' \n')
  url="http://127.0.0.1:$port"
  echo "-- server on $url"
  started=$(date +%s.%N)
  # shellcheck disable=SC2086
  env Api__Key="$key" $SERVER_ENV dotnet "$server_dll" --urls "$url" --Store:DataDir="$data" >"$out/server.log" 2>&1 &
  server_pid=$!
  until curl -fsS -o /dev/null "$url/healthz" 2>/dev/null; do
    kill -0 "$server_pid" 2>/dev/null || { echo "the server stopped:"; tail -20 "$out/server.log"; exit 1; }
    sleep 0.2
  done
  # awk, not bc: bc writes .97 for a start under a second, which is not a JSON number.
  start_seconds=$(awk -v now="$(date +%s.%N)" -v t0="$started" 'BEGIN { printf "%.3f", now - t0 }')
  rss=$(awk '/VmRSS/ {print $2 / 1024}' "/proc/$server_pid/status")
  printf '{"startSeconds": %s, "rssMb": %s, "pid": %s, "serverEnv": "%s"}\n' "$start_seconds" "$rss" "$server_pid" "$SERVER_ENV" >"$out/server.json"
  echo "   answered after ${start_seconds} s, RSS ${rss} MB"

  common=(--url="$url" --key="$key" --pid="$server_pid" --manifest="$graph" --runs="$RUNS" --seconds="$PHASE_SECONDS"
    --rounds="$ROUNDS" --readers="$READERS" --writers="$WRITERS" --concurrent="$CONCURRENT" --reader="$READER")
  echo "-- HTTP: the first queries (snapshot, leverage and alignment of every actor)"
  bench http "${common[@]}" --only=cold --out="$out/http-cold.json"
  if [ "${SKIP_BROWSER:-0}" != 1 ]; then
    echo "-- Chromium: $BROWSER_ROUNDS rounds of the page"
    ready_timeout=$([ "$size" = large ] && echo 300 || echo 120)
    bench browser --url="$url" --rounds="$BROWSER_ROUNDS" --ready-timeout="$ready_timeout" --out="$out/browser.json" --queries-out="$out/page-queries.json"
    echo "-- HTTP: the page's queries, then $CONCURRENT concurrent page loads"
    bench http "${common[@]}" --only=page --queries="$out/page-queries.json" --out="$out/http-page.json"
  fi
  if [ "${SKIP_WRITES:-0}" != 1 ]; then
    echo "-- HTTP: $ROUNDS rounds of $READERS readers alone / with $WRITERS writers, then writers alone"
    bench http "${common[@]}" --only=writes --out="$out/http-writes.json"
  fi
  stop_server
  printf '{"size": "%s", "date": "%s", "machine": "%s cores, .NET %s, %s, commit %s", "loadBefore": "%s", "loadAfter": "%s", "serverEnv": "%s"}\n' \
    "$size" "$(date -u '+%Y-%m-%d %H:%M UTC')" "$(nproc)" "$(dotnet --version)" "$(/usr/bin/chromium --version 2>/dev/null | cut -d' ' -f1-2)" \
    "$commit" "$load_before" "$(load)" "$SERVER_ENV" >"$out/env.json"
  echo
  bench table "$out" --results="$here/results/$size.json"
  echo
done
