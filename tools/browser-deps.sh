#!/usr/bin/env bash
# Installs Debian's chromium and fonts-noto-cjk when missing: the browser tests drive the real
# /usr/bin/chromium (no browser download works here), and Chinese needs a CJK font to render.
set -euo pipefail
missing=()
command -v chromium >/dev/null || missing+=(chromium)
dpkg -s fonts-noto-cjk >/dev/null 2>&1 || missing+=(fonts-noto-cjk)
[[ ${#missing[@]} -eq 0 ]] && exit 0
sudo=""
[[ $(id -u) -ne 0 ]] && sudo="sudo"
echo "installing ${missing[*]} (apt)"
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
