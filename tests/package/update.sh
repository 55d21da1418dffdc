#!/usr/bin/env bash
# The in-app update as a user gets it, on a clean Debian 12: this version's
# .deb is installed and running with a history and settings in place; the
# next version is published (manifest, .deb and signature) on loopback; a
# tampered .deb is refused; the signed one is installed through the app's own
# updater, and the new version's window and agent run with every row and
# setting kept.
#
#   tests/package/update.sh
#
# Both versions are release builds made here with a signing key made for the
# run (in target/, never in the repository) and the manifest's address on
# loopback, through a config overlay: the shipped config names the project's
# key and its release address instead. The next version is this tree with
# its version raised, built from a copy. Needs root (or sudo) and the Debian
# 12 root that tests/package/deb.sh makes (target/package/bookworm-base.tar;
# made here when it is missing).
set -euo pipefail
cd "$(dirname "$0")/../.."
export PATH="$HOME/.cargo/bin:$PATH"

PACKAGE=waping-desk
WORK=$(realpath -m target/package/update)
BASE=target/package/bookworm-base.tar
PORT=${UPDATE_TEST_PORT:-47631}
SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO="sudo"
started=$SECONDS
step() { printf '\n==> [%3ds] %s\n' "$((SECONDS - started))" "$*"; }
fail() { echo "FAIL: $*" >&2; exit 1; }

MIRROR="${DEBIAN_MIRROR:-http://deb.debian.org/debian}"
if [ ! -s "$BASE" ]; then
  # Made once and kept, as tests/package/deb.sh does.
  step "Making a minimal Debian 12 root with debootstrap (once; kept in $BASE)"
  mkdir -p "$(dirname "$BASE")"
  tmp=$(mktemp -d "$(dirname "$BASE")/debootstrap.XXXXXX")
  chmod 755 "$tmp"
  $SUDO debootstrap --variant=minbase bookworm "$tmp" "$MIRROR" >"$tmp.log" 2>&1 ||
    { tail -20 "$tmp.log" >&2; fail "debootstrap could not make a Debian 12 root"; }
  $SUDO tar -C "$tmp" -cf "$BASE.part" . && mv "$BASE.part" "$BASE"
  $SUDO rm -rf --one-file-system "$tmp"
fi
command -v sqlite3 >/dev/null || fail "sqlite3 is missing (.ci/setup installs it)"
TAURI=$(realpath ui/node_modules/.bin/tauri)
CURRENT=$(sed -n 's/^ *"version": *"\([^"]*\)".*/\1/p' tauri.conf.json | head -1)
NEXT=$(awk -F. '{printf "%d.%d.0", $1, $2 + 1}' <<<"$CURRENT")
FIXTURE=$(realpath src-tauri/core/tests/fixtures/history-0.1.0.sqlite3)
rm -rf "$WORK"
mkdir -p "$WORK/serve"

step "A signing key for this run, and the updater's config pointing at loopback"
"$TAURI" signer generate --ci -w "$WORK/key" -p "" -f >/dev/null
cat >"$WORK/updater.conf.json" <<JSON
{
  "plugins": {
    "updater": {
      "pubkey": "$(cat "$WORK/key.pub")",
      "endpoints": ["http://127.0.0.1:$PORT/latest.json"],
      "dangerousInsecureTransportProtocol": true
    }
  }
}
JSON

build() { # <tree> <out.deb>
  (cd "$1" && "$TAURI" build --bundles deb --config src-tauri/window/bundle.conf.json \
    --config "$WORK/updater.conf.json") >"$WORK/build.log" 2>&1 ||
    { tail -30 "$WORK/build.log" >&2; fail "the build in $1 failed"; }
  cp "$1"/target/release/bundle/deb/${PACKAGE}_*_amd64.deb "$2"
}

step "Building $CURRENT (release)"
rm -f target/release/bundle/deb/*.deb
build . "$WORK/current.deb"

step "Building $NEXT from a copy of this tree (release)"
tree="$WORK/next"
mkdir -p "$tree"
tar --exclude=./target --exclude=./ui/node_modules --exclude=./.git -cf - . | tar -C "$tree" -xf -
# The same build folder (its dependencies are built once) and the UI's packages.
ln -s "$(realpath target)" "$tree/target"
ln -s "$(realpath ui/node_modules)" "$tree/ui/node_modules"
sed -i "0,/^version = \"$CURRENT\"/s//version = \"$NEXT\"/" "$tree/Cargo.toml"
sed -i "0,/\"version\": \"$CURRENT\"/s//\"version\": \"$NEXT\"/" "$tree/tauri.conf.json"
rm -f target/release/bundle/deb/*.deb
build "$tree" "$WORK/serve/next.deb"

step "Publishing $NEXT on loopback: its signature, a tampered copy, the manifest"
TAURI_SIGNING_PRIVATE_KEY="$(cat "$WORK/key")" TAURI_SIGNING_PRIVATE_KEY_PASSWORD="" \
  "$TAURI" signer sign "$WORK/serve/next.deb" >/dev/null
signature=$(cat "$WORK/serve/next.deb.sig")
cp "$WORK/serve/next.deb" "$WORK/tampered.deb"
# One byte of the payload changed; the signature is the genuine one.
size=$(stat -c %s "$WORK/tampered.deb")
printf '\xff' | dd of="$WORK/tampered.deb" bs=1 seek=$((size - 100)) conv=notrunc status=none
manifest() { # <file served as the update>
  cat >"$WORK/serve/latest.json" <<JSON
{
  "version": "$NEXT",
  "notes": "The next version, made by the update test.",
  "pub_date": "2026-12-01T00:00:00Z",
  "platforms": {
    "linux-x86_64-deb": { "signature": "$signature", "url": "http://127.0.0.1:$PORT/$1" }
  }
}
JSON
}
cp "$WORK/tampered.deb" "$WORK/serve/tampered.deb"
python3 -m http.server "$PORT" --bind 127.0.0.1 --directory "$WORK/serve" >"$WORK/http.log" 2>&1 &
server=$!

ROOT=""
cleanup() {
  kill "$server" 2>/dev/null || true
  if [ -n "$ROOT" ]; then
    # Every process running in the root, then the root itself.
    for proc in /proc/[0-9]*; do
      [ "$(readlink "$proc/root" 2>/dev/null)" = "$ROOT" ] && $SUDO kill -KILL "${proc#/proc/}" 2>/dev/null
    done
    sleep 0.5
    $SUDO umount "$ROOT/proc" 2>/dev/null || true
    $SUDO rm -rf --one-file-system "$ROOT"
  fi
}
trap cleanup EXIT

step "A fresh Debian 12 root with $CURRENT installed, a display and a session bus"
ROOT=$(realpath "$(mktemp -d "$WORK/root.XXXXXX")")
$SUDO tar -C "$ROOT" -xf "$BASE"
$SUDO chmod 755 "$ROOT"
$SUDO mount -t proc proc "$ROOT/proc"
$SUDO cp /etc/resolv.conf "$ROOT/etc/resolv.conf"
$SUDO cp "$WORK/current.deb" "$ROOT/tmp/current.deb"
# The display and the bus outlive the window, as a desktop session's do.
IN=($SUDO chroot "$ROOT" env HOME=/root LANG=C.UTF-8 PATH=/usr/sbin:/usr/bin:/sbin:/bin
  DISPLAY=:77 DBUS_SESSION_BUS_ADDRESS=unix:path=/tmp/session-bus WAPING_DESK_DEMO_CHURN_SECS=0)
run() { "${IN[@]}" "$@"; }
run apt-get update -qq
# sudo: how the updater installs a package as root when no graphical
# authentication (pkexec) is there.
run env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
  /tmp/current.deb xvfb xauth dbus-daemon sudo procps x11-utils >"$WORK/install.log" 2>&1 ||
  { tail -30 "$WORK/install.log" >&2; fail "installing $CURRENT failed"; }
[ "$(run dpkg-query -W -f='${Version}' "$PACKAGE")" = "$CURRENT" ] || fail "$CURRENT is not what is installed"

data="$ROOT/root/.local/share/app.waping.desk"
$SUDO mkdir -p -m 700 "$data"
# The settings of a user who chose Portuguese and a 45-second poll, and a
# history written by 0.1.0 (the demo's, as the settings watch the demo).
cat >"$WORK/settings.json" <<'JSON'
{"settings":{"demo":true,"language":"pt-BR","pollIntervalSecs":45},"snoozes":{"all":"2099-01-01T00:00:00Z","devices":{}}}
JSON
$SUDO cp "$WORK/settings.json" "$data/settings.json"
$SUDO cp "$FIXTURE" "$data/demo-history.sqlite3"
$SUDO chmod 600 "$data/settings.json" "$data/demo-history.sqlite3"

run sh -c 'Xvfb :77 -screen 0 1280x800x24 -nolisten tcp >/tmp/xvfb.log 2>&1 &'
run sh -c 'dbus-daemon --session --address=unix:path=/tmp/session-bus --fork --nopidfile >/dev/null'
for _ in $(seq 50); do [ -e "$ROOT/tmp/.X11-unix/X77" ] && break; sleep 0.1; done

agent_pid() { sed -n 's/.*"pid": *\([0-9]*\).*/\1/p' "$data/agent.json" 2>/dev/null || true; }
# The app's windows (X ids). A window is created hidden and shown once its page
# has loaded (src-tauri/window/window.rs), so a viewable one has its page. A new
# window can have the X id of the one before it (the X server reuses a gone
# client's ids), so windows are told apart by their process (_NET_WM_PID).
windows() { run xwininfo -root -tree 2>/dev/null | awk '/"WAPing Desk"/ { print $1 }'; }
window_up() { # a viewable window of the app, whose process is not $1
  local id pid
  for id in $(windows); do
    run xwininfo -id "$id" 2>/dev/null | grep -q "Map State: IsViewable" || continue
    pid=$(run xprop -id "$id" _NET_WM_PID 2>/dev/null | sed -n 's/.* = \([0-9]*\)$/\1/p')
    if [ -n "${1:-}" ] && { [ -z "$pid" ] || [ "$pid" = "$1" ]; }; then continue; fi
    return 0
  done
  return 1
}
window_pid() { # the app's window process in the root
  local proc
  for proc in /proc/[0-9]*; do
    [ "$(readlink "$proc/root" 2>/dev/null)" = "$ROOT" ] || continue
    [ "$(readlink "$proc/exe" 2>/dev/null)" = "$ROOT/usr/bin/waping-desk" ] && { echo "${proc#/proc/}"; return; }
  done
}

step "Starting $CURRENT: the window, which starts its agent"
run sh -c 'setsid waping-desk >/tmp/app.log 2>&1 &'
for _ in $(seq 300); do [ -n "$(agent_pid)" ] && window_up && break; sleep 0.1; done
old_agent=$(agent_pid)
[ -n "$old_agent" ] || { cat "$ROOT/tmp/app.log" >&2; fail "$CURRENT started no agent"; }
window_up || fail "$CURRENT opened no window"
echo "agent $old_agent and its window are up"

step "A tampered $NEXT is refused, and $CURRENT goes on"
manifest tampered.deb
set +e
out=$(run waping-desk update 2>&1)
rc=$?
set -e
echo "$out"
[ "$rc" = 1 ] || fail "waping-desk update exited $rc on a tampered package"
[ "$(run dpkg-query -W -f='${Version}' "$PACKAGE")" = "$CURRENT" ] || fail "the tampered package was installed"
[ "$(agent_pid)" = "$old_agent" ] && kill -0 "$old_agent" 2>/dev/null || fail "the agent did not go on"
# The reason, in the user's language (pt-BR), from its catalog.
refused=$(sed -n 's/^error-update-refused = //p' src-tauri/model/locales/pt-BR.ftl | sed 's/{ -app }/WAPing Desk/')
grep -qF "$refused" <<<"$out" || fail "the refusal was not said in Portuguese: $refused"

step "Where the package tool cannot be run as root (no pkexec, no sudo), the user is told to use it"
manifest next.deb
run mv /usr/bin/sudo /usr/bin/sudo.aside
set +e
out=$(run waping-desk update 2>&1)
rc=$?
set -e
run mv /usr/bin/sudo.aside /usr/bin/sudo
echo "$out"
[ "$rc" = 1 ] || fail "waping-desk update exited $rc without a way to install"
[ "$(run dpkg-query -W -f='${Version}' "$PACKAGE")" = "$CURRENT" ] || fail "$NEXT was installed without sudo"
grep -qF "sudo apt install ./" <<<"$out" || fail "the user was not told to update with apt"
[ "$(agent_pid)" = "$old_agent" ] || fail "the agent did not go on"

step "The signed $NEXT: waping-desk update, as Restart to update does"
manifest next.deb
old_window=$(window_pid)
[ -n "$old_window" ] || fail "no window process of $CURRENT"
t0=$(date +%s%N)
run waping-desk update || fail "waping-desk update failed"
new_agent=""
for _ in $(seq 600); do
  new_agent=$(agent_pid)
  if [ -n "$new_agent" ] && [ "$new_agent" != "$old_agent" ] && window_up "$old_window"; then break; fi
  new_agent=""
  sleep 0.05
done
t1=$(date +%s%N)
[ -n "$new_agent" ] || { cat "$ROOT/tmp/app.log" >&2; fail "no new agent and window after the update"; }
echo "from waping-desk update to the new window shown with its page: $(((t1 - t0) / 1000000)) ms (download, check, install, restart)"

step "The new version runs: package, agent and window"
[ "$(run dpkg-query -W -f='${Version}' "$PACKAGE")" = "$NEXT" ] || fail "$NEXT is not installed"
exe=$(readlink "/proc/$new_agent/exe")
[ "$exe" = "$ROOT/usr/bin/waping-desk-agent" ] || fail "the agent runs $exe, not the installed one"
run waping-desk-agent --version | grep -qF "$NEXT" || fail "the installed agent is not $NEXT"
# It started the new window on its way out: give it a moment to be gone (or
# a zombie its parent has not yet reaped).
gone() { ! kill -0 "$1" 2>/dev/null || [ "$(ps -o stat= -p "$1" | cut -c1)" = Z ]; }
for _ in $(seq 100); do gone "$old_agent" && break; sleep 0.05; done
gone "$old_agent" || fail "the old agent is still running"
window=""
for proc in /proc/[0-9]*; do
  [ "$(readlink "$proc/root" 2>/dev/null)" = "$ROOT" ] || continue
  [ "$(readlink "$proc/exe" 2>/dev/null)" = "$ROOT/usr/bin/waping-desk" ] && window=${proc#/proc/}
done
[ -n "$window" ] || fail "no window process of the new version"
echo "agent $new_agent and window $window run $NEXT"

step "Every setting, the snooze and every row kept"
python3 - "$data/settings.json" <<'PY' || fail "the settings changed"
import json, sys
s = json.load(open(sys.argv[1]))["settings"]
assert s["demo"] is True and s["language"] == "pt-BR" and s["pollIntervalSecs"] == 45, s
snoozes = json.load(open(sys.argv[1])).get("snoozes", {})
assert snoozes.get("all") == "2099-01-01T00:00:00Z", snoozes
PY
# `devices` holds each phone's latest state, which the running app updates:
# every phone is still there. The other tables only grow: every row is.
lost=$(sqlite3 -readonly "file:$data/demo-history.sqlite3?mode=ro" \
  "ATTACH '$FIXTURE' AS fixture; SELECT COUNT(*) FROM (SELECT device_id FROM fixture.devices EXCEPT SELECT device_id FROM main.devices);")
[ "$lost" = 0 ] || fail "$lost devices were lost"
for table in transitions gateway_events watch_spans scans hook_runs; do
  lost=$(sqlite3 -readonly "file:$data/demo-history.sqlite3?mode=ro" \
    "ATTACH '$FIXTURE' AS fixture; SELECT COUNT(*) FROM (SELECT * FROM fixture.$table EXCEPT SELECT * FROM main.$table);" 2>&1) ||
    fail "cannot compare $table: $lost"
  [ "$lost" = 0 ] || fail "$lost rows of $table were lost"
done
writers=$(sqlite3 -readonly "file:$data/demo-history.sqlite3?mode=ro" "SELECT group_concat(version, ' ') FROM (SELECT version FROM app_versions ORDER BY first_opened_ms)")
[ "$writers" = "$CURRENT $NEXT" ] || fail "the history was opened by '$writers', not $CURRENT then $NEXT"
[ -e "$data/demo-history.sqlite3.schema-4.bak" ] || fail "the 0.1.0 history was not copied aside before its upgrade"

# More restarts to update, for BENCHMARKS.md: $CURRENT put back (dpkg -i) and
# started again, then updated again. UPDATE_RUNS=1 (the default) does none.
times=("$(((t1 - t0) / 1000000))")
for run_n in $(seq 2 "${UPDATE_RUNS:-1}"); do
  for proc in /proc/[0-9]*; do
    [ "$(readlink "$proc/root" 2>/dev/null)" = "$ROOT" ] || continue
    case "$(readlink "$proc/exe" 2>/dev/null)" in
      "$ROOT/usr/bin/waping-desk" | "$ROOT/usr/bin/waping-desk-agent") $SUDO kill "${proc#/proc/}" ;;
    esac
  done
  for _ in $(seq 100); do [ ! -e "$data/agent.json" ] && ! window_up && break; sleep 0.1; done
  run dpkg -i /tmp/current.deb >/dev/null
  run sh -c 'setsid waping-desk >/tmp/app.log 2>&1 &'
  for _ in $(seq 300); do [ -n "$(agent_pid)" ] && window_up && break; sleep 0.1; done
  old_agent=$(agent_pid)
  old_window=$(window_pid)
  t0=$(date +%s%N)
  run waping-desk update >/dev/null || fail "run $run_n: waping-desk update failed"
  for _ in $(seq 600); do
    new_agent=$(agent_pid)
    [ -n "$new_agent" ] && [ "$new_agent" != "$old_agent" ] && window_up "$old_window" && break
    sleep 0.05
  done
  t1=$(date +%s%N)
  [ "$(run dpkg-query -W -f='${Version}' "$PACKAGE")" = "$NEXT" ] || fail "run $run_n: $NEXT is not installed"
  times+=("$(((t1 - t0) / 1000000))")
done
echo "from waping-desk update to the new window shown with its page, ms: ${times[*]}"

step "PASS: $CURRENT updated itself to $NEXT through its updater, refused a tampered package, kept every setting and row"
