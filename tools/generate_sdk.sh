#!/usr/bin/env bash
# Regenerates the SDK in clients/aanwas_api from the current OpenAPI document, with the pinned
# openapi-python-client (the dev extra) and clients/generator.yaml. Commit the result:
# tests/test_sdk.py fails when it drifts from the API. With an argument, writes there instead.
set -euo pipefail
cd "$(dirname "$0")/.."
out=${1:-clients/aanwas_api}
bin=$(realpath "${VENV_BIN:-.venv/bin}")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
spec=$work/openapi.json
# `aanwas openapi` needs no migrated database; a scratch one keeps the real one untouched.
export AANWAS_DATABASE_URL=sqlite:///$work/scratch.db AANWAS_KEYS_DIR=$work/keys
"$bin/aanwas" openapi > "$spec"
PATH="$bin:$PATH" "$bin/openapi-python-client" generate --path "$spec" \
  --config clients/generator.yaml --meta none --output-path "$out" --overwrite >&2
