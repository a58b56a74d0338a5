#!/usr/bin/env bash
# Lints the OpenAPI document against the NL API Design Rules (Spectral, from npm, cached outside
# the checkout). Fails on any error; warnings are shown.
set -euo pipefail
top=$(cd "$(dirname "$0")/.." && pwd)
ruleset=${AANWAS_SPECTRAL_RULESET:-$top/../shared/conformance/nl-api-design-rules.spectral.yaml}
[ -f "$ruleset" ] || { echo "No NL API Design Rules ruleset at $ruleset" >&2; exit 1; }
version=6.16.3
cache=${AANWAS_CACHE_DIR:-${XDG_CACHE_HOME:-${HOME:-/tmp}/.cache}/aanwas}
spectral="$cache/spectral-$version/node_modules/.bin/spectral"
if [ ! -x "$spectral" ]; then
  command -v npm >/dev/null || { echo "npm is needed for Spectral" >&2; exit 1; }
  echo "Installing Spectral $version from npm (once)..." >&2
  npm install --silent --no-audit --no-fund --prefix "$cache/spectral-$version" \
    "@stoplight/spectral-cli@$version" >&2
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export AANWAS_DATABASE_URL="sqlite:///$work/openapi.db" AANWAS_KEYS_DIR="$work/keys"
"$top/.venv/bin/aanwas" openapi > "$work/openapi.json"
"$spectral" lint --fail-severity=error -r "$ruleset" "$work/openapi.json"
