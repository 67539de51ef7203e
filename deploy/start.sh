#!/usr/bin/env bash
# Builds what is needed and starts the whole suite: PostgreSQL, Kafka, every service, demo data.
#   deploy/start.sh            keep data between runs (in .suite/)
#   deploy/start.sh --fresh    start again with empty databases and new demo data
#   SUITE_DB_URL=jdbc:postgresql://host:5432/postgres SUITE_DB_USER=... SUITE_DB_PASSWORD=... deploy/start.sh
#                              use that PostgreSQL server instead of the embedded one
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -B -q -DskipTests install
exec java -Xmx512m -cp "deploy/target/classes:deploy/target/lib/*" uk.gov.safeguarding.deploy.LocalStack "$@"
