#!/usr/bin/env bash
# Builds WAPing Desk's .deb and proves that it installs on a clean Debian 12,
# runs, and uninstalls without leaving a file behind.
#
#   tests/package/deb.sh            build, then test in a fresh Debian 12 root (debootstrap + chroot)
#   tests/package/deb.sh --host     build, then install on this machine itself and remove it again
#   tests/package/deb.sh --no-build test the .deb already in target/release/bundle/deb/
#
# The chroot needs root (or sudo), debootstrap and Debian's package registry; its
# base system is made once and kept in target/package/bookworm-base.tar. --host
# is for machines where a chroot cannot be made (some containers): it refuses to
# run when WAPing Desk is already installed, so it never touches a real install.
# In CI (CI=true) a chroot that cannot be made falls back to --host, as the CI
# machine is thrown away after the run.
set -euo pipefail
cd "$(dirname "$0")/../.."
export PATH="$HOME/.cargo/bin:$PATH"

MODE=chroot
BUILD=1
for arg in "$@"; do
  case "$arg" in
    --host) MODE=host ;;
    --no-build) BUILD=0 ;;
    *) echo "usage: $0 [--host] [--no-build]" >&2; exit 2 ;;
  esac
done

PACKAGE=waping-desk
MIRROR="${DEBIAN_MIRROR:-http://deb.debian.org/debian}"
WORK=target/package
SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO="sudo"

mkdir -p "$WORK"
started=$SECONDS
step() { printf '\n==> [%3ds] %s\n' "$((SECONDS - started))" "$*"; }
fail() { echo "FAIL: $*" >&2; exit 1; }

# ---------------------------------------------------------------- build
if [ "$BUILD" = 1 ]; then
  # The .rpm comes from the same release build, for tests/package/rpm.sh.
  step "Building the .deb and the .rpm (release build, then tauri bundle)"
  [ -x ui/node_modules/.bin/tauri ] || (cd ui && npm ci --no-audit --no-fund)
  ui/node_modules/.bin/tauri build --bundles deb,rpm --config src-tauri/window/bundle.conf.json
fi
shopt -s nullglob
debs=(target/release/bundle/deb/*.deb)
[ ${#debs[@]} -eq 1 ] || fail "expected one .deb in target/release/bundle/deb/, found ${#debs[@]}"
DEB=$(realpath "${debs[0]}")
size=$(stat -c %s "$DEB")
step "Package: $(basename "$DEB"), $size bytes ($(awk -v s="$size" 'BEGIN{printf "%.2f MiB", s/1048576}'))"

# ---------------------------------------------------------------- what the .deb declares
# The bundle-size target: under 10 MB.
[ "$size" -lt 10000000 ] || fail "the package is $size bytes, over 10 MB"

step "Checking the package's metadata and contents"
dpkg-deb -f "$DEB" Package Version Architecture Depends Installed-Size
[ "$(dpkg-deb -f "$DEB" Package)" = "$PACKAGE" ] || fail "package name is not $PACKAGE"
depends=$(dpkg-deb -f "$DEB" Depends)
for dep in libwebkit2gtk-4.1-0 libgtk-3-0; do
  grep -qE "(^|, )$dep( |,|$)" <<<"$depends" || fail "Depends lacks $dep: $depends"
done
# Paths as the archive lists them, with or without a leading "./".
contents=$(dpkg-deb -c "$DEB" | awk '{print $6}' | sed 's|^\./||')
for path in usr/bin/waping-desk usr/bin/waping-desk-agent usr/share/applications/waping-desk.desktop \
  usr/share/icons/hicolor/32x32/apps/waping-desk.png \
  usr/share/icons/hicolor/128x128/apps/waping-desk.png; do
  grep -qxF "$path" <<<"$contents" || fail "the package does not install $path"
done
desktop=$(dpkg-deb --fsys-tarfile "$DEB" | tar -xO --wildcards '*usr/share/applications/waping-desk.desktop')
for line in "Type=Application" "Exec=waping-desk" "Icon=waping-desk" "Name=WAPing Desk"; do
  grep -qxF "$line" <<<"$desktop" || fail "desktop file lacks '$line':"$'\n'"$desktop"
done

# ---------------------------------------------------------------- the packaged app starts
# The window needs a display: on this machine, under Xvfb on a private D-Bus
# session and a throwaway home, the binary from the package must stay up and
# open its WebKit view.
if command -v xvfb-run >/dev/null 2>&1 && command -v dbus-run-session >/dev/null 2>&1; then
  step "The packaged app starts (under Xvfb, from the .deb's files)"
  unpacked=$(mktemp -d)
  dpkg-deb -x "$DEB" "$unpacked"
  home=$(mktemp -d)
  HOME="$home" XDG_CONFIG_HOME="$home/.config" XDG_DATA_HOME="$home/.local/share" \
    setsid xvfb-run -a dbus-run-session -- "$unpacked/usr/bin/waping-desk" >"$WORK/start.log" 2>&1 &
  app=$!
  up=0
  for _ in $(seq 1 60); do
    sleep 0.5
    kill -0 "$app" 2>/dev/null || break
    if pgrep -f "WebKitWebProcess" -s "$(ps -o sid= -p "$app" | tr -d ' ')" >/dev/null 2>&1; then up=1; break; fi
  done
  alive=0
  if [ "$up" = 1 ]; then sleep 3; kill -0 "$app" 2>/dev/null && alive=1; fi
  # The window started the agent beside it, which leaves the window's session.
  agent=$(sed -n 's/.*"pid":\([0-9]*\).*/\1/p' "$home/.local/share/app.waping.desk/agent.json" 2>/dev/null || true)
  agent_exe=""
  [ -n "$agent" ] && agent_exe=$(readlink "/proc/$agent/exe" 2>/dev/null || true)
  # setsid made the app lead its own session: end exactly that session.
  kill -- -"$app" 2>/dev/null || true
  wait "$app" 2>/dev/null || true
  # SIGTERM is how a session's end stops the agent: it must end on it.
  agent_ended=1
  if [ -n "$agent_exe" ]; then
    kill "$agent" 2>/dev/null || true
    agent_ended=0
    for _ in $(seq 1 100); do
      [ -e "/proc/$agent/exe" ] || { agent_ended=1; break; }
      sleep 0.1
    done
    [ "$agent_ended" = 1 ] || kill -KILL "$agent" 2>/dev/null || true
  fi
  rm -rf "$unpacked" "$home"
  [ "$up" = 1 ] && [ "$alive" = 1 ] || { cat "$WORK/start.log" >&2; fail "the packaged app did not start and stay up"; }
  [ "$agent_exe" = "$unpacked/usr/bin/waping-desk-agent" ] ||
    { cat "$WORK/start.log" >&2; fail "the packaged app did not start its agent (found: '${agent_exe}')"; }
  [ "$agent_ended" = 1 ] || fail "the packaged agent did not end within 10 s of SIGTERM"
  echo "started its agent, opened its web view and stayed up; the agent ended on SIGTERM"
else
  echo "(no xvfb-run here: the start check is skipped)"
fi

# ---------------------------------------------------------------- where it is installed
ROOT=""
cleanup() {
  if [ -n "$ROOT" ]; then
    $SUDO umount "$ROOT/proc" 2>/dev/null || true
    $SUDO rm -rf --one-file-system "$ROOT"
  fi
}
trap cleanup EXIT

host_instead() {
  if [ "${CI:-}" = true ]; then
    echo "$1; on this CI machine the package is tested on the host instead" >&2
    MODE=host
  else
    fail "$1 (use --host to test on this machine itself)"
  fi
}

if [ "$MODE" = chroot ]; then
  command -v debootstrap >/dev/null 2>&1 || {
    step "Installing debootstrap"
    $SUDO apt-get update -qq
    $SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends debootstrap >/dev/null
  }
  BASE="$WORK/bookworm-base.tar"
  if [ ! -s "$BASE" ]; then
    step "Making a minimal Debian 12 root with debootstrap (once; kept in $BASE)"
    tmp=$(mktemp -d "$WORK/debootstrap.XXXXXX")
    chmod 755 "$tmp"
    if $SUDO debootstrap --variant=minbase bookworm "$tmp" "$MIRROR" >"$WORK/debootstrap.log" 2>&1; then
      $SUDO tar -C "$tmp" -cf "$BASE.part" . && mv "$BASE.part" "$BASE"
    else
      tail -20 "$WORK/debootstrap.log" >&2
    fi
    $SUDO rm -rf --one-file-system "$tmp"
    [ -s "$BASE" ] || host_instead "debootstrap could not make a Debian 12 root"
  fi
fi
if [ "$MODE" = chroot ]; then
  step "Unpacking a fresh Debian 12 root"
  ROOT=$(realpath "$(mktemp -d "$WORK/root.XXXXXX")")
  $SUDO tar -C "$ROOT" -xf "$BASE"
  $SUDO chmod 755 "$ROOT"
  # Package scripts mostly cope without /proc; containers may not allow the mount.
  $SUDO mount -t proc proc "$ROOT/proc" 2>/dev/null || echo "(no /proc in the root: mounting is not allowed here)"
  $SUDO cp /etc/resolv.conf "$ROOT/etc/resolv.conf"
  $SUDO cp "$DEB" "$ROOT/tmp/$PACKAGE.deb"
  IN=($SUDO chroot "$ROOT" env HOME=/root LANG=C.UTF-8 PATH=/usr/sbin:/usr/bin:/sbin:/bin)
  TARGET_DEB=/tmp/$PACKAGE.deb
else
  dpkg-query -W -f='${Status}' "$PACKAGE" 2>/dev/null | grep -q "install ok installed" &&
    fail "$PACKAGE is already installed here; --host only tests on machines without it"
  IN=($SUDO env HOME="$(mktemp -d)" LANG=C.UTF-8)
  TARGET_DEB=$DEB
fi
run() { "${IN[@]}" "$@"; }

# Everything on the system before the install, to compare with after the purge.
snapshot() {
  run sh -c 'find / -xdev \( -path /proc -o -path /sys -o -path /dev -o -path /tmp -o -path /root -o -path /var/cache -o -path /var/lib/apt/lists -o -path /var/log -o -path /var/lib/dpkg \) -prune -o -print' | sort
}

before=$(mktemp)
if [ "$MODE" = chroot ]; then
  step "apt-get update and the package's dependencies alone in the Debian 12 root"
  run apt-get update -qq
  t0=$SECONDS
  run env DEBIAN_FRONTEND=noninteractive apt-get satisfy -y -qq --no-install-recommends "$depends" >"$WORK/install.log" 2>&1 ||
    { tail -30 "$WORK/install.log" >&2; fail "the dependencies do not install: $depends"; }
  deps_secs=$((SECONDS - t0))
  echo "dependencies installed in ${deps_secs}s"
  # Every path on the system now, to compare with after the purge.
  snapshot >"$before"
fi

step "Installing $(basename "$DEB") with apt-get"
t0=$SECONDS
run env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$TARGET_DEB" >>"$WORK/install.log" 2>&1 ||
  { tail -30 "$WORK/install.log" >&2; fail "apt-get install failed"; }
install_secs=$((SECONDS - t0))
run dpkg-query -W -f='${Status} ${Version}\n' "$PACKAGE"

step "Every library the binaries need is there; the agent needs no WebKit or GTK"
for bin in waping-desk waping-desk-agent; do
  missing=$(run ldd "/usr/bin/$bin" | grep "not found" || true)
  [ -z "$missing" ] || fail "unresolved libraries of $bin:"$'\n'"$missing"
done
heavy=$(run ldd /usr/bin/waping-desk-agent | grep -E "webkit|gtk|javascriptcore" || true)
[ -z "$heavy" ] || fail "the agent links the window's libraries:"$'\n'"$heavy"

step "waping-desk status --demo (the installed binary, headless)"
set +e
# In English whatever the machine speaks: the check below reads a state's word.
out=$(run env -u LANGUAGE -u LC_ALL -u LC_MESSAGES LANG=C timeout 60 /usr/bin/waping-desk status --demo 2>&1)
rc=$?
set -e
echo "$out"
echo "exit code $rc"
# 0-2 are device states (the demo has degraded and disconnected phones);
# 3 would mean the demo workspace could not be reached; anything else is a crash.
case "$rc" in 0 | 1 | 2) ;; *) fail "status --demo exited with $rc" ;; esac
grep -q "Connected" <<<"$out" || fail "status --demo listed no connected device"

files=$(mktemp)
run dpkg -L "$PACKAGE" >"$files"
echo "$(wc -l <"$files") paths installed by $PACKAGE"

step "apt-get purge $PACKAGE"
run env DEBIAN_FRONTEND=noninteractive apt-get purge -y -qq "$PACKAGE" >>"$WORK/install.log" 2>&1 ||
  { tail -30 "$WORK/install.log" >&2; fail "apt-get purge failed"; }
if run dpkg-query -W -f='${Status}' "$PACKAGE" 2>/dev/null | grep -q "installed"; then
  fail "$PACKAGE is still installed after purge"
fi
left=()
while IFS= read -r path; do
  [ -n "$path" ] && [ "$path" != "/." ] || continue
  if run test -d "$path"; then
    # A directory the package created (not a shared one such as /usr/bin) must be gone.
    if ! grep -qxF "$path" "$before" 2>/dev/null && [ "$MODE" = chroot ]; then left+=("$path/"); fi
  elif run test -e "$path" || run test -L "$path"; then
    left+=("$path")
  fi
done <"$files"
[ ${#left[@]} -eq 0 ] || fail "left behind after purge: ${left[*]}"
if [ "$MODE" = chroot ]; then
  # Nor anything the package's scripts or triggers wrote elsewhere.
  after=$(mktemp)
  snapshot >"$after"
  extra=$(comm -13 "$before" "$after" || true)
  [ -z "$extra" ] || fail "new paths remain after the purge:"$'\n'"$extra"
fi

step "PASS: $(basename "$DEB") ($size bytes) installed in ${install_secs}s (its dependencies ${deps_secs:-already there}${deps_secs:+s}), ran, and was purged without leftovers ($MODE)"
