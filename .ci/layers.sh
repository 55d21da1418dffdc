#!/usr/bin/env bash
# The crates stay in their layers: the window links types, never an HTTP
# client or server, SQLite or the agent (so that it builds fast and carries
# nothing it does not run); the agent never links Tauri or WebKit (so that a
# process living for days stays small); the model does no I/O at all. A
# dependency added in the wrong place fails here, with the path that pulls it.
set -euo pipefail
cd "$(dirname "$0")/.."

# The desktop platforms the window ships on. Not `--target all`: Tauri itself
# depends on reqwest on Android and iOS only, where the window is not built.
desktop=(--target x86_64-unknown-linux-gnu --target x86_64-pc-windows-msvc
  --target aarch64-apple-darwin)

failed=0
# forbid <package> <cargo tree options…> -- <crate names…>
forbid() {
  local package=$1
  shift
  local options=()
  while [ "$1" != "--" ]; do
    options+=("$1")
    shift
  done
  shift
  local listing
  listing=$(cargo tree -p "$package" -e normal "${options[@]}" --prefix none --format '{p}' |
    awk '{print $1 "@" substr($2, 2)}' | sort -u)
  local name spec
  for name in "$@"; do
    for spec in $(grep -E "^${name}@" <<<"$listing" || true); do
      echo "$package must not depend on $name; it does through:" >&2
      # One tree per target, printed once when they agree.
      cargo tree -p "$package" -e normal "${options[@]}" -i "$spec" |
        awk -v RS= '!seen[$0]++ { print; print "" }' >&2
      failed=1
    done
  done
}

# The one HTTP client the window carries is the updater's, which fetches
# the app's own releases (the window binary runs `update check/install`):
# looked at without it, the window links none.
forbid waping-desk "${desktop[@]}" --prune tauri-plugin-updater -- \
  reqwest hyper axum rusqlite libsqlite3-sys waping-core waping-desk-agent
forbid waping-desk-agent -- tauri wry webkit2gtk
forbid waping-model -- tokio reqwest rusqlite axum

if [ "$failed" -ne 0 ]; then
  echo "A crate left its layer (see ARCHITECTURE.md, 'Crates, bottom up')." >&2
  exit 1
fi
echo "Layers hold: the window links no HTTP but its updater, no SQLite or agent; the agent no Tauri; the model no I/O."
