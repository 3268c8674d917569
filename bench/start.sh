#!/usr/bin/env bash
# Start to first page on an existing database, ours beside the reference app (../shared/bench-reference),
# in alternating order, ROUNDS times each.
#
# Each server first starts once on a fresh data folder (ours imports the seed quiz from quizzes/) and is
# stopped; then every round starts both again on those folders and counts, for each, the milliseconds from
# launch to the first 200 of its first page (ours /, the reference /page) and the CPU time the process had
# used by then (user + system from /proc: a busy machine disturbs it less than the wall clock). Ours runs
# with README's command from OUR_ROOT (cd OUR_ROOT && java @jvm.options -jar target/quarkus-app/quarkus-run.jar),
# so what jvm.options names relative to the checkout (the AppCDS archive) is found as it would be there.
#
# Usage: bench/start.sh [PORT] [REF_PORT] [ROUNDS]   (defaults 8482, 8490, 5)
# Environment: SKIP_BUILD=1 reuses both builds (REF_DIR: where the reference is built); OUR_ROOT=DIR another checkout of ours, already packaged
# (default this one); OUR_JAVA_OPTS (default @jvm.options of OUR_ROOT); REF_JAVA_OPTS (default none).
set -euo pipefail
cd "$(dirname "$0")/.."
REPO=$PWD
PORT=${1:-8482}; REF_PORT=${2:-8490}; ROUNDS=${3:-5}
OUR_ROOT=${OUR_ROOT:-$REPO}
OUR_JAVA_OPTS=${OUR_JAVA_OPTS-@jvm.options}
REF_JAVA_OPTS=${REF_JAVA_OPTS:-}
WORK=$(mktemp -d /tmp/saidwho-start.XXXXXX)
OURS="http://127.0.0.1:$PORT/"; REF="http://127.0.0.1:$REF_PORT/page"
cleanup() { for f in "$WORK"/*.pid; do [[ -f $f ]] && kill "$(cat "$f")" 2>/dev/null || true; done; }
trap cleanup EXIT
for url in "$OURS" "$REF"; do
  if curl -s -o /dev/null "$url"; then echo "something already answers at $url: stop it first" >&2; exit 1; fi
done
echo "# bench/start.sh $(date -u +%FT%TZ) on $(nproc) cores; load average: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "# ours from $OUR_ROOT ($(git -C "$OUR_ROOT" rev-parse --short HEAD 2>/dev/null || echo 'not a checkout')); work folder $WORK"

REF_DIR=${REF_DIR:-/tmp/saidwho-bench-reference}
if [[ -z "${SKIP_BUILD:-}" ]]; then
  rm -rf "$REF_DIR"; cp -r "${REF_SRC:-../shared/bench-reference}" "$REF_DIR"; chmod -R u+w "$REF_DIR"
  cp mvnw "$REF_DIR/"; cp -r .mvn "$REF_DIR/"
  (cd "$REF_DIR" && ./mvnw -q clean package -DskipTests)
  (cd "$OUR_ROOT" && ./mvnw -q package -DskipTests)
fi

now_ms() { date +%s%3N; }
TICKS=$(getconf CLK_TCK)
# Starts a server, waits for the first 200 of URL, prints "wall-ms cpu-ms", stops it (SIGTERM) and waits.
start_stop() { # name url dir cmd...
  local name=$1 url=$2 dir=$3; shift 3
  local t0; t0=$(now_ms)
  (cd "$dir" && exec "$@" >>"$WORK/$name.log" 2>&1) &
  local pid=$!; echo "$pid" >"$WORK/$name.pid"
  until curl -sf -o /dev/null "$url"; do
    kill -0 "$pid" 2>/dev/null || { echo "$name did not start: see $WORK/$name.log" >&2; exit 1; }
    sleep 0.02
  done
  local wall=$(( $(now_ms) - t0 ))
  local cpu; cpu=$(awk -v t="$TICKS" '{printf "%d", ($14 + $15) * 1000 / t}' "/proc/$pid/stat")
  kill "$pid"; wait "$pid" 2>/dev/null || true; rm -f "$WORK/$name.pid"
  echo "$wall $cpu"
}
mkdir -p "$WORK/ref" "$WORK/ours"
cp -r "$OUR_ROOT/quizzes" "$WORK/ours/quizzes"
# shellcheck disable=SC2086
ours() { start_stop ours "$OURS" "$OUR_ROOT" java $OUR_JAVA_OPTS -Dquarkus.http.host=127.0.0.1 -Dquarkus.http.port="$PORT" \
  -Dsaidwho.db.path="$WORK/ours/data/saidwho" -Dsaidwho.quizzes.dir="$WORK/ours/quizzes" \
  -jar target/quarkus-app/quarkus-run.jar; }
# shellcheck disable=SC2086
ref() { start_stop ref "$REF" "$WORK/ref" java $REF_JAVA_OPTS -Dquarkus.http.host=127.0.0.1 \
  -Dquarkus.http.port="$REF_PORT" -jar "$REF_DIR/target/quarkus-app/quarkus-run.jar"; }

read -r OURS_NEW _ < <(ours); read -r REF_NEW _ < <(ref)
echo "# new databases: ours $OURS_NEW ms, reference $REF_NEW ms"
printf '%-6s %-10s %10s %10s %14s\n' round server "wall ms" "CPU ms" "load average"
for round in $(seq 1 "$ROUNDS"); do
  order=(ours ref); (( round % 2 == 0 )) && order=(ref ours)
  for server in "${order[@]}"; do
    read -r wall cpu < <("$server")
    echo "$server $wall $cpu" >>"$WORK/results.txt"
    printf '%-6s %-10s %10s %10s %14s\n' "$round" "$server" "$wall" "$cpu" "$(cut -d' ' -f1 /proc/loadavg)"
  done
done
median() { grep "^$1 " "$WORK/results.txt" | awk -v c="$2" '{print $c}' | sort -n | awk '{v[NR] = $1} END {
  print (NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2)}'; }
OW=$(median ours 2); OC=$(median ours 3); RW=$(median ref 2); RC=$(median ref 3)
echo "median of $ROUNDS, existing database: ours $OW ms ($OC ms CPU), reference $RW ms ($RC ms CPU);" \
  "ratio $(awk -v a="$OW" -v b="$RW" 'BEGIN {printf "%.2f", a / b}')x wall, $(awk -v a="$OC" -v b="$RC" 'BEGIN {printf "%.2f", a / b}')x CPU"
echo "JVM options: ours '$OUR_JAVA_OPTS', reference '$REF_JAVA_OPTS'; load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
