#!/bin/sh
# One image, three roles (docker/compose.yaml):
#   migrate  bring the schema up to date, then exit (once, before the others start)
#   worker   the worker: outbox jobs, audit sealing and checkpoints (`aanwas worker`)
#   serve    the API under uvicorn (the default); more processes with --workers N, more
#            containers with `docker compose up --scale api=N`
# Each role becomes PID 1 (exec), so it receives the container's signals itself.
set -eu
role="${1:-serve}"
[ "$#" -gt 0 ] && shift
case "$role" in
  migrate) exec alembic upgrade head ;;
  worker) exec aanwas worker ;;
  serve) exec uvicorn api.main:create_app --factory --host 0.0.0.0 --port 8000 --proxy-headers "$@" ;;
  *) echo "unknown role '$role': migrate, worker or serve" >&2; exit 2 ;;
esac
