#!/usr/bin/env bash
# Fetches one package from the npm registry with the machine's npm, checks it against the
# integrity pinned in the build, and unpacks it into a folder. Used by the build for the
# browser libraries disan serves itself (no CDN) and for the IIIF client its tests run.
# Usage: npm-package.sh NAME@VERSION SHA512-INTEGRITY TARGET-FOLDER
set -euo pipefail
spec="$1"; integrity="$2"; target="$3"
if [[ -f "$target/.integrity" && "$(cat "$target/.integrity")" == "$integrity" ]]; then
  exit 0
fi
if ! command -v npm >/dev/null; then
  echo "npm is needed to fetch $spec: install nodejs and npm (batch-jobs/bin/setup-machine does)" >&2
  exit 1
fi
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
packed="$(cd "$work" && npm pack "$spec" --prefer-offline --silent --json)"
got="$(printf '%s' "$packed" | node -e 'let s="";process.stdin.on("data",d=>s+=d).on("end",()=>process.stdout.write(JSON.parse(s)[0].integrity))')"
if [[ "$got" != "$integrity" ]]; then
  echo "$spec from the registry has integrity $got, the build expects $integrity" >&2
  exit 1
fi
rm -rf "$target"
mkdir -p "$target"
tar -xzf "$work"/*.tgz -C "$target" --strip-components=1
printf '%s' "$integrity" > "$target/.integrity"
