#!/usr/bin/env bash
# Smoke-test the built image without a container runtime: running containers fails on machines
# that cannot set up cgroups (resource limits), so the image's file tree is mounted (a container
# is created, never started, and `podman mount`ed: a writable layer over the image) and the
# image's own command runs inside it with chroot, as the image's user, with the image's
# environment, in a private mount and network namespace (so its port 8000 is its own). Then the
# image's HEALTHCHECK command runs in there, /readyz must answer 200 (database and model), and one
# round of the API: sign up, log in, a note turned into a saved entry, the entry listed.
# Needs root (podman's storage, chroot, namespaces).
#
#   scripts/smoke-image.sh [IMAGE]      IMAGE defaults to localhost/cricketlog:latest
set -euo pipefail
image=${1:-localhost/cricketlog:latest}
work=$(mktemp -d)
ctr=$(podman create --quiet "$image")
server=""
cleanup() {
  # unshare ignores SIGTERM while it waits, so the server (its only child) is stopped directly.
  if [ -n "$server" ]; then
    pkill -TERM --parent "$server" 2>/dev/null || true
    wait "$server" 2>/dev/null || true
  fi
  podman umount "$ctr" >/dev/null 2>&1 || true
  podman rm --force "$ctr" >/dev/null 2>&1 || true
  rm -rf "$work"
}
trap cleanup EXIT
root=$(podman mount "$ctr")

inspect() { podman image inspect --format "$1" "$image"; }
mapfile -t envs < <(inspect '{{range .Config.Env}}{{println .}}{{end}}' | sed '/^$/d')
mapfile -t command < <(inspect '{{range .Config.Entrypoint}}{{println .}}{{end}}{{range .Config.Cmd}}{{println .}}{{end}}' | sed '/^$/d')
mapfile -t check < <(inspect '{{range .Config.Healthcheck.Test}}{{println .}}{{end}}' | sed '/^$/d')
user=$(inspect '{{.Config.User}}')
ids=$(awk -F: -v u="$user" '$1 == u {print $3 ":" $4}' "$root/etc/passwd")
[ -n "$ids" ] || { echo "The image's user $user is not in its /etc/passwd." >&2; exit 1; }
workdir=$(inspect '{{.Config.WorkingDir}}')
echo "Image $image: user $user ($ids), command: ${command[*]}"

# In the image's namespace: lo up, /dev, /proc and a fresh /tmp, then the image's command.
unshare --mount --net --propagation private --kill-child=TERM -- bash -c '
  root=$1; ids=$2; workdir=$3; shift 3
  ip link set lo up
  mount --rbind /dev "$root/dev"
  mount -t proc proc "$root/proc"
  mount -t tmpfs -o mode=1777 tmpfs "$root/tmp"
  cd "$root$workdir"
  exec chroot --userspec="$ids" "$root" /usr/bin/env -i "$@"
' smoke "$root" "$ids" "$workdir" "${envs[@]}" "${command[@]}" >"$work/server.log" 2>&1 &
server=$!

inside() { nsenter --net="/proc/$server/ns/net" "$@"; }
api() { inside curl -sS --max-time 20 "$@"; }
fail() { echo "SMOKE FAILED: $*" >&2; echo "--- server log:" >&2; tail -30 "$work/server.log" >&2; exit 1; }

started=$EPOCHREALTIME
for _ in $(seq 1 240); do
  kill -0 "$server" 2>/dev/null || fail "the server exited"
  if api -o /dev/null -f http://127.0.0.1:8000/healthz 2>/dev/null; then break; fi
  sleep 0.25
done
api -f -o /dev/null http://127.0.0.1:8000/healthz || fail "/healthz never answered"
awk -v a="$started" -v b="$EPOCHREALTIME" 'BEGIN { printf "Serving after %.1f s.\n", b - a }'

# The image's HEALTHCHECK, as the runtime would run it: inside the image, as its user.
case "${check[0]:-}" in
  CMD) inside chroot --userspec="$ids" "$root" /usr/bin/env -i "${envs[@]}" "${check[@]:1}" \
         || fail "the image's HEALTHCHECK failed" ;;
  *) fail "the image has no HEALTHCHECK (build with --format docker)" ;;
esac
echo "HEALTHCHECK passed."

for _ in $(seq 1 120); do
  code=$(api -o /dev/null -w '%{http_code}' http://127.0.0.1:8000/readyz || true)
  [ "$code" = 200 ] && break
  sleep 0.5
done
[ "$code" = 200 ] || fail "/readyz answered $code"
echo "/readyz: 200 (database reachable, model loaded)."

email="smoke@example.com" password="smoke-test-password"
code=$(api -o "$work/user.json" -w '%{http_code}' -H 'Content-Type: application/json' \
  -d "{\"email\": \"$email\", \"password\": \"$password\"}" http://127.0.0.1:8000/api/users)
[ "$code" = 201 ] || fail "POST /api/users answered $code: $(cat "$work/user.json")"
api -f -o "$work/token.json" --data-urlencode "username=$email" --data-urlencode "password=$password" \
  http://127.0.0.1:8000/api/token || fail "POST /api/token"
token=$(python3 -c 'import json, sys; print(json.load(open(sys.argv[1]))["access_token"])' "$work/token.json")
auth="Authorization: Bearer $token"
api -f -o "$work/note.json" -H "$auth" -H 'Content-Type: application/json' \
  -d '{"text": "45 minute run, hard, felt great", "save": true, "today": "2026-12-05"}' \
  http://127.0.0.1:8000/api/notes || fail "POST /api/notes"
api -f -o "$work/entries.json" -H "$auth" http://127.0.0.1:8000/api/entries || fail "GET /api/entries"
python3 - "$work/note.json" "$work/entries.json" <<'PY' || fail "the saved entry is not listed"
import json, sys
saved = json.load(open(sys.argv[1]))["entries"]
listed = json.load(open(sys.argv[2]))["entries"]
assert saved and all(e.get("id") for e in saved), saved
assert {e["id"] for e in saved} <= {e["id"] for e in listed}, listed
run = saved[0]
assert run["activity_type"] == "fitness" and run["data"].get("duration_minutes") == 45, run
print(f"API: signed up, logged in, saved and listed entry {run['id']} ({run['activity_type']}).")
PY
echo "SMOKE PASSED"
