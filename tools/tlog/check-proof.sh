#!/usr/bin/env bash
# Checks an activity-log proof file offline (GET /api/v1/activity-log/entries/{seq}/tlog-proof) with the log's
# verifier key (GET /api/v1/activity-log/key, kept from a trusted channel): only a JDK 17+ is needed.
#   tools/tlog/check-proof.sh activity-log-1042.tlog-proof 'safeguarding-suite.local/activity-log+012324f6+Ac2e...'
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
classes="$root/audit-service/target/classes"
if [ ! -d "$classes/uk/gov/safeguarding/audit/cli" ]; then
  (cd "$root" && ./mvnw -B -q -pl audit-service -am -DskipTests compile)
fi
exec java -cp "$classes" uk.gov.safeguarding.audit.cli.CheckTlogProof "$@"
