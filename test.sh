#!/usr/bin/env bash
# Runs every test of the plan explorer on a fresh Linux machine with the .NET SDK. Installs what is
# missing first: Debian's chromium and fonts-noto-cjk (browser tests), the npm pins (lunr.js,
# axe-core, the Nu HTML checker). Browser tests never skip: without Chromium they fail.
# Usage: ./test.sh [extra dotnet test arguments, e.g. --filter FullyQualifiedName~Fidelity]
set -euo pipefail
root=$(cd "$(dirname "$0")" && pwd)
"$root/tools/browser-deps.sh"
"$root/tools/npm-pins.sh"
dotnet test "$root/SiteGen.sln" --configuration Release --logger "console;verbosity=normal" "$@"
