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
log="$root/artifacts/test-log.txt"
mkdir -p "$root/artifacts"
status=0
dotnet test "$root/SiteGen.sln" --configuration Release --logger "console;verbosity=normal" "$@" 2>&1 | tee "$log" || status=$?
if [[ $status -ne 0 ]]; then
  # The two test projects finish far apart; repeat every failure last, where a log's tail shows it.
  echo
  echo "== failed (exit $status; whole log: artifacts/test-log.txt)"
  awk '/^  Failed [A-Za-z]/ { show = 1 } /^  (Stack Trace|Standard Output Messages):/ { show = 0 } show' "$log" | cut -c1-600 | tail -n 120
fi
exit $status
