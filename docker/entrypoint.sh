#!/bin/sh
# Bring the schema up to date, then hand the process (PID 1, signals) to uvicorn.
set -eu
alembic upgrade head
exec uvicorn api.main:create_app --factory --host 0.0.0.0 --port 8000 --proxy-headers "$@"
