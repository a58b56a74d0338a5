#!/usr/bin/env bash
# Builds the pinned Regal Rego linter the same way as OPA (see tools/go-tool.sh).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
# The checksum database does not list this Regal release; go.sum, committed, pins its hashes.
export GONOSUMDB=github.com/open-policy-agent/regal
exec "$here/../go-tool.sh" "$here" regal
