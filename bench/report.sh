#!/usr/bin/env bash
# A score report recomputed over many attempts: seeds a fresh H2 file with ATTEMPTS finished attempts of the
# seed quiz (the app's seed-attempts command), starts the packaged app, signs in and asks for the report
# with a different start date each time (every one a new cache key, so every request recomputes), and
# prints the median of RUNS timed requests after WARMUP untimed ones, and the cached report's median; also
# the server's CPU time per request (user + system, from /proc), which a busy machine disturbs far less.
# Last, the default report (finished attempts of every date, from the report tallies since decision 63)
# after each of RUNS more learners finished the quiz (after WARMUP such rounds untimed): the report of a
# class answering right now.
# Needs `./mvnw -DskipTests package` first (or APP=path/to/quarkus-run.jar of another build).
# Usage: bench/report.sh [PORT] [ATTEMPTS] [RUNS]
set -euo pipefail
cd "$(dirname "$0")/.."
APP=${APP:-$PWD/target/quarkus-app/quarkus-run.jar}
PORT=${1:-8484}; ATTEMPTS=${2:-10000}; RUNS=${3:-21}; WARMUP=${WARMUP:-10}
WORK=$(mktemp -d /tmp/saidwho-report.XXXXXX)
cp -r quizzes "$WORK/quizzes"
cd "$WORK"
echo "# bench/report.sh $(date -u +%FT%TZ); load average: $(cut -d' ' -f1-3 /proc/loadavg); work folder $WORK"
java -Dsaidwho.db.path="$WORK/data/saidwho" -jar "$APP" seed-attempts --set helsinki-summit \
  --attempts "$ATTEMPTS" >seed.log 2>&1
SAIDWHO_ADMIN_USERNAME=bench SAIDWHO_ADMIN_PASSWORD=lamp-river-quiet-42 java ${JAVA_OPTS:-} \
  -Dquarkus.http.host=127.0.0.1 -Dquarkus.http.port="$PORT" -Dsaidwho.db.path="$WORK/data/saidwho" \
  -jar "$APP" >server.log 2>&1 &
PID=$!
trap 'kill $PID 2>/dev/null || true' EXIT
until curl -sf -o /dev/null "http://127.0.0.1:$PORT/login"; do sleep 0.2; done
curl -sf -c cj -o login.html "http://127.0.0.1:$PORT/login"
TOKEN=$(grep -o 'name="csrf-token" value="[^"]*"' login.html | sed 's/.*value="//; s/"$//' || true)
curl -s -b cj -c cj -o /dev/null --data-urlencode "csrf-token=$TOKEN" -d j_username=bench \
  -d j_password=lamp-river-quiet-42 "http://127.0.0.1:$PORT/j_security_check"
report() { # from-date -> seconds
  curl -s -b cj -o /dev/null -w '%{http_code} %{time_total}\n' \
    "http://127.0.0.1:$PORT/teach/sets/helsinki-summit/report?from=$1"
}
cpu_ms() { awk '{print ($14 + $15) * 1000 / '"$(getconf CLK_TCK)"'}' "/proc/$PID/stat"; }
per_request() { awk -v a="$1" -v b="$(cpu_ms)" -v n="$RUNS" 'BEGIN {printf "%.0f ms CPU a request\n", (b - a) / n}'; }
median() { sort -n | awk '{v[NR] = $1} END {printf "%.0f ms\n", 1000 * v[int((NR + 1) / 2)]}'; }
for i in $(seq 1 "$WARMUP"); do report "2001-01-$(printf %02d "$i")" >/dev/null; done
# Each day of 1990-1991 is its own key: every request below computes its report.
CPU=$(cpu_ms)
for i in $(seq 1 "$RUNS"); do report "$(date -u -d "1990-01-01 + $i days" +%F)"; done >recomputed.txt
grep -qv '^200 ' recomputed.txt && { echo "a report request failed:"; sort recomputed.txt | uniq -c; exit 1; }
echo "recomputed report over $ATTEMPTS attempts, median of $RUNS: $(cut -d' ' -f2 recomputed.txt | median)," \
  "server $(per_request "$CPU")"
CPU=$(cpu_ms)
for i in $(seq 1 "$RUNS"); do report "1990-01-02"; done | cut -d' ' -f2 >cached.txt
echo "cached report, median: $(median <cached.txt), server $(per_request "$CPU")"
# A class answering right now: before each request one more learner finishes the quiz through its own
# forms, so every default report (finished attempts, no dates) is a new one; the server's CPU is counted
# around the report requests only, not the answers.
curl -sf -b cj -c cj -o quiz.html "http://127.0.0.1:$PORT/quizzes/helsinki-summit"
QTOKEN=$(grep -o 'name="csrf-token" value="[^"]*"' quiz.html | head -1 | sed 's/.*value="//; s/"$//')
report_default() {
  curl -s -b cj -o live.html -w '%{http_code} %{time_total}\n' "http://127.0.0.1:$PORT/teach/sets/helsinki-summit/report"
}
finish_attempt() { # learner number
  local t next
  t=$(curl -s -b cj -o /dev/null -w '%{redirect_url}' --data-urlencode "csrf-token=$QTOKEN" \
    --data-urlencode "name=Live$1" "http://127.0.0.1:$PORT/quizzes/helsinki-summit/attempts" | sed 's|.*/attempts/||')
  while next=$(curl -s -o /dev/null -w '%{redirect_url}' "http://127.0.0.1:$PORT/attempts/$t") \
      && [[ $next == */questions/* ]]; do
    curl -s -b cj -o /dev/null --data-urlencode "csrf-token=$QTOKEN" -d choice=0 "$next"
  done
}
for i in $(seq 1 "$WARMUP"); do finish_attempt "w$i"; report_default >/dev/null; done
LIVE_CPU=0
for i in $(seq 1 "$RUNS"); do
  finish_attempt "$i"
  before=$(cpu_ms)
  report_default
  LIVE_CPU=$(awk -v t="$LIVE_CPU" -v a="$before" -v b="$(cpu_ms)" 'BEGIN {print t + b - a}')
done >live.txt
grep -qv '^200 ' live.txt && { echo "a report request failed:"; sort live.txt | uniq -c; exit 1; }
grep -o '<dd id="finished-count">[0-9]*' live.html | sed 's/.*>/finished attempts in the last report: /'
echo "default report after each newly finished attempt, median of $RUNS: $(cut -d' ' -f2 live.txt | median)," \
  "server $(awk -v t="$LIVE_CPU" -v n="$RUNS" 'BEGIN {printf "%.0f", t / n}') ms CPU a request"
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
