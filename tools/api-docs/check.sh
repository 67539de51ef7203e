#!/usr/bin/env bash
# Validates every service's OpenAPI document (built by `./mvnw verify` into target/openapi) with
# Redocly and every AsyncAPI document with the AsyncAPI CLI. Run `npm ci` here first (.ci/run does).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
bin="$here/node_modules/.bin"
export SUPPRESS_NO_CONFIG_WARNING=true
export REDOCLY_TELEMETRY=off
export REDOCLY_SUPPRESS_UPDATE_NOTICE=true

found=0
for doc in "$root"/*-service/target/openapi/openapi.yaml; do
  [ -f "$doc" ] || continue
  found=1
  echo "== OpenAPI: ${doc#"$root"/}"
  "$bin/redocly" lint --config "$here/redocly.yaml" "$doc"
done
[ "$found" = 1 ] || { echo "No OpenAPI documents: run ./mvnw verify first" >&2; exit 1; }

for doc in "$root"/*-service/src/main/asyncapi/asyncapi.yaml; do
  [ -f "$doc" ] || continue
  echo "== AsyncAPI: ${doc#"$root"/}"
  "$bin/asyncapi" validate --fail-severity=warn "$doc"
done
