#!/usr/bin/env bash
# Installs the extractors that `storytrace bench extraction` compares against and that Maven cannot bring:
# Mozilla Readability (npm, run on this machine's Node.js) and readability-lxml (Debian python3-readability).
# Idempotent: run it again and it only checks. Neither the unit tests nor CI need it; a peer that is missing is
# reported as "not installed" in the bench table.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"

if ! /usr/bin/python3 -c 'import readability, lxml.html' 2>/dev/null; then
  echo "install-peers: installing Debian python3-readability" >&2
  # apt-get update first: on a fresh machine the package lists are empty or stale.
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq python3-readability >/dev/null
fi
echo "install-peers: readability-lxml ok ($(/usr/bin/python3 -c 'import importlib.metadata as m; print(m.version("readability-lxml"))'))" >&2

command -v node >/dev/null || { echo "install-peers: node is missing; install Debian nodejs and npm" >&2; exit 1; }
js="$here/storytrace-bench/peers/readability-js"
if [ ! -f "$js/node_modules/@mozilla/readability/package.json" ] || [ ! -f "$js/node_modules/jsdom/package.json" ]; then
  echo "install-peers: installing @mozilla/readability and jsdom with npm" >&2
  # npm ci when the lock file is committed, so every machine measures the same versions.
  if [ -f "$js/package-lock.json" ]; then
    (cd "$js" && npm ci --no-audit --no-fund --loglevel=error)
  else
    (cd "$js" && npm install --no-audit --no-fund --loglevel=error)
  fi
fi
echo "install-peers: readability.js ok (node $(node --version))" >&2
