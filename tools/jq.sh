#!/usr/bin/env bash
# Makes sure jq (which the README's curl examples use to keep ids and show fields) is on PATH,
# from Debian's packages, and prints its path; tests/test_readme.py runs those examples with it.
set -euo pipefail
if ! command -v jq >/dev/null; then
  echo "Installing jq from Debian's packages..." >&2
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >&2
  apt-get install -y -qq jq >&2
fi
command -v jq
