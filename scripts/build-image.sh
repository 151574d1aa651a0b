#!/usr/bin/env bash
# Build the cricketlog image with podman where no image registry is reachable.
#
# The Debian base is made from Debian's own packages: debootstrap (minbase, bookworm) into a
# temporary folder, trimmed like debian:bookworm-slim, then `podman import`ed as
# localhost/cricketlog-base:bookworm (once; --fresh-base makes it again). The image is then built
# from the Dockerfile on that base with chroot isolation and the host's network (only apt and pip
# reach out). --format docker keeps the Dockerfile's HEALTHCHECK, which OCI images drop.
# On a normal machine `docker compose build` (or `podman build .`) does the same from the registry's
# debian:bookworm-slim. Needs root (debootstrap, podman's storage). Prints the build time and size.
#
#   scripts/build-image.sh [--fresh-base] [IMAGE]      IMAGE defaults to localhost/cricketlog:latest
set -euo pipefail
cd "$(dirname "$0")/.."
fresh=false
if [ "${1:-}" = --fresh-base ]; then fresh=true; shift; fi
image=${1:-localhost/cricketlog:latest}
base=${CRICKETLOG_BASE_IMAGE:-localhost/cricketlog-base:bookworm}
mirror=${DEBIAN_MIRROR:-http://deb.debian.org/debian}

for tool in podman debootstrap; do
  command -v "$tool" >/dev/null || { echo "$tool is missing: apt-get install podman debootstrap" >&2; exit 1; }
done

make_base() {
  root=$(mktemp -d)
  trap 'rm -rf "$root" "$root.log"' EXIT
  echo "Making the Debian base from $mirror (debootstrap) ..."
  debootstrap --variant=minbase bookworm "$root" "$mirror" >"$root.log" 2>&1 \
    || { tail -20 "$root.log" >&2; return 1; }
  cat >"$root/etc/apt/sources.list" <<SOURCES
deb $mirror bookworm main
deb $mirror bookworm-updates main
deb ${mirror%/debian}/debian-security bookworm-security main
SOURCES
  # As debian:bookworm-slim: no documentation, manuals or translations, now or after apt installs.
  cat >"$root/etc/dpkg/dpkg.cfg.d/slim" <<'SLIM'
path-exclude /usr/share/doc/*
path-include /usr/share/doc/*/copyright
path-exclude /usr/share/man/*
path-exclude /usr/share/info/*
path-exclude /usr/share/locale/*
path-include /usr/share/locale/locale.alias
SLIM
  find "$root/usr/share/doc" -mindepth 2 ! -name copyright ! -type d -delete
  rm -rf "$root"/usr/share/man/* "$root"/usr/share/info/* "$root"/var/cache/apt/*.bin \
    "$root"/var/cache/apt/archives/*.deb "$root"/var/lib/apt/lists/* "$root"/var/log/*.log
  find "$root/usr/share/locale" -mindepth 1 -maxdepth 1 ! -name locale.alias -exec rm -rf {} +
  tar --numeric-owner -C "$root" -c . \
    | podman import --change 'CMD ["/bin/bash"]' --change 'ENV LANG=C.UTF-8' - "$base" >/dev/null
}

if $fresh || ! podman image exists "$base"; then
  started=$(date +%s)
  make_base
  echo "Base $base made in $(( $(date +%s) - started )) s."
fi

# A network that inspects TLS with its own authority: pip in the build trusts the same bundle as
# pip here (PIP_CERT, or BUILD_CA_BUNDLE), mounted for the build's steps only.
ca=${BUILD_CA_BUNDLE:-${PIP_CERT:-}}
trust=()
if [ -n "$ca" ] && [ -f "$ca" ]; then
  trust=(--volume "$(realpath "$ca"):/run/build-ca.pem:ro" --build-arg PIP_CERT=/run/build-ca.pem)
fi

started=$(date +%s)
podman build --isolation=chroot --network=host --format docker "${trust[@]}" \
  --build-arg BASE="$base" --tag "$image" .
took=$(( $(date +%s) - started ))
size=$(podman image inspect --format '{{.Size}}' "$image")
echo "Built $image in $took s: $(( size / 1000000 )) MB."
