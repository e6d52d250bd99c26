#!/usr/bin/env bash
# Restarts the throwaway PostgreSQL server of .ci/start-postgres.sh (fast shutdown: open connections
# are ended, as in a real restart), waiting until it accepts connections again.
set -euo pipefail
DIR=/tmp/soko-ci-pg
as_postgres() { if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
as_postgres /usr/lib/postgresql/15/bin/pg_ctl -D "$DIR/data" -m fast -w restart >&2
