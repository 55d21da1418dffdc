#!/usr/bin/env bash
# Builds the tray agent for the app's bundle. The agent is a package of its
# own (no Tauri, no WebKit), so the Tauri CLI does not build it with the
# window: it bundles it as a sidecar (src-tauri/window/bundle.conf.json,
# `bundle.externalBin`), which it expects at
# target/sidecar/waping-desk-agent-<target triple>. Run by the CLI before
# `tauri build --config src-tauri/window/bundle.conf.json`, which sets the
# TAURI_ENV_* variables read here. For a universal macOS app
# (`--target universal-apple-darwin`) it builds the agent for both Apple
# architectures and joins them with lipo into one universal binary.
set -euo pipefail
cd "$(dirname "$0")/../.."
export PATH="$HOME/.cargo/bin:$PATH"

host=$(rustc -vV | sed -n 's/^host: //p')
triple="${TAURI_ENV_TARGET_TRIPLE:-$host}"
args=(-p waping-desk-agent --bin waping-desk-agent)
profile=release
if [ "${TAURI_ENV_DEBUG:-false}" = "true" ]; then profile=debug; else args+=(--release); fi

if [ "$triple" = universal-apple-darwin ]; then
  arm=aarch64-apple-darwin
  intel=x86_64-apple-darwin
  cargo build "${args[@]}" --target "$arm" --target "$intel"
  mkdir -p target/sidecar
  lipo -create -output "target/sidecar/waping-desk-agent-$triple" \
    "target/$arm/$profile/waping-desk-agent" "target/$intel/$profile/waping-desk-agent"
  exit 0
fi

out="target/$profile"
if [ "$triple" != "$host" ]; then
  args+=(--target "$triple")
  out="target/$triple/$profile"
fi
ext=""
case "$triple" in *windows*) ext=".exe" ;; esac

cargo build "${args[@]}"
mkdir -p target/sidecar
cp "$out/waping-desk-agent$ext" "target/sidecar/waping-desk-agent-$triple$ext"
