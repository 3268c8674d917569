#!/usr/bin/env bash
# Answer throughput of the packaged app on a fresh H2 file, with durable commits (WRITE_DELAY=0, the
# default) and with H2's own delayed writes (WRITE_DELAY=500), one after the other.
# Needs `./mvnw -DskipTests package test-compile` first. Usage: bench/answers.sh [PORT] [LEARNERS] [SECONDS]
set -euo pipefail
cd "$(dirname "$0")/.."
PORT=${1:-8432}; LEARNERS=${2:-16}; SECONDS_RUN=${3:-20}
CP=target/test-classes

run() {
  local delay=$1 dir
  dir=$(mktemp -d)
  java -cp "$CP" app.saidwho.support.QuizFiles "$dir/quizzes" bench 40
  java -Xmx256m -Dquarkus.http.host=127.0.0.1 -Dquarkus.http.port="$PORT" -Dsaidwho.quizzes.dir="$dir/quizzes" \
    "-Dquarkus.datasource.jdbc.url=jdbc:h2:retry:$dir/saidwho;AUTO_SERVER=TRUE;WRITE_DELAY=$delay" \
    -jar target/quarkus-app/quarkus-run.jar >"$dir/server.log" 2>&1 &
  local pid=$!
  until curl -sf "http://127.0.0.1:$PORT/q/health/ready" >/dev/null; do sleep 0.5; done
  # a short warm-up, then the measured run
  java -cp "$CP" app.saidwho.support.AnswerLoad "http://127.0.0.1:$PORT" bench "$LEARNERS" 5 >/dev/null
  echo -n "WRITE_DELAY=$delay: "
  java -cp "$CP" app.saidwho.support.AnswerLoad "http://127.0.0.1:$PORT" bench "$LEARNERS" "$SECONDS_RUN"
  kill "$pid"; wait "$pid" || true
  rm -rf "$dir"
}

run 0
run 500
