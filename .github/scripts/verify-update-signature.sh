#!/usr/bin/env bash
# Usage: verify-update-signature.sh FILE [SIGNATURE]
#
# Fails unless SIGNATURE (default FILE.sig: what the Tauri signer writes, the
# base64 of a minisign signature) is a good signature of FILE by the key whose
# public half the app carries (plugins.updater.pubkey in tauri.conf.json, the
# base64 of a minisign public key file). An installed app checks exactly this
# before it installs an update, so a release signed by any other key would be
# refused by every copy in the field.
set -euo pipefail

file=${1:?usage: verify-update-signature.sh FILE [SIGNATURE]}
signature=${2:-$file.sig}
config=${TAURI_CONFIG:-$(dirname "$0")/../../tauri.conf.json}

command -v minisign >/dev/null 2>&1 || { echo "minisign is needed (apt-get install minisign)." >&2; exit 2; }
[ -f "$file" ] || { echo "No such file: $file" >&2; exit 2; }
[ -f "$signature" ] || { echo "No signature beside $file: $signature" >&2; exit 2; }

pubkey=$(jq -r '.plugins.updater.pubkey // empty' "$config")
[ -n "$pubkey" ] || { echo "$config has no plugins.updater.pubkey." >&2; exit 2; }

scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
# The public key file's second line is the key itself.
key=$(base64 -d <<<"$pubkey" | sed -n 2p)
base64 -d "$signature" >"$scratch/minisig" 2>/dev/null || {
  echo "$signature is not a Tauri signature (base64 of a minisign signature)." >&2
  exit 1
}
if ! minisign -V -q -m "$file" -x "$scratch/minisig" -P "$key"; then
  echo "$(basename "$file") is not signed by the key in $(basename "$config") (plugins.updater.pubkey)." >&2
  exit 1
fi
echo "$(basename "$file"): signed by the app's update key"
