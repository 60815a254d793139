#!/usr/bin/env bash
# Installs Debian's chromium, fonts-noto-cjk and a Java runtime when missing: the browser tests drive
# the real /usr/bin/chromium (no browser download works here), Chinese needs a CJK font to render, and
# the W3C Nu HTML checker (npm vnu-jar) runs on java.
set -euo pipefail
missing=()
command -v chromium >/dev/null || missing+=(chromium)
dpkg -s fonts-noto-cjk >/dev/null 2>&1 || missing+=(fonts-noto-cjk)
command -v java >/dev/null || missing+=(openjdk-17-jre-headless)   # the Nu HTML checker (vnu.jar)
[[ ${#missing[@]} -eq 0 ]] && exit 0
sudo=""
[[ $(id -u) -ne 0 ]] && sudo="sudo"
echo "installing ${missing[*]} (apt)"
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
