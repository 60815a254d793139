#!/usr/bin/env bash
# Runs every test of the plan explorer on a fresh Linux machine with the .NET SDK. Installs what is
# missing first: Debian's chromium, fonts-noto-cjk and java (browser and quality tests), the npm pins
# (lunr.js, axe-core, the Nu HTML checker, Lighthouse). Browser tests never skip: without Chromium
# or a checker they fail.
# Usage: ./test.sh [extra dotnet test arguments, e.g. --filter FullyQualifiedName~Fidelity]
set -euo pipefail
root=$(cd "$(dirname "$0")" && pwd)
"$root/tools/browser-deps.sh"
"$root/tools/npm-pins.sh"
dotnet test "$root/SiteGen.sln" --configuration Release --logger "console;verbosity=normal" "$@"
