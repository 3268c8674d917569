#!/usr/bin/env bash
# The question page alone, warmed up longer than bench/pages.sh does, with the server's CPU time a request.
# Starts the packaged app (README's JVM options) on a fresh data folder, makes the admin and one attempt through
# the forms, runs wrk -t2 -c64 on the attempt's first question for WARM seconds (60), then ROUNDS (4) measured
# runs of 10 s, each printing requests/s, p99 and the server's CPU a request: over all its threads, and over
# the threads that serve requests (executor-thread-*, vert.x-eventloop-*; no JIT compiler, no GC).
# REF=1 also starts the reference app (built by bench/pages.sh into /tmp/saidwho-bench-reference) on REF_PORT
# and measures its /page after each of our runs.
# Usage: bench/question.sh [PORT] [REF_PORT]; OUR_ROOT=DIR runs another checkout, already packaged, from DIR as
# README's command does (its jvm.options and AppCDS archive); OUR_APP=DIR runs a quarkus-app folder by its
# absolute path (without AppCDS); REF_DIR is where bench/pages.sh built the reference; TARGET=PATH measures that
# page instead of the question (e.g. TARGET=/ for the home page).
set -euo pipefail
cd "$(dirname "$0")/.."
REPO=$PWD; PORT=${1:-8482}; REF_PORT=${2:-8490}; ROUNDS=${ROUNDS:-4}; WARM=${WARM:-60}
OUR_ROOT=${OUR_ROOT:-$REPO}; REF_DIR=${REF_DIR:-/tmp/saidwho-bench-reference}
if [[ -n "${OUR_APP:-}" ]]; then OUR_JAR=$OUR_APP/quarkus-run.jar; else OUR_JAR=target/quarkus-app/quarkus-run.jar; fi
W=$(mktemp -d /tmp/saidwho-question.XXXXXX); mkdir -p "$W/q"; cp -r quizzes "$W/q/"
PIDS=()
trap 'for p in "${PIDS[@]}"; do kill "$p" 2>/dev/null || true; done' EXIT
(cd "$OUR_ROOT" && exec java @jvm.options -Dquarkus.http.host=127.0.0.1 -Dquarkus.http.port="$PORT" \
  -Dsaidwho.db.path="$W/q/data/saidwho" -Dsaidwho.quizzes.dir="$W/q/quizzes" -jar "$OUR_JAR" \
  >"$W/app.log" 2>&1) & PID=$!; PIDS+=("$PID")
O=http://127.0.0.1:$PORT; J=$W/jar
until curl -sf -o /dev/null "$O/"; do kill -0 "$PID" || { echo "did not start: $W/app.log" >&2; exit 1; }; sleep 0.3; done
curl -sf -c "$J" -o "$W/setup.html" "$O/setup"
T=$(grep -o 'name="csrf-token" value="[^"]*"' "$W/setup.html" | head -1 | sed 's/.*value="//; s/"$//')
curl -sf -b "$J" -c "$J" -o /dev/null --data-urlencode "csrf-token=$T" -d username=bench \
  -d password=lamp-river-quiet-42 -d confirmation=lamp-river-quiet-42 "$O/setup"
A=$(curl -s -b "$J" -o /dev/null -w '%{redirect_url}' --data-urlencode "csrf-token=$T" --data-urlencode "name=L1" \
  "$O/quizzes/helsinki-summit/attempts" | sed 's|.*/attempts/||')
Q=$(curl -s -o /dev/null -w '%{redirect_url}' "$O/attempts/$A")
LABEL="our question page"
[[ -z "${TARGET:-}" ]] || { Q=$O$TARGET; LABEL="our page $TARGET"; }
RPID=
if [[ -n "${REF:-}" ]]; then
  (cd "$W" && exec java -Dquarkus.http.host=127.0.0.1 -Dquarkus.http.port="$REF_PORT" \
    -jar "$REF_DIR/target/quarkus-app/quarkus-run.jar" >"$W/ref.log" 2>&1) & RPID=$!; PIDS+=("$RPID")
  until curl -sf -o /dev/null "http://127.0.0.1:$REF_PORT/page"; do sleep 0.3; done
fi
ticks() { awk '{print $14 + $15}' "$1"; }
cpu() { ticks "/proc/$1/stat"; }
request_cpu() { # the request threads' ticks
  local t s=0
  for t in /proc/"$1"/task/*; do
    case "$(cat "$t/comm" 2>/dev/null)" in executor-thread*|vert.x-eventloo*) s=$((s + $(ticks "$t/stat")));; esac
  done
  echo "$s"
}
run() { # pid url label
  local c0 r0 out n
  c0=$(cpu "$1"); r0=$(request_cpu "$1")
  out=$(wrk -t2 -c64 -d10s --latency "$2")
  n=$(awk '/requests in/ {print $1}' <<<"$out")
  echo "$3: $(awk '/^Requests\/sec/ {print $2}' <<<"$out") req/s, p99 $(awk '$1=="99%" {print $2}' <<<"$out")," \
    "CPU a request $(awk -v c=$(( $(cpu "$1") - c0 )) -v n="$n" -v t="$(getconf CLK_TCK)" 'BEGIN {printf "%.2f", c * 1000 / t / n}') ms" \
    "(request threads $(awk -v c=$(( $(request_cpu "$1") - r0 )) -v n="$n" -v t="$(getconf CLK_TCK)" 'BEGIN {printf "%.2f", c * 1000 / t / n}') ms)," \
    "load average $(cut -d' ' -f1 /proc/loadavg)"
}
echo "# bench/question.sh $(date -u +%FT%TZ); $OUR_ROOT ${OUR_APP:-}; load average $(cut -d' ' -f1-3 /proc/loadavg)"
wrk -t2 -c64 -d"${WARM}s" "$Q" >/dev/null
[[ -z "$RPID" ]] || wrk -t2 -c64 -d"${WARM}s" "http://127.0.0.1:$REF_PORT/page" >/dev/null
for _ in $(seq 1 "$ROUNDS"); do
  run "$PID" "$Q" "$LABEL"
  [[ -z "$RPID" ]] || run "$RPID" "http://127.0.0.1:$REF_PORT/page" "reference /page"
done
echo "RSS ours $(( $(ps -o rss= -p "$PID") / 1024 )) MB"
