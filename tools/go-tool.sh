#!/usr/bin/env bash
# go-tool.sh DIR NAME: builds the Go module in DIR (a main package pinning a tool in go.mod and
# go.sum) into a cache outside the checkout, keyed by the hash of its sources, and prints the
# binary's path. Reused by later runs and by other clones on the same machine.
set -euo pipefail
dir=$1
name=$2
cache=${AANWAS_CACHE_DIR:-${XDG_CACHE_HOME:-${HOME:-/tmp}/.cache}/aanwas}
key=$(cat "$dir/go.mod" "$dir/go.sum" "$dir"/*.go | sha256sum | cut -c1-16)
bin="$cache/$name-$key/$name"
if [ ! -x "$bin" ]; then
  command -v go >/dev/null || { echo "Go is needed to build $name (see README)" >&2; exit 1; }
  if [ -z "${HOME:-}" ]; then
    # Without a home, Go has no module or build cache: keep them beside ours.
    export GOPATH="$cache/go" GOCACHE="$cache/go-build"
  fi
  echo "Building $name from the Go module proxy (a few minutes, once)..." >&2
  mkdir -p "$(dirname "$bin")"
  (cd "$dir" && go build -mod=readonly -buildvcs=false -trimpath -o "$bin.tmp" .)
  mv "$bin.tmp" "$bin"
fi
echo "$bin"
