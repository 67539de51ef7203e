#!/usr/bin/env bash
# The kpi-service benchmark (docs/benchmarks.md): national-scale contact facts and practice records,
# full recomputation, scorecard reads beside the same figures by plain SQL over the raw facts, the full
# CSV export, and freshness at a steady event rate.
#   deploy/bench-kpi.sh                                   153 councils, 10 years, 2.4M contacts a year
#   deploy/bench-kpi.sh --practice-years=3                practice records for the last 3 years only (0: none)
#   deploy/bench-kpi.sh --councils=20 --years=2           smaller, for a quick look
#   deploy/bench-kpi.sh --rate=200 --seconds=120          longer freshness run
#   deploy/bench-kpi.sh --reads-only --service-jvm-args=-agentpath:...   profile the scorecard reads
# The report is printed and written to deploy/target/kpi-benchmark.md.
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -B -q -DskipTests install
exec java -Xmx2g -cp "deploy/target/classes:deploy/target/lib/*" uk.gov.safeguarding.deploy.KpiBenchmark "$@"
