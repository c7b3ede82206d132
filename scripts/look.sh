#!/usr/bin/env bash
# Builds the app, serves it on a port of your choice and screenshots pages.
# A lock serialises the build and the screenshots, so several people can use
# it at once in one working tree.
# Usage: scripts/look.sh <port> <out-dir> <path> [<path> ...]
set -euo pipefail
cd "$(dirname "$0")/.."
port=$1; shift
out=$1; shift
exec 9>/tmp/scrutiny-build.lock
flock 9
node_modules/.bin/vite build > "/tmp/scrutiny-build-$port.log" 2>&1 || { tail -30 "/tmp/scrutiny-build-$port.log"; exit 1; }
pkill -f "vite preview --port $port " || true
node_modules/.bin/vite preview --port "$port" --strictPort > "/tmp/scrutiny-preview-$port.log" 2>&1 &
server=$!
trap 'kill $server 2>/dev/null' EXIT
for _ in $(seq 1 50); do curl -s -o /dev/null "http://localhost:$port/" && break; sleep 0.2; done
node scripts/screenshot.js "http://localhost:$port" "$out" "$@"
