#!/usr/bin/env bash
# Benchmarks of the real app (release build): start-up to the first painted
# device cards, and memory idle with 50 devices, window open and closed to
# the tray, and started in the tray at login. Figures go to stdout as JSON;
# see BENCHMARKS.md for what they mean.
#   bash bench/app.sh [all|startup|memory|tray]   (BENCH_IDLE_SECS=300 BENCH_RUNS=10)
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PATH"

bash .ci/setup
# Closing the window as a window manager would (tests/e2e/close-window.py).
if ! /usr/bin/python3 -c 'import Xlib' 2>/dev/null; then
  SUDO=""
  [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  $SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends python3-xlib >/dev/null
fi

(cd ui && npm run build)
cargo build --release --workspace --bins

xvfb-run -a -s "-screen 0 1280x800x24" \
  dbus-run-session --config-file=tests/e2e/session-bus.conf -- node bench/app.mjs "${1:-all}"
