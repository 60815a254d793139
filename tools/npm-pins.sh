#!/usr/bin/env bash
# Installs the npm packages pinned in package-lock.json (lunr.js for the site; test tools) when
# node_modules/ is missing or older than the lock file.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
stamp="$root/node_modules/.package-lock.json"
if [[ -f $stamp && $stamp -nt "$root/package-lock.json" ]]; then exit 0; fi
command -v npm >/dev/null || { echo "npm is missing: install Node.js 20 or newer" >&2; exit 1; }
(cd "$root" && npm ci --no-audit --no-fund --loglevel=error)
