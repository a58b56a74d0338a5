#!/usr/bin/env bash
# Makes sure wrk (the HTTP load generator of bench/request_path.py) is on PATH, from Debian's
# packages, and prints its path. The test suite runs the benchmark briefly; make bench at length.
set -euo pipefail
if ! command -v wrk >/dev/null; then
  echo "Installing wrk from Debian's packages..." >&2
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >&2
  apt-get install -y -qq wrk >&2
fi
command -v wrk
