#!/usr/bin/env bash
# The audit-service benchmark (docs/benchmarks.md): appending the activity log from its topic beside a raw
# INSERT, verifying it, proofs over HTTP, and a dip sample of 100 from a million cases.
#   deploy/bench-audit.sh                          1,000,000 entries
#   deploy/bench-audit.sh --entries=200000 --proofs=500 --population=200000
# The report is printed and written to deploy/target/audit-benchmark.md.
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -B -q -DskipTests install
exec java -Xmx2g -cp "deploy/target/classes:deploy/target/lib/*" uk.gov.safeguarding.deploy.AuditBenchmark "$@"
