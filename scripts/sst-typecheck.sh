#!/usr/bin/env sh
# Type-checks the SST app (sst.config.ts, infra/) against the real component types of the pinned sst version,
# with no AWS account and no internet beyond the npm registry (see docs/deployment.md).
# 1. Once per sst version: `sst install` writes .sst/platform (config.d.ts, component sources, @pulumi/aws).
#    SST_SKIP_DEPENDENCY_CHECK skips the Pulumi download; a stand-in for bun turns its `install` into npm.
# 2. Every run: tsc --noEmit -p tsconfig.sst.json. Exits non-zero on any failure or type error.
# Usage: sh scripts/sst-typecheck.sh        (SST_TYPECHECK_REINSTALL=1 forces step 1)
set -eu
root=$(CDPATH='' cd -- "$(dirname -- "$0")/.." && pwd)
cd "$root"
start=$(date +%s)

node_bin=$(sh scripts/node.sh --print)
PATH="$(dirname "$node_bin"):$PATH"
export PATH

if [ ! -f node_modules/sst/package.json ] || [ ! -f node_modules/typescript/package.json ]; then
  echo "sst-typecheck: node_modules is missing: run npm ci first" >&2
  exit 1
fi

version=$(node -p 'require("./node_modules/sst/package.json").version')
platform=.sst/platform
stamp=$platform/.sluice-installed

if [ "${SST_TYPECHECK_REINSTALL:-}" != "1" ] && [ -f "$platform/config.d.ts" ] && [ -f "$stamp" ] &&
  [ "$(cat "$stamp")" = "$version" ]; then
  echo "sst-typecheck: .sst/platform is installed for sst $version"
else
  echo "sst-typecheck: installing .sst/platform for sst $version (offline recipe, about a minute)"
  rm -f "$stamp"
  tmp=$(mktemp -d)
  trap 'rm -rf "$tmp"' EXIT
  # Stands in for bun: sst asks for its version, then runs `bun install` in .sst/platform.
  cat >"$tmp/bun" <<'EOF'
#!/bin/sh
case "${1:-}" in
  --version) echo "1.2.0" ;;
  install) exec npm install --no-audit --no-fund --ignore-scripts --loglevel=error ;;
  *) echo "sst-typecheck: the bun stand-in cannot run: bun $*" >&2; exit 1 ;;
esac
EOF
  chmod +x "$tmp/bun"
  if ! SST_STAGE=dev SST_SKIP_DEPENDENCY_CHECK=1 SST_TELEMETRY_DISABLED=1 SST_BUN_PATH="$tmp/bun" \
    node_modules/.bin/sst install >"$tmp/install.log" 2>&1; then
    cat "$tmp/install.log" >&2
    echo "sst-typecheck: sst install failed" >&2
    exit 1
  fi
  if [ ! -f "$platform/config.d.ts" ] || [ ! -d "$platform/node_modules/@pulumi/aws" ]; then
    cat "$tmp/install.log" >&2
    echo "sst-typecheck: sst install did not produce $platform/config.d.ts and @pulumi/aws" >&2
    exit 1
  fi
  echo "$version" >"$stamp"
fi

echo "sst-typecheck: tsc --noEmit -p tsconfig.sst.json"
node node_modules/typescript/bin/tsc --noEmit -p tsconfig.sst.json
echo "sst-typecheck: ok ($(($(date +%s) - start)) s)"
