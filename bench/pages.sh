#!/usr/bin/env bash
# Pages side by side with the reference app (../shared/bench-reference: the same stack, one query for
# 5 rows into a typed Qute page with a CSRF field, and a static file as big as our stylesheet).
#
# Builds both (the reference in a temp folder with this repo's mvnw), starts both on a fresh data folder
# (ours: the admin made through /setup, the seed quiz imported from quizzes/, learners' attempts made
# through the quiz's own form), warms up, then runs wrk with the same settings on
#   our /style.css vs the reference's /style.css
#   our question page (a fresh attempt's first question) vs /page
#   our home page vs /page
#   our answer POSTs (each a real next answer, bench/answers.lua) vs /page
# and prints requests/s, the ratios and p99s, each server's CPU time a request (user + system from /proc over the
# run, JIT and GC threads included: a busy machine disturbs it less than requests/s), RSS after the run and start-to-first-page for both
# (ours on a new and on an existing database). The answers are checked durable: our server is killed
# (SIGKILL) after the run, started again, and every answer acknowledged with a 303 must be in the file.
#
# Usage: bench/pages.sh [PORT] [REF_PORT]   (defaults 8482 and 8490)
# Environment: SKIP_BUILD=1 reuses both builds; OUR_ROOT=DIR runs another checkout of ours, already packaged,
# started from DIR with README's command (so its AppCDS archive matches); OUR_APP=DIR runs a quarkus-app folder
# copied elsewhere (by its absolute path, so without AppCDS); SECONDS_RUN (10), WARMUP (10 s per target), THREADS (2), CONNECTIONS (64), ATTEMPTS (2000
# prepared attempts of 18 questions for the answers); OUR_JAVA_OPTS (JVM options; default OUR_ROOT's
# @jvm.options, as README's run command), REF_JAVA_OPTS (default none, as in the reference's README); PROFILE_DIR=DIR
# records each of our runs with JFR into DIR/*.jfr; NMT=1 starts ours with -XX:NativeMemoryTracking=summary
# and prints where its memory is after the run (jcmd VM.native_memory summary, kept in the work folder).
set -euo pipefail
cd "$(dirname "$0")/.."
REPO=$PWD
PORT=${1:-8482}; REF_PORT=${2:-8490}
SECONDS_RUN=${SECONDS_RUN:-10}; WARMUP=${WARMUP:-10}; THREADS=${THREADS:-2}; CONNECTIONS=${CONNECTIONS:-64}
ATTEMPTS=${ATTEMPTS:-2000}
# Another build of ours to compare (e.g. the commit before a change): OUR_ROOT=/path/to/checkout (packaged), or
# OUR_APP=/path/to/quarkus-app. Ours starts from OUR_ROOT with the jar's relative path, as README's command does:
# jvm.options names the AppCDS archive relative to that folder, and the archive only matches a start from there.
OUR_ROOT=${OUR_ROOT:-$REPO}
if [[ -n "${OUR_APP:-}" ]]; then OUR_JAR=$OUR_APP/quarkus-run.jar; else OUR_JAR=target/quarkus-app/quarkus-run.jar; fi
OUR_JAVA_OPTS=${OUR_JAVA_OPTS-@$OUR_ROOT/jvm.options}
[[ -z "${NMT:-}" ]] || OUR_JAVA_OPTS="$OUR_JAVA_OPTS -XX:NativeMemoryTracking=summary"
REF_JAVA_OPTS=${REF_JAVA_OPTS:-}
WORK=$(mktemp -d /tmp/saidwho-pages.XXXXXX)
OURS="http://127.0.0.1:$PORT"; REF="http://127.0.0.1:$REF_PORT"
# Our servers' pids are kept in $WORK/*.pid (start runs in a subshell), and stopped on any exit.
cleanup() { for f in "$WORK"/*.pid; do [[ -f $f ]] && kill "$(cat "$f")" 2>/dev/null || true; done; }
trap cleanup EXIT
for url in "$OURS/" "$REF/"; do
  if curl -s -o /dev/null "$url"; then echo "something already answers at $url: stop it first" >&2; exit 1; fi
done

echo "# bench/pages.sh $(date -u +%FT%TZ) on $(nproc) cores; load average: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "# commit $(git rev-parse --short HEAD)$(git diff --quiet || echo ' (with local changes)'); work folder $WORK"

# ---- build --------------------------------------------------------------------------------------
REF_SRC=${REF_SRC:-../shared/bench-reference}
REF_DIR=${REF_DIR:-/tmp/saidwho-bench-reference}
if [[ -z "${SKIP_BUILD:-}" ]]; then
  rm -rf "$REF_DIR"; cp -r "$REF_SRC" "$REF_DIR"; chmod -R u+w "$REF_DIR"
  cp mvnw "$REF_DIR/"; cp -r .mvn "$REF_DIR/"
  (cd "$REF_DIR" && ./mvnw -q clean package -DskipTests)
  ./mvnw -q package -DskipTests
fi

# ---- helpers -------------------------------------------------------------------------------------
now_ms() { date +%s%3N; }
# Starts a server in the background; prints milliseconds from launch to the first 200 of URL.
start() { # name dir url cmd...   (the log goes to the work folder)
  local name=$1 dir=$2 url=$3; shift 3
  local t0; t0=$(now_ms)
  (cd "$dir" && exec "$@" >>"$WORK/$name.log" 2>&1) &
  local pid=$!; echo "$pid" >"$WORK/$name.pid"
  until curl -sf -o /dev/null "$url"; do
    kill -0 "$pid" 2>/dev/null || { echo "$name did not start: see $WORK/$name.log" >&2; exit 1; }
    sleep 0.05
  done
  echo $(( $(now_ms) - t0 ))
}
rss_mb() { echo $(( $(ps -o rss= -p "$(cat "$WORK/$1.pid")") / 1024 )); }
# CPU time the server process has used (user + system, clock ticks) and the ticks per second.
cpu_ticks() { awk '{print $14 + $15}' "/proc/$(cat "$WORK/$1.pid")/stat"; }
TICKS=$(getconf CLK_TCK)
# wrk, printing "requests/s p99-ms cpu-ms-per-request"; extra args go to wrk (e.g. -s script). The CPU is the
# server's (SERVER: ours or ref, by default the one the URL belongs to), over the run: JIT and GC threads included.
load() { # seconds url [wrk args]
  local secs=$1 url=$2; shift 2
  local server=${SERVER:-$([[ $url == "$OURS"* ]] && echo ours || echo ref)} c0
  c0=$(cpu_ticks "$server")
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"${secs}s" --latency "$@" "$url" >"$WORK/wrk.out"
  local rps p99 cpu
  cpu=$(awk -v c=$(( $(cpu_ticks "$server") - c0 )) -v t="$TICKS" '/requests in/ {printf "%.2f", c * 1000 / t / $1}' "$WORK/wrk.out")
  rps=$(awk '/^Requests\/sec/ {print $2}' "$WORK/wrk.out")
  p99=$(awk '$1=="99%" {v=$2; if (v ~ /us$/) {sub(/us/,"",v); v/=1000} else if (v ~ /ms$/) {sub(/ms/,"",v)}
             else if (v ~ /s$/) {sub(/s/,"",v); v*=1000}; printf "%.1f", v}' "$WORK/wrk.out")
  if grep -q 'Non-2xx or 3xx' "$WORK/wrk.out"; then
    echo "  (wrk saw errors: $(grep 'Non-2xx' "$WORK/wrk.out"))" >&2
  fi
  echo "$rps $p99 $cpu"
}
# Our runs; with PROFILE_DIR set, each is recorded with JFR (jcmd) into PROFILE_DIR/NAME.jfr.
ours_load() { # name seconds url [wrk args]
  local name=$1; shift
  local pid; pid=$(cat "$WORK/ours.pid")
  [[ -z "${PROFILE_DIR:-}" ]] || jcmd "$pid" JFR.start name="$name" settings=profile >/dev/null
  load "$@"
  [[ -z "${PROFILE_DIR:-}" ]] || jcmd "$pid" JFR.stop name="$name" filename="$PROFILE_DIR/$name.jfr" >/dev/null
}
csrf_token() { grep -o 'name="csrf-token" value="[^"]*"' "$1" | head -1 | sed 's/.*value="//; s/"$//'; }

# ---- start both ------------------------------------------------------------------------------------
mkdir -p "$WORK/ref" "$WORK/ours"
cp -r quizzes "$WORK/ours/quizzes"
# shellcheck disable=SC2086
REF_START=$(start ref "$WORK/ref" "$REF/page" java $REF_JAVA_OPTS -Dquarkus.http.host=127.0.0.1 \
  -Dquarkus.http.port="$REF_PORT" -jar "$REF_DIR/target/quarkus-app/quarkus-run.jar")
OUR_CMD=(java $OUR_JAVA_OPTS -Dquarkus.http.host=127.0.0.1 -Dquarkus.http.port="$PORT"
  -Dsaidwho.db.path="$WORK/ours/data/saidwho" -Dsaidwho.quizzes.dir="$WORK/ours/quizzes"
  -jar "$OUR_JAR")
OUR_START_NEW=$(start ours "$OUR_ROOT" "$OURS/" "${OUR_CMD[@]}")

# ---- our data, through our own forms -------------------------------------------------------------
SLUG=helsinki-summit
J="$WORK/jar"
curl -sf -c "$J" -o "$WORK/setup.html" "$OURS/setup"
TOKEN=$(csrf_token "$WORK/setup.html")
curl -sf -b "$J" -c "$J" -o /dev/null --data-urlencode "csrf-token=$TOKEN" -d username=bench \
  -d password=lamp-river-quiet-42 -d confirmation=lamp-river-quiet-42 "$OURS/setup"
curl -sf -b "$J" -o "$WORK/quiz.html" "$OURS/quizzes/$SLUG"
new_attempt() { # prints the learner's number and the attempt token
  echo "$1 $(curl -s -b "$J" -o /dev/null -w '%{redirect_url}' --data-urlencode "csrf-token=$TOKEN" \
    --data-urlencode "name=Learner$1" "$OURS/quizzes/$SLUG/attempts" | sed 's|.*/attempts/||')"
}
# One learner answers the whole quiz: that walk gives the question ids in the order they are asked.
WALKER=$(new_attempt 0 | cut -d' ' -f2)
QUESTIONS=()
while :; do
  next=$(curl -s -o /dev/null -w '%{redirect_url}' "$OURS/attempts/$WALKER")
  [[ $next == */questions/* ]] || break
  QUESTIONS+=("${next##*/}")
  curl -sf -b "$J" -o /dev/null --data-urlencode "csrf-token=$TOKEN" -d choice=0 \
    "$OURS/attempts/$WALKER/questions/${next##*/}"
done
echo "# ours: the seed quiz, ${#QUESTIONS[@]} questions; preparing $ATTEMPTS attempts"
export -f new_attempt; export J TOKEN OURS SLUG
seq 1 "$ATTEMPTS" | xargs -P 4 -I{} bash -c 'new_attempt {}' >"$WORK/attempts.txt"
QUESTION_PAGE="$OURS/attempts/$(sed -n 1p "$WORK/attempts.txt" | cut -d' ' -f2)/questions/${QUESTIONS[0]}"
# The first attempt's first question is the page read; a third of the others is answered in the
# warm-up, the rest in the measured run (a run never repeats an answer of the one before).
WARM_ATTEMPTS=$(( (ATTEMPTS - 1) / 3 ))
sed -n "2,$((WARM_ATTEMPTS + 1))p" "$WORK/attempts.txt" >"$WORK/warm.txt"
sed -n "$((WARM_ATTEMPTS + 2)),\$p" "$WORK/attempts.txt" >"$WORK/measured.txt"
answer_script() { # attempts-file acked-prefix
  echo "-- generated by bench/pages.sh"
  echo "csrf = \"$TOKEN\"; nthreads = $THREADS; acked_prefix = \"$2\""
  echo -n "questions = {"; printf '"%s",' "${QUESTIONS[@]}"; echo "}"
  echo -n "attempts = {"; cut -d' ' -f2 "$1" | sed 's/.*/"&",/' | tr -d '\n'; echo "}"
  cat bench/answers.lua
}
answer_script "$WORK/warm.txt" "$WORK/acked-warm." >"$WORK/answers-warm.lua"
answer_script "$WORK/measured.txt" "$WORK/acked." >"$WORK/answers.lua"

# ---- warm-up: every target, both apps ------------------------------------------------------------
for url in "$REF/style.css" "$REF/page" "$OURS/style.css" "$QUESTION_PAGE" "$OURS/"; do
  load "$WARMUP" "$url" >/dev/null
done
load "$WARMUP" "$OURS/" -s "$WORK/answers-warm.lua" >/dev/null

# ---- the measured runs ---------------------------------------------------------------------------
read -r REF_CSS REF_CSS_P99 REF_CSS_CPU < <(load "$SECONDS_RUN" "$REF/style.css")
read -r OUR_CSS OUR_CSS_P99 OUR_CSS_CPU < <(ours_load static "$SECONDS_RUN" "$OURS/style.css")
read -r REF_PAGE1 REF_PAGE1_P99 REF_PAGE1_CPU < <(load "$SECONDS_RUN" "$REF/page")
read -r OUR_Q OUR_Q_P99 OUR_Q_CPU < <(ours_load question "$SECONDS_RUN" "$QUESTION_PAGE")
read -r OUR_HOME OUR_HOME_P99 OUR_HOME_CPU < <(ours_load home "$SECONDS_RUN" "$OURS/")
read -r OUR_ANS OUR_ANS_P99 OUR_ANS_CPU < <(ours_load answers "$SECONDS_RUN" "$OURS/" -s "$WORK/answers.lua")
# Killed straight after the answers: every answer it acknowledged must be in the file.
OUR_RSS=$(rss_mb ours)
if [[ -n "${NMT:-}" ]]; then
  jcmd "$(cat "$WORK/ours.pid")" VM.native_memory summary >"$WORK/nmt.txt" 2>&1 || true
  jcmd "$(cat "$WORK/ours.pid")" GC.heap_info >"$WORK/heap.txt" 2>&1 || true
fi
kill -9 "$(cat "$WORK/ours.pid")"; wait "$(cat "$WORK/ours.pid")" 2>/dev/null || true
read -r REF_PAGE2 REF_PAGE2_P99 REF_PAGE2_CPU < <(load "$SECONDS_RUN" "$REF/page")
REF_RSS=$(rss_mb ref)
REF_PAGE=$(awk -v a="$REF_PAGE1" -v b="$REF_PAGE2" 'BEGIN {printf "%.1f", (a + b) / 2}')
REF_PAGE_P99=$(awk -v a="$REF_PAGE1_P99" -v b="$REF_PAGE2_P99" 'BEGIN {printf "%.1f", (a > b ? a : b)}')
REF_PAGE_CPU=$(awk -v a="$REF_PAGE1_CPU" -v b="$REF_PAGE2_CPU" 'BEGIN {printf "%.2f", (a + b) / 2}')

# ---- durability: start again on the existing database; every acknowledged answer must be stored -----
OUR_START_OLD=$(start ours "$OUR_ROOT" "$OURS/" "${OUR_CMD[@]}")
kill "$(cat "$WORK/ref.pid")"; wait "$(cat "$WORK/ref.pid")" 2>/dev/null || true
REF_START_OLD=$(start ref "$WORK/ref" "$REF/page" java $REF_JAVA_OPTS -Dquarkus.http.host=127.0.0.1 \
  -Dquarkus.http.port="$REF_PORT" -jar "$REF_DIR/target/quarkus-app/quarkus-run.jar")
curl -sf -c "$J" -o "$WORK/login.html" "$OURS/login"
curl -s -b "$J" -c "$J" -o /dev/null --data-urlencode "csrf-token=$(csrf_token "$WORK/login.html")" \
  -d j_username=bench -d j_password=lamp-river-quiet-42 "$OURS/j_security_check"
curl -sf -b "$J" -o "$WORK/stored.csv" "$OURS/teach/sets/$SLUG/report/attempts.csv?unfinished=on"
ACKED=$(grep -c '^/attempts/' "$WORK"/acked.* | awk -F: '{s += $2} END {print s}')
NOT_ANSWERS=$(cat "$WORK"/acked.* | grep -c '^not-an-answer' || true)
# Answers are taken in order only, so an attempt holds its k-th answer iff its answered count is >= k.
LOST=$(awk -v qs="${QUESTIONS[*]}" '
  FILENAME ~ /attempts.txt$/ { name["Learner" $1] = $2; next }
  FILENAME ~ /stored.csv$/ { split($0, c, ","); if (c[1] in name) stored[name[c[1]]] = c[4]; next }
  /^\/attempts\// { split($0, p, "/"); need = place[p[5]]; if (need > want[p[3]]) want[p[3]] = need }
  BEGIN { n = split(qs, q, " "); for (i = 1; i <= n; i++) place[q[i]] = i }
  END { lost = 0; for (t in want) if (stored[t] + 0 < want[t]) lost += want[t] - stored[t]; print lost }
' "$WORK/attempts.txt" "$WORK/stored.csv" "$WORK"/acked-warm.* "$WORK"/acked.*)

# ---- report --------------------------------------------------------------------------------------
ratio() { awk -v a="$1" -v b="$2" 'BEGIN {printf "%.2f", a / b}'; }
echo
printf '%-44s %10s %9s %8s %12s\n' "target (wrk -t$THREADS -c$CONNECTIONS -d${SECONDS_RUN}s)" "req/s" "ratio" "p99 ms" "CPU ms/req"
printf '%-44s %10s %9s %8s %12s\n' "reference /style.css" "$REF_CSS" "" "$REF_CSS_P99" "$REF_CSS_CPU"
printf '%-44s %10s %9s %8s %12s\n' "our /style.css (vs reference /style.css)" "$OUR_CSS" "$(ratio "$OUR_CSS" "$REF_CSS")x" "$OUR_CSS_P99" "$OUR_CSS_CPU"
printf '%-44s %10s %9s %8s %12s\n' "reference /page (mean of 2 runs; worst p99)" "$REF_PAGE" "" "$REF_PAGE_P99" "$REF_PAGE_CPU"
printf '%-44s %10s %9s %8s %12s\n' "our question page (vs /page)" "$OUR_Q" "$(ratio "$OUR_Q" "$REF_PAGE")x" "$OUR_Q_P99" "$OUR_Q_CPU"
printf '%-44s %10s %9s %8s %12s\n' "our home page (vs /page)" "$OUR_HOME" "$(ratio "$OUR_HOME" "$REF_PAGE")x" "$OUR_HOME_P99" "$OUR_HOME_CPU"
printf '%-44s %10s %9s %8s %12s\n' "our answer POST (vs /page)" "$OUR_ANS" "$(ratio "$OUR_ANS" "$REF_PAGE")x" "$OUR_ANS_P99" "$OUR_ANS_CPU"
echo "reference /page runs: $REF_PAGE1 and $REF_PAGE2 req/s, $REF_PAGE1_CPU and $REF_PAGE2_CPU ms CPU a request"
echo "server CPU a request: ours $OUR_Q_CPU ms for the question page, the reference $REF_PAGE_CPU ms for /page" \
  "(ours costs $(ratio "$OUR_Q_CPU" "$REF_PAGE_CPU")x)"
echo "answers: $ACKED acknowledged with a 303 in the measured run ($NOT_ANSWERS other responses: out of" \
  "prepared questions or not a 303); after SIGKILL and a restart, acknowledged answers missing: $LOST"
echo "RSS after the run: ours $OUR_RSS MB, reference $REF_RSS MB"
if [[ -n "${NMT:-}" ]]; then # committed memory per area, largest first
  echo "our memory after the run by NMT (committed MB; $WORK/nmt.txt):"
  grep -E '^(Total|-)' "$WORK/nmt.txt" | sed -E 's/^-? *//; s/:? *\(?reserved=[0-9]+KB, committed=([0-9]+)KB.*$/\t\1/' \
    | sort -t"$(printf '\t')" -k2 -rn | awk -F'\t' '{printf "  %-28s %7.1f\n", $1, $2 / 1024}'
fi
echo "start to first page: ours $OUR_START_NEW ms on a new database, $OUR_START_OLD ms on the existing one;" \
  "reference $REF_START ms new, $REF_START_OLD ms existing ($(ratio "$OUR_START_OLD" "$REF_START_OLD")x)"
echo "JVM options: ours '${OUR_JAVA_OPTS}', reference '${REF_JAVA_OPTS}'"
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
