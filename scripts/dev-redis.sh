#!/usr/bin/env sh
# The local Redis of `sst dev` (infra/redis.ts, dev command "Redis"): the Redis component links 127.0.0.1:<port> under
# `sst dev` and creates nothing, so this starts a redis-server there, as ElastiCache is configured (no eviction, no
# RDB; an AOF in .sst/dev-redis/<port> so a restart keeps the streams), or uses the one already listening on that port.
# Usage: sh scripts/dev-redis.sh [port]   (default 6379)
set -eu
port=${1:-6379}
cd "$(dirname "$0")/.."
if command -v redis-cli >/dev/null 2>&1 && [ "$(redis-cli -h 127.0.0.1 -p "$port" ping 2>/dev/null)" = "PONG" ]; then
  echo "sst dev: a Redis already answers on 127.0.0.1:$port; using it (stop it to have this tab start one)"
  exec tail -f /dev/null
fi
if ! command -v redis-server >/dev/null 2>&1; then
  echo "sst dev: redis-server is not installed (Debian/Ubuntu: apt-get install redis-server; macOS: brew install redis)" >&2
  exit 1
fi
mkdir -p ".sst/dev-redis/$port"
echo "sst dev: starting redis-server on 127.0.0.1:$port, data in .sst/dev-redis/$port"
exec redis-server --bind 127.0.0.1 --port "$port" --dir ".sst/dev-redis/$port" --appendonly yes --appendfsync everysec \
  --save "" --maxmemory-policy noeviction
