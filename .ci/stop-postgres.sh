#!/usr/bin/env bash
set -euo pipefail
DIR=/tmp/soko-ci-pg
as_postgres() { if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
as_postgres /usr/lib/postgresql/15/bin/pg_ctl -D "$DIR/data" -m fast stop >&2
