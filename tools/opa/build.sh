#!/usr/bin/env bash
# Builds the pinned OPA from the Go module proxy into a cache outside the checkout, so a later
# run (and a fresh clone on the same machine) reuses it. Prints the binary's path.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
version=$(awk '$1 == "require" && $2 == "github.com/open-policy-agent/opa" {print $3}' "$here/go.mod")
cache=${AANWAS_CACHE_DIR:-${XDG_CACHE_HOME:-${HOME:-/tmp}/.cache}/aanwas}
bin="$cache/opa-$version/opa"
if [ ! -x "$bin" ]; then
  command -v go >/dev/null || { echo "Go is needed to build OPA $version" >&2; exit 1; }
  echo "Building OPA $version from the Go module proxy (a few minutes, once)..." >&2
  mkdir -p "$(dirname "$bin")"
  (cd "$here" && GOFLAGS=-mod=readonly go build -trimpath -o "$bin.tmp" .)
  mv "$bin.tmp" "$bin"
fi
echo "$bin"
