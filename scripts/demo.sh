#!/usr/bin/env bash
# Demo: VS Code 1.100.3 in the browser with this extension loaded as a development extension.
# usage: bash scripts/demo.sh [--host 127.0.0.1] [--port 0] [--public-host name-the-browser-uses]
# Stays up until Ctrl-C, then stops everything it started.
set -euo pipefail
cd "$(dirname "$0")/.."

HOST=127.0.0.1
PORT=0
PUBLIC_HOST=
while [ $# -gt 0 ]; do
  case "$1" in
    --host) HOST=$2; shift 2 ;;
    --port) PORT=$2; shift 2 ;;
    --public-host) PUBLIC_HOST=$2; shift 2 ;;
    -h|--help) sed -n '2,4p' "$0"; exit 0 ;;
    *) echo "demo: unknown option $1" >&2; exit 2 ;;
  esac
done
if [ "$HOST" != 127.0.0.1 ] && [ "$HOST" != localhost ]; then
  echo "demo: WARNING: binding to $HOST without authentication: anyone who can reach it gets a shell on this machine" >&2
  [ -n "$PUBLIC_HOST" ] || { [ "$HOST" = 0.0.0.0 ] && PUBLIC_HOST=$(hostname -I | awk '{print $1}') || PUBLIC_HOST=$HOST; }
fi

[ -d node_modules ] || npm ci --no-audit --no-fund
node esbuild.js
bash scripts/setup-vscode-server.sh .vscode-test/vscode-1.100.3 1.100.3 >/dev/null

children=()
cleanup() {
  trap - EXIT INT TERM
  for pid in "${children[@]}"; do kill "$pid" 2>/dev/null || true; done
  wait 2>/dev/null || true
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# The fake Feishu server with the showcase tenant (what sample mode shows); the extension reads its address and app credentials
# from FEISHU_HIRE_DEMO and starts in sample-data mode (nothing is written to settings or secret storage).
fake_out=$(mktemp)
node dist/fakeFeishu.js --port 0 --tenant showcase >"$fake_out" &
children+=($!)
for _ in $(seq 100); do [ -s "$fake_out" ] && break; sleep 0.1; done
[ -s "$fake_out" ] || { echo "demo: the fake Feishu server did not start" >&2; exit 1; }
FEISHU_HIRE_DEMO=$(head -n1 "$fake_out"); export FEISHU_HIRE_DEMO
rm -f "$fake_out"
echo "fake Feishu server: $(node -p "JSON.parse(process.argv[1]).baseUrl" "$FEISHU_HIRE_DEMO") (showcase tenant)"

node scripts/demoServer.mjs --vscode 1.100.3 --host "$HOST" --port "$PORT" ${PUBLIC_HOST:+--public-host "$PUBLIC_HOST"} &
children+=($!)
wait "${children[-1]}"
