#!/usr/bin/env bash
# The soak benchmark: the standalone simulator's 50 phones flapping, pushing
# signed webhooks to the real agent binary, which runs a URL hook and a
# command hook on every drop and return; 1,100 idle connections to the
# webhook port a third of the way in; the agent's memory and open files
# sampled every 10 s. Figures at the end on stdout and in
# $SOAK_OUT/soak-results.txt (samples in soak-samples.csv); exits non-zero if
# the agent's history lost a transition. See BENCHMARKS.md, "Soak".
#   SOAK_SECS=3600 SOAK_PROFILE=release bash bench/soak.sh
#   SOAK_SECS=120 SOAK_PROFILE=debug bash bench/soak.sh     (a quick check)
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PATH"

secs="${SOAK_SECS:-3600}"
profile="${SOAK_PROFILE:-release}"
target="${CARGO_TARGET_DIR:-$PWD/target}"
case "$profile" in
  release) flags=(--release) ;;
  debug) flags=() ;;
  *) echo "SOAK_PROFILE is release or debug, not $profile" >&2; exit 64 ;;
esac

cargo build "${flags[@]}" -p waping-core --bin waping-desk-sim
cargo build "${flags[@]}" -p waping-desk-agent --bin waping-desk-agent --example soak
bin="$target/$profile"

out="${SOAK_OUT:-$target/soak}"
rm -rf "$out"
mkdir -p "$out/home"
out="$(cd "$out" && pwd)"
home="$out/home"
mkdir -m 700 "$home/run"

# The agent keeps the open-file limit a desktop session gives (1,024 unless
# SOAK_AGENT_FILES says otherwise), so that the flood goes past it; the
# driver raises its own limit once the agent has started.
ulimit -Sn "${SOAK_AGENT_FILES:-1024}"

# A private home: the agent finds its data folder, and no keyring or desktop,
# here (keys go in for this run only); it inherits all of this from the
# driver that starts it.
env -i PATH="$PATH" LANG=C.UTF-8 \
  HOME="$home" \
  XDG_CONFIG_HOME="$home/.config" XDG_DATA_HOME="$home/.local/share" \
  XDG_CACHE_HOME="$home/.cache" XDG_STATE_HOME="$home/.local/state" \
  XDG_RUNTIME_DIR="$home/run" \
  DBUS_SESSION_BUS_ADDRESS="unix:path=/nonexistent/bus" \
  WAPING_DESK_LOG="${WAPING_DESK_LOG:-warn}" NO_COLOR=1 \
  "$bin/examples/soak" --secs "$secs" --sim "$bin/waping-desk-sim" \
    --agent "$bin/waping-desk-agent" --out "$out" 2>"$out/agent.log"
