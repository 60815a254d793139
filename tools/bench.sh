#!/usr/bin/env bash
# The build benchmark: installs Debian's hugo (the reference) when missing, compiles the CLI in Release
# and runs `sitegen bench`, which builds the real site and synthetic corpora of 1×, 10×, 50× and 100×
# the five plans in cold processes, builds the same Markdown with Hugo in the same run, and prints
# build time, pages/s, peak memory, growth with size, the ratio to Hugo and the incremental rebuild.
# Usage: tools/bench.sh [sitegen bench options, e.g. --scales 1 10 --runs 5]
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
if ! command -v hugo >/dev/null; then
  sudo=""; [[ $(id -u) -ne 0 ]] && sudo="sudo"
  $sudo apt-get update -qq && $sudo apt-get install -y -qq hugo >/dev/null
fi
"$root/tools/npm-pins.sh"
# The compiled CLI as build.sh makes it (ReadyToRun), so cold builds are timed as staff run them.
dotnet publish "$root/src/SiteGen/SiteGen.csproj" --configuration Release --use-current-runtime --self-contained false \
  -p:PublishReadyToRun=true --output "$root/artifacts/sitegen" --verbosity quiet --nologo
exec dotnet "$root/artifacts/sitegen/sitegen.dll" bench --root "$root" "$@"
