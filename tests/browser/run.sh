#!/usr/bin/env bash
# Browser end-to-end test of the dashboard; called by .ci/run.
# Installs what it needs (Debian chromium, playwright-core from npm), builds the
# binary, then runs e2e.mjs (screenshots go to docs/screenshots/).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
if [ ! -x /usr/bin/chromium ]; then
  apt-get update
  DEBIAN_FRONTEND=noninteractive apt-get install -y chromium
fi
cd "$here"
if [ ! -d node_modules/playwright-core ]; then
  npm ci --no-audit --no-fund || npm install --no-audit --no-fund
fi
cd "$root"
cargo build -p chronicle-cli
export CHRONICLE_BIN="$root/target/debug/chronicle"
cd "$here"
node e2e.mjs
