#!/usr/bin/env bash
# Builds the plan explorer into site-output/: npm pins, restore, compile, generate and check.
# The twin of build.ps1 for machines without PowerShell; all logic lives in the sitegen CLI.
# Usage: ./build.sh [--output DIR] [--configuration Release|Debug]
set -euo pipefail
root=$(cd "$(dirname "$0")" && pwd)
output="$root/site-output"
configuration=Release
while [[ $# -gt 0 ]]; do
  case $1 in
    --output) output=$2; shift 2 ;;
    --configuration) configuration=$2; shift 2 ;;
    *) echo "usage: $0 [--output DIR] [--configuration Release|Debug]" >&2; exit 2 ;;
  esac
done
step() { echo "== $1"; }

step "npm pins"
"$root/tools/npm-pins.sh"
step "restore"
dotnet restore "$root/SiteGen.sln" --verbosity quiet
step "compile"
dotnet build "$root/SiteGen.sln" --configuration "$configuration" --no-restore --verbosity quiet --nologo
step "generate"
dotnet "$root/src/SiteGen/bin/$configuration/net10.0/sitegen.dll" build --root "$root" --output "$output"
step "check"
dotnet "$root/src/SiteGen/bin/$configuration/net10.0/sitegen.dll" check --root "$root" --output "$output"
