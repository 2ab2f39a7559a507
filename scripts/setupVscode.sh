#!/usr/bin/env bash
# Installs a real VS Code (code-server 4.100.3) plus playwright-core into tools/vscode,
# for the extension-host tests, screenshots and `npm start`.
#
# Why by hand: code-server's postinstall downloads ripgrep from GitHub, which this network
# cannot reach, so we install with --ignore-scripts and redo that postinstall ourselves with
# Debian's rg. The result is cached behind a stamp file, so a
# second run costs about a second. Safe with no stdin and CI=true.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
TOOLS="$ROOT/tools/vscode"
STAMP="$TOOLS/node_modules/.interlinear-setup-stamp"
CS="$TOOLS/node_modules/code-server"
SYSTEM_PACKAGES=(chromium ripgrep libkrb5-dev build-essential python3 pkg-config)
# The seeds are Chinese and Korean: without a CJK font the screenshots show empty boxes.
# Small (1.6 MB) and only cosmetic, so it is installed when we can but never required.
FONT_PACKAGE=fonts-wqy-microhei

log() { echo "[setupVscode] $*"; }

# One builder at a time: parallel test runs must not interleave npm installs.
mkdir -p "$TOOLS/node_modules"
exec 9>"$TOOLS/node_modules/.interlinear-setup-lock"
flock 9

# The stamp records what was built, so a version bump or a Node upgrade rebuilds.
want_stamp="$(sha256sum "$TOOLS/package.json" | cut -d' ' -f1) node-$(node -p 'process.versions.modules')"

built() { [ -f "$STAMP" ] && [ "$(cat "$STAMP")" = "$want_stamp" ] && [ -f "$CS/out/node/entry.js" ]; }

# Once built, only Chromium is needed at run time; the rest is for building.
system_missing() {
  local missing=()
  [ -x /usr/bin/chromium ] || missing+=(chromium)
  if built; then echo "${missing[*]}"; return; fi
  [ -x /usr/bin/rg ] || missing+=(ripgrep)
  # libkrb5-dev is needed only to compile the kerberos addon; its krb5-config marks it.
  command -v krb5-config >/dev/null || missing+=(libkrb5-dev)
  for tool in make g++ python3 pkg-config; do
    command -v "$tool" >/dev/null || missing+=("$tool")
  done
  echo "${missing[*]}"
}

has_cjk_font() { fc-list :lang=zh 2>/dev/null | grep -q . || [ -e /usr/share/fonts/truetype/wqy/wqy-microhei.ttc ]; }

ensure_system_packages() {
  local missing font=""
  missing="$(system_missing)"
  has_cjk_font || font="$FONT_PACKAGE"
  [ -z "$missing$font" ] && return 0
  if [ "$(id -u)" != 0 ]; then
    [ -n "$font" ] && log "note: no CJK font, so screenshots of the seeds show boxes; install $FONT_PACKAGE"
    [ -z "$missing" ] && return 0
    log "missing system tools: $missing"
    log "run as root:  apt-get update && apt-get install -y ${SYSTEM_PACKAGES[*]}"
    exit 1
  fi
  log "installing system packages (missing: $missing $font)"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -q
  apt-get install -y -q --no-install-recommends "${SYSTEM_PACKAGES[@]}" $font </dev/null
  missing="$(system_missing)"
  if [ -n "$missing" ]; then
    log "still missing after apt-get: $missing"
    exit 1
  fi
}

ensure_system_packages

if built; then
  log "code-server already built ($(cat "$STAMP")); nothing to do"
  exit 0
fi

start=$SECONDS
# Root needs unsafe-perm for npm's scripts to keep their permissions (npm >= 7 only reads it
# from the environment, as a flag it just warns); npx must not prompt.
export npm_config_unsafe_perm=true npm_config_yes=true
export npm_config_audit=false npm_config_fund=false npm_config_update_notifier=false
export npm_config_progress=false npm_config_loglevel=warn

log "npm install in tools/vscode (without code-server's downloading postinstall)"
(cd "$TOOLS" && npm install --ignore-scripts --no-save </dev/null)
(cd "$TOOLS" && npm rebuild argon2 </dev/null)

cd "$CS/lib/vscode"
log "npm install of VS Code's own dependencies"
npm install --omit=dev --ignore-scripts </dev/null
# Debian's rg stands in for the one @vscode/ripgrep would download; its postinstall
# then finds the binary present and skips the download during the rebuild below.
mkdir -p node_modules/@vscode/ripgrep/bin
cp -f /usr/bin/rg node_modules/@vscode/ripgrep/bin/rg
log "building VS Code's native modules (kerberos, node-pty, spdlog, watchers)"
npm rebuild </dev/null
ln -sfn node_modules node_modules.asar
(cd bin/remote-cli && ln -sfn code-linux.sh code-server)
(cd bin/helpers && ln -sfn browser-linux.sh browser.sh)
log "npm install of the built-in extensions' dependencies"
(cd extensions && npm install --omit=dev </dev/null)

# Its own config file goes in node_modules, not the user's ~/.config/code-server.
version="$(CODE_SERVER_CONFIG="$TOOLS/node_modules/.code-server-config.yaml" "$TOOLS/node_modules/.bin/code-server" --version 2>&1)"
log "code-server --version: $(echo "$version" | tr '\n' ' ')"
echo "$want_stamp" >"$STAMP"
log "done in $((SECONDS - start)) s"
