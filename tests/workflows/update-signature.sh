#!/usr/bin/env bash
# The release workflow's signature check (.github/scripts/verify-update-signature.sh)
# accepts what the Tauri signer signs with the key the app carries, and refuses a
# changed file, another key's signature and a signature that is not one.
set -euo pipefail
cd "$(dirname "$0")/../.."

check=.github/scripts/verify-update-signature.sh
tauri=ui/node_modules/.bin/tauri
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }

# Two throwaway key pairs, no password; the first plays the app's key (the
# .pub file the signer writes is already the base64 that tauri.conf.json holds).
for name in app other; do
  "$tauri" signer generate --ci -p "" -w "$work/$name.key" >/dev/null
done
jq --rawfile key "$work/app.key.pub" '.plugins.updater.pubkey = ($key | rtrimstr("\n"))' \
  tauri.conf.json >"$work/tauri.conf.json"
export TAURI_CONFIG=$work/tauri.conf.json

sign() { # FILE KEY: signs FILE as tauri-action does, through the environment
  TAURI_SIGNING_PRIVATE_KEY=$(cat "$2") TAURI_SIGNING_PRIVATE_KEY_PASSWORD="" \
    "$tauri" signer sign "$1" >/dev/null
}

head -c 200000 /dev/urandom >"$work/waping-desk_0.2.0_amd64.deb"
sign "$work/waping-desk_0.2.0_amd64.deb" "$work/app.key"
bash "$check" "$work/waping-desk_0.2.0_amd64.deb" || fail "a package signed by the app's key was refused"

cp "$work/waping-desk_0.2.0_amd64.deb" "$work/changed.deb"
printf '\x00' | dd of="$work/changed.deb" bs=1 seek=1000 conv=notrunc status=none
if bash "$check" "$work/changed.deb" "$work/waping-desk_0.2.0_amd64.deb.sig" 2>/dev/null; then
  fail "a changed package passed with the original's signature"
fi

cp "$work/waping-desk_0.2.0_amd64.deb" "$work/other.deb"
sign "$work/other.deb" "$work/other.key"
if bash "$check" "$work/other.deb" 2>/dev/null; then
  fail "a package signed by another key passed"
fi

echo "not a signature" >"$work/other.deb.sig"
if bash "$check" "$work/other.deb" 2>/dev/null; then
  fail "a signature file that is not a signature passed"
fi

# The key in the repository's own tauri.conf.json is not the throwaway one.
if TAURI_CONFIG=tauri.conf.json bash "$check" "$work/waping-desk_0.2.0_amd64.deb" 2>/dev/null; then
  fail "tauri.conf.json's key accepted a throwaway key's signature"
fi
echo "update signatures: the app's key passes; a changed file, another key and a non-signature are refused"
