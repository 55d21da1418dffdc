#!/usr/bin/env bash
# The idle agent's figures: the real agent binary (release build) watching
# 50 phones on the standalone simulator over loopback, nothing changing and
# no window open, for IDLE_SECS (600 by default); its wakeups (context
# switches of all its threads), CPU time, bytes written to disk and PSS,
# read from /proc. Figures at the end on stdout and in
# $IDLE_OUT/idle-results.txt; exits 1 if a target is missed. See
# BENCHMARKS.md, "The idle agent".
#   bash bench/idle.sh                      (10 minutes)
#   IDLE_SECS=60 bash bench/idle.sh         (a quick look)
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PATH"

secs="${IDLE_SECS:-600}"
settle="${IDLE_SETTLE_SECS:-30}"
target="${CARGO_TARGET_DIR:-$PWD/target}"

cargo build --release -p waping-core --bin waping-desk-sim
cargo build --release -p waping-desk-agent --bin waping-desk-agent --example idle
bin="$target/release"

out="${IDLE_OUT:-$target/idle}"
rm -rf "$out"
mkdir -p "$out/home"
out="$(cd "$out" && pwd)"
home="$out/home"
mkdir -m 700 "$home/run"

# A private home and D-Bus session: no keyring (the key goes in for this run
# only), no notification server, and a bus for the agent's tray, which keeps
# it running once the driver's connection closes, as after a window closes.
env -i PATH="$PATH" LANG=C.UTF-8 \
  HOME="$home" \
  XDG_CONFIG_HOME="$home/.config" XDG_DATA_HOME="$home/.local/share" \
  XDG_CACHE_HOME="$home/.cache" XDG_STATE_HOME="$home/.local/state" \
  XDG_RUNTIME_DIR="$home/run" \
  WAPING_DESK_LOG="${WAPING_DESK_LOG:-warn}" NO_COLOR=1 \
  dbus-run-session --config-file=tests/e2e/session-bus.conf -- \
  "$bin/examples/idle" --secs "$secs" --settle-secs "$settle" \
    --sim "$bin/waping-desk-sim" --agent "$bin/waping-desk-agent" --out "$out" \
    2>"$out/agent.log"
