#!/usr/bin/env bash
# Makes sure a throwaway PostgreSQL from Debian's packages runs on loopback for the test suite,
# and prints its SQLAlchemy URL. Idempotent: a cluster that already runs is reused.
set -euo pipefail
port=${AANWAS_TEST_PG_PORT:-54329}
datadir=${AANWAS_TEST_PG_DIR:-/tmp/aanwas-test-pg}
url="postgresql+psycopg://aanwas:aanwas@127.0.0.1:$port/aanwas"

pgbin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
if [ -z "$pgbin" ] || [ ! -x "$pgbin/initdb" ]; then
  echo "Installing PostgreSQL from Debian's packages..." >&2
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >&2
  apt-get install -y -qq postgresql >&2
  pgbin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
fi

as_postgres() {
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

if ! "$pgbin/pg_isready" -q -h 127.0.0.1 -p "$port"; then
  if [ ! -f "$datadir/PG_VERSION" ]; then
    mkdir -p "$datadir"
    [ "$(id -u)" = 0 ] && chown postgres:postgres "$datadir"
    as_postgres "$pgbin/initdb" -D "$datadir" -U postgres --auth=trust -E UTF8 >/dev/null
  fi
  as_postgres "$pgbin/pg_ctl" -D "$datadir" -l "$datadir/server.log" -w \
    -o "-c listen_addresses=127.0.0.1 -p $port -k $datadir -c fsync=off" start >&2
fi
psql_() { "$pgbin/psql" -h 127.0.0.1 -p "$port" -U postgres -v ON_ERROR_STOP=1 -qtA "$@"; }
if [ "$(psql_ -c "SELECT 1 FROM pg_roles WHERE rolname = 'aanwas'")" != 1 ]; then
  psql_ -c "CREATE ROLE aanwas LOGIN PASSWORD 'aanwas' CREATEDB CREATEROLE" >&2
fi
# CREATEROLE: migration 0008 creates the restricted role the API acts as (aanwas_api).
psql_ -c "ALTER ROLE aanwas CREATEROLE" >&2
if [ "$(psql_ -c "SELECT 1 FROM pg_database WHERE datname = 'aanwas'")" != 1 ]; then
  psql_ -c "CREATE DATABASE aanwas OWNER aanwas" >&2
fi
echo "$url"
