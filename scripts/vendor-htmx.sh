#!/usr/bin/env bash
# Refresh the browser app's copies of htmx 2 and its WebSocket extension from the npm registry.
#
# The pages load these files from the app itself (no CDN: nothing is fetched from elsewhere), so
# they are committed under src/cricketlog/web/static/vendor/ with their licences and a VERSIONS
# file. The major version is pinned to 2: htmx.org 4.x works differently.
#
#   scripts/vendor-htmx.sh            newest 2.x of both
#   HTMX=2.0.11 WS=2.0.4 scripts/vendor-htmx.sh   exact versions
set -euo pipefail

HTMX="${HTMX:-2}"
WS="${WS:-2}"
root="$(cd "$(dirname "$0")/.." && pwd)"
vendor="$root/src/cricketlog/web/static/vendor"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

cd "$work"
npm pack --silent "htmx.org@$HTMX" "htmx-ext-ws@$WS" >/dev/null
mkdir htmx ws
tar -xzf htmx.org-*.tgz -C htmx --strip-components=1
tar -xzf htmx-ext-ws-*.tgz -C ws --strip-components=1

version() { python3 -c 'import json, sys; print(json.load(open(sys.argv[1]))["version"])' "$1"; }
htmx_version="$(version htmx/package.json)"
ws_version="$(version ws/package.json)"
case "$htmx_version" in 2.*) ;; *) echo "htmx.org $htmx_version is not 2.x" >&2; exit 1 ;; esac
case "$ws_version" in 2.*) ;; *) echo "htmx-ext-ws $ws_version is not 2.x" >&2; exit 1 ;; esac

mkdir -p "$vendor"
cp htmx/dist/htmx.min.js "$vendor/htmx.min.js"
cp htmx/LICENSE "$vendor/LICENSE.htmx"
cp ws/dist/ws.js "$vendor/ws.js"
cp ws/LICENSE "$vendor/LICENSE.htmx-ext-ws"
cat >"$vendor/VERSIONS" <<VERSIONS
htmx.org $htmx_version (npm, dist/htmx.min.js)
htmx-ext-ws $ws_version (npm, dist/ws.js)
VERSIONS
echo "htmx.org $htmx_version and htmx-ext-ws $ws_version in ${vendor#"$root/"}"
