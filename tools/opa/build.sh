#!/usr/bin/env bash
# Builds the pinned OPA from the Go module proxy into a cache outside the checkout, so a later
# run (and a fresh clone on the same machine) reuses it. Prints the binary's path.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
exec "$here/../go-tool.sh" "$here" opa
