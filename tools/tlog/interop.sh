#!/usr/bin/env bash
# Holds the activity log's signed notes against Go's golang.org/x/mod/sumdb/note, both ways: a checkpoint
# this suite signs opens in Go unchanged, a note Go signs opens here, a key Go makes signs here exactly as Go
# signs with it (Ed25519 is deterministic), and both open the C2SP specification's example.
# Installs Go and x/mod from Debian (golang-go, golang-golang-x-mod-dev) when they are missing.
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
work="$root/audit-service/target/tlog-interop"
mkdir -p "$work"
if ! command -v go >/dev/null || [ ! -d /usr/share/gocode/src/golang.org/x/mod/sumdb/note ]; then
  echo "Installing Go and golang.org/x/mod from Debian"
  sudo_=""; [ "$(id -u)" = 0 ] || sudo_="sudo"
  $sudo_ apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo_ apt-get install -y -qq golang-go golang-golang-x-mod-dev >/dev/null
fi
export GO111MODULE=off GOPATH=/usr/share/gocode GOCACHE="$work/go-cache" GOFLAGS=
go build -o "$work/notecheck" "$root/tools/tlog/go/notecheck.go"
classes="$root/audit-service/target/classes"
[ -d "$classes/uk/gov/safeguarding/audit/cli" ] || (cd "$root" && ./mvnw -B -q -pl audit-service -am -DskipTests compile)
java_notes() { java -cp "$classes" uk.gov.safeguarding.audit.cli.Notes "$@"; }
go_notes() { "$work/notecheck" "$@"; }

# 1. a checkpoint signed here opens in Go, text unchanged
java_notes new-key interop.safeguarding-suite.local/activity-log > "$work/java.keys"
sed -n 1p "$work/java.keys" > "$work/java.skey"
java_vkey="$(sed -n 2p "$work/java.keys")"
java_notes checkpoint "$work/java.skey" 1042 'XcnaeacGWamtVZy3Ad7ZoqudgjqtL0lgz+Nw7/RgQyg=' > "$work/java-checkpoint.note"
go_notes open "$java_vkey" "$work/java-checkpoint.note" > "$work/java-checkpoint.go-text"
printf 'interop.safeguarding-suite.local/activity-log\n1042\nXcnaeacGWamtVZy3Ad7ZoqudgjqtL0lgz+Nw7/RgQyg=\n' \
  | cmp - "$work/java-checkpoint.go-text"
echo "ok: Go opens a checkpoint signed here"

# 2. a note Go signs opens here; Go's key signs here exactly as Go signs
go_notes new-key interop.example/go-log > "$work/go.keys"
sed -n 1p "$work/go.keys" > "$work/go.skey"
go_vkey="$(sed -n 2p "$work/go.keys")"
printf 'interop.example/go-log\n7\nbjQLnP+zepicpUTmu3gKLHiQHT+zNzh2hRGjBhevoB0=\n' > "$work/go.text"
go_notes sign "$work/go.skey" "$work/go.text" > "$work/go.note"
java_notes open "$go_vkey" "$work/go.note" | cmp - "$work/go.text"
java_notes sign "$work/go.skey" "$work/go.text" | cmp - "$work/go.note"
echo "ok: a note Go signs opens here, and Go's key signs here byte for byte as in Go"

# 3. the C2SP signed-note specification's example, in both
printf 'This is an example message.\n\n\xe2\x80\x94 example.com/foo Uw2QOkn8srV1yJGh2VYRlL1Tnagv1YEq6TfXppzi2ONncAlTgK7Ztg1ERYNZXsYjOBH3mFXmRKuwHjG1Yu72IneyaQM=\n' > "$work/c2sp.note"
spec_key='example.com/foo+530d903a+AekyeRrm56hApGFkyQR4ZCbV54Id2LKaANYcrnKv3U2k'
go_notes open "$spec_key" "$work/c2sp.note" >/dev/null
java_notes open "$spec_key" "$work/c2sp.note" >/dev/null
echo "ok: both open the C2SP example"

# 4. a changed checkpoint is refused by Go
sed 's/^1042$/1043/' "$work/java-checkpoint.note" > "$work/changed.note"
if go_notes open "$java_vkey" "$work/changed.note" 2>/dev/null; then
  echo "FAIL: Go opened a changed checkpoint" >&2; exit 1
fi
echo "ok: Go refuses a changed checkpoint"
