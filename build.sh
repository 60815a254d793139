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
# Published precompiled (ReadyToRun) for this machine: a cold build then spends half the time it would jitting.
dotnet publish "$root/src/SiteGen/SiteGen.csproj" --configuration "$configuration" --use-current-runtime --self-contained false \
  -p:PublishReadyToRun=true --output "$root/artifacts/sitegen" --verbosity quiet --nologo
step "generate"
dotnet "$root/artifacts/sitegen/sitegen.dll" build --root "$root" --output "$output"
step "check"
dotnet "$root/artifacts/sitegen/sitegen.dll" check --root "$root" --output "$output"
