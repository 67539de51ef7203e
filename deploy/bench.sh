#!/usr/bin/env bash
# The contacts-service benchmark (docs/benchmarks.md). Needs pgbench and wrk (installed from Debian if missing).
#   deploy/bench.sh                              POST load and 1,000,000-row batch intake
#   deploy/bench.sh --only=post --seconds=60     just (a), longer
#   deploy/bench.sh --only=post --warm-up=10     just (a), shorter warm-up (default 60 s)
#   deploy/bench.sh --only=batch --rows=200000   just (b), smaller
#   deploy/bench.sh --only=batch --batch-warm-up=0   (b) on a fresh service (default: a 50,000-row intake first)
#   deploy/bench.sh --only=annex-a               just (c): a 100,000-row Annex A List 1 workbook beside its CSV
#   deploy/bench.sh --only=annex-a --annex-a-rows=20000
#   deploy/bench.sh --statements                 also list PostgreSQL's costliest statements (pg_stat_statements)
#   deploy/bench.sh --service-jvm-option=-agentpath:/path/libasyncProfiler.so=start,event=itimer,file=/tmp/p.txt,collapsed
#                                                one more option for the service's JVM (a profiler, say)
set -euo pipefail
cd "$(dirname "$0")/.."
if ! command -v pgbench >/dev/null || ! command -v wrk >/dev/null; then
  echo "Installing pgbench and wrk from Debian" >&2
  apt-get update -qq && apt-get install -y -qq postgresql wrk >/dev/null  # pgbench ships with the server package
fi
./mvnw -B -q -DskipTests install
exec java -Xmx1g -cp "deploy/target/classes:deploy/target/lib/*" uk.gov.safeguarding.deploy.ContactsBenchmark "$@"
