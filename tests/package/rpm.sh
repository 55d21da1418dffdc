#!/usr/bin/env bash
# Checks WAPing Desk's .rpm as tests/package/deb.sh checks the .deb's
# metadata: its name, version, what it requires, every file it installs and
# its desktop entry, read with Debian's `rpm` tool (no RPM system needed).
# Installing it needs a Fedora or openSUSE machine, which this one is not.
#
#   tests/package/rpm.sh            build the .rpm (release build), then check it
#   tests/package/rpm.sh --no-build check the .rpm already in target/release/bundle/rpm/
set -euo pipefail
cd "$(dirname "$0")/../.."
export PATH="$HOME/.cargo/bin:$PATH"

BUILD=1
for arg in "$@"; do
  case "$arg" in
    --no-build) BUILD=0 ;;
    *) echo "usage: $0 [--no-build]" >&2; exit 2 ;;
  esac
done
PACKAGE=waping-desk
step() { printf '\n==> %s\n' "$*"; }
fail() { echo "FAIL: $*" >&2; exit 1; }

command -v rpm >/dev/null 2>&1 || fail "the rpm tool is missing (apt-get install rpm; .ci/setup installs it)"
if [ "$BUILD" = 1 ]; then
  step "Building the .rpm (release build, then tauri bundle)"
  ui/node_modules/.bin/tauri build --bundles rpm --config src-tauri/window/bundle.conf.json
fi
shopt -s nullglob
rpms=(target/release/bundle/rpm/*.rpm)
[ ${#rpms[@]} -eq 1 ] || fail "expected one .rpm in target/release/bundle/rpm/, found ${#rpms[@]}"
RPM=$(realpath "${rpms[0]}")
size=$(stat -c %s "$RPM")
step "Package: $(basename "$RPM"), $size bytes ($(awk -v s="$size" 'BEGIN{printf "%.2f MiB", s/1048576}'))"
[ "$size" -lt 10000000 ] || fail "the package is $size bytes, over 10 MB"

# Debian's rpm keeps no database of its own to read a package file with.
q() { rpm -qp --nosignature "$@" "$RPM" 2>/dev/null; }

step "Metadata"
q --queryformat '%{NAME} %{VERSION} %{ARCH}\n'
[ "$(q --queryformat '%{NAME}')" = "$PACKAGE" ] || fail "package name is not $PACKAGE"
version=$(sed -n 's/^ *"version": *"\([^"]*\)".*/\1/p' tauri.conf.json | head -1)
[ "$(q --queryformat '%{VERSION}')" = "$version" ] || fail "package version is not $version"
[ "$(q --queryformat '%{ARCH}')" = "x86_64" ] || fail "package architecture is not x86_64"
requires=$(q --requires)
echo "$requires"
# What the window loads, by library name as RPM systems resolve it, and the
# TLS library the updater uses (tauri.linux.conf.json).
for dep in 'libwebkit2gtk-4.1.so.0()(64bit)' 'libgtk-3.so.0()(64bit)' openssl-libs; do
  grep -qxF "$dep" <<<"$requires" || fail "Requires lacks $dep"
done

step "Files (rpm -qpl)"
files=$(q -l)
echo "$files"
for path in /usr/bin/waping-desk /usr/bin/waping-desk-agent /usr/share/applications/waping-desk.desktop \
  /usr/share/icons/hicolor/32x32/apps/waping-desk.png \
  /usr/share/icons/hicolor/128x128/apps/waping-desk.png; do
  grep -qxF "$path" <<<"$files" || fail "the package does not install $path"
done
# Nothing outside the program, its desktop entry and its icons.
stray=$(grep -vE '^/usr/(bin/waping-desk(-agent)?|share/applications/waping-desk\.desktop|share/icons/hicolor/[^/]+/apps/waping-desk\.png)$' <<<"$files" || true)
[ -z "$stray" ] || fail "the package installs more than the app:"$'\n'"$stray"
# No scripts run as root at install or removal.
scripts=$(q --scripts)
[ -z "$scripts" ] || fail "the package has install scripts:"$'\n'"$scripts"

step "Desktop entry and binaries, from the package's payload"
payload=$(mktemp -d)
trap 'rm -rf "$payload"' EXIT
# rpm2archive, not rpm2cpio: Debian's rpm2cpio exits 1 on the CLI's payloads
# though it writes them whole.
rpm2archive - <"$RPM" | tar -xz -C "$payload"
desktop=$(cat "$payload/usr/share/applications/waping-desk.desktop")
for line in "Type=Application" "Exec=waping-desk" "Icon=waping-desk" "Name=WAPing Desk"; do
  grep -qxF "$line" <<<"$desktop" || fail "desktop file lacks '$line':"$'\n'"$desktop"
done
for bin in waping-desk waping-desk-agent; do
  [ -x "$payload/usr/bin/$bin" ] || fail "/usr/bin/$bin is not executable"
  "$payload/usr/bin/$bin" --version | grep -qF "$version" || fail "$bin --version does not say $version"
done

step "PASS: $(basename "$RPM") ($size bytes): metadata, requirements, every file and the desktop entry"
