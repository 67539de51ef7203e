#!/usr/bin/env bash
# The action-plan-service benchmark (docs/benchmarks.md): 153 councils x 2,000 actions with 10 updates each;
# board packs and progress reports through the API beside the same by plain SQL; the reminder check over all.
#   deploy/bench-actions.sh
#   deploy/bench-actions.sh --councils=20 --requests=100
# The report is printed and written to deploy/target/actionplan-benchmark.md.
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -B -q -DskipTests install
exec java -Xmx1g -cp "deploy/target/classes:deploy/target/lib/*" uk.gov.safeguarding.deploy.ActionPlanBenchmark "$@"
