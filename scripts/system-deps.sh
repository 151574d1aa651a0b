#!/usr/bin/env bash
# The Debian packages cricketlog needs. `runtime`: PortAudio (the microphone, via sounddevice) and
# espeak-ng (the spoken confirmation, via pyttsx3). `test` (the default) adds PulseAudio with its
# ALSA plugin (a virtual microphone for the record tests), sox, and Chromium (renders the HTML
# report). Installs what is missing when it can (as root or with sudo); otherwise says what to
# install. Safe to run again: it installs nothing twice.
set -euo pipefail
packages=(libportaudio2 espeak-ng libespeak-ng1)
if [ "${1:-test}" = test ]; then
  packages+=(pulseaudio pulseaudio-utils libasound2-plugins sox chromium)
fi
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0
if [ "$(id -u)" -eq 0 ]; then sudo=(); elif command -v sudo >/dev/null; then sudo=(sudo); else
  echo "Missing Debian packages: ${missing[*]} (install them as root: apt-get install ${missing[*]})" >&2
  exit 1
fi
echo "Installing Debian packages: ${missing[*]}"
"${sudo[@]}" apt-get update -qq
DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
