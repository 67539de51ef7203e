#!/usr/bin/env bash
# Re-draws an exported dip sample (GET /api/v1/samples/{id}/export) offline with only a JDK 17+, and says whether
# its population's hash and every drawn case match (docs/sampling.md).
#   tools/sampling/redraw.sh sample-0193d5a4-….txt
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
classes="$root/audit-service/target/classes"
if [ ! -f "$classes/uk/gov/safeguarding/audit/cli/RedrawSample.class" ]; then
  (cd "$root" && ./mvnw -B -q -pl audit-service -am -DskipTests compile)
fi
exec java -cp "$classes" uk.gov.safeguarding.audit.cli.RedrawSample "$@"
