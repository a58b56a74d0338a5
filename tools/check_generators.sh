#!/usr/bin/env bash
# Generates clients from the OpenAPI document as an integrator would and fails if a generator
# warns or fails: a Python client (openapi-python-client, pinned in the dev extras) and a
# TypeScript type file (openapi-typescript, from npm, cached outside the checkout) that must
# pass `tsc --strict`. Nothing is written into the checkout.
set -euo pipefail
top=$(cd "$(dirname "$0")/.." && pwd)
openapi_typescript=7.13.0
typescript=5.9.3
cache=${AANWAS_CACHE_DIR:-${XDG_CACHE_HOME:-${HOME:-/tmp}/.cache}/aanwas}
npm_dir="$cache/npm-generators-$openapi_typescript-$typescript"
if [ ! -x "$npm_dir/node_modules/.bin/tsc" ] || [ ! -x "$npm_dir/node_modules/.bin/openapi-typescript" ]; then
  command -v npm >/dev/null || { echo "npm is needed for openapi-typescript and tsc" >&2; exit 1; }
  echo "Installing openapi-typescript $openapi_typescript and TypeScript $typescript from npm (once)..." >&2
  npm install --silent --no-audit --no-fund --prefix "$npm_dir" \
    "openapi-typescript@$openapi_typescript" "typescript@$typescript" >&2
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export PATH="$top/.venv/bin:$PATH"  # openapi-python-client formats its output with ruff
export AANWAS_DATABASE_URL="sqlite:///$work/openapi.db" AANWAS_KEYS_DIR="$work/keys"
"$top/.venv/bin/aanwas" openapi > "$work/openapi.json"

# A warning is a failure: whatever a generator prints beyond its success line is shown and
# fails the check.
failed=0

echo "openapi-python-client: generating a Python client" >&2
if ! (cd "$work" && "$top/.venv/bin/openapi-python-client" generate --path openapi.json \
    --output-path python-client --meta none) > "$work/python.log" 2>&1; then
  echo "openapi-python-client failed:" >&2; cat "$work/python.log" >&2; failed=1
elif grep -v -E '^(Generating |$)' "$work/python.log" | grep -q .; then
  echo "openapi-python-client warned:" >&2; cat "$work/python.log" >&2; failed=1
fi

echo "openapi-typescript: generating TypeScript types" >&2
if ! "$npm_dir/node_modules/.bin/openapi-typescript" "$work/openapi.json" \
    --output "$work/ts/aanwas.ts" > "$work/ts.log" 2>&1; then
  echo "openapi-typescript failed:" >&2; cat "$work/ts.log" >&2; failed=1
elif grep -v -E '(🚀|openapi-typescript [0-9.]+|^$)' "$work/ts.log" | grep -q .; then
  echo "openapi-typescript warned:" >&2; cat "$work/ts.log" >&2; failed=1
else
  # The generated file must type-check under --strict when a client imports it.
  cat > "$work/ts/client.ts" <<'EOF'
import type { components, paths } from "./aanwas";
type Aanmaken = paths["/signalen"]["post"]["requestBody"];
export type Schemas = components["schemas"];
export function verstuur(body: Aanmaken): Aanmaken {
  return body;
}
EOF
  if ! "$npm_dir/node_modules/.bin/tsc" --strict --noEmit --target es2022 --module es2022 \
      --moduleResolution bundler "$work/ts/client.ts" > "$work/tsc.log" 2>&1; then
    echo "tsc --strict failed on the generated types:" >&2; cat "$work/tsc.log" >&2; failed=1
  fi
fi
[ "$failed" = 0 ] && echo "generators: Python client and TypeScript types generated without warnings" >&2
exit "$failed"
