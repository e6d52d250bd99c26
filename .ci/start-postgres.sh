#!/usr/bin/env bash
# Starts a throwaway PostgreSQL 15 server as the postgres user (never as root) on a loopback
# port with a temporary data directory; prints its URL on stdout.
set -euo pipefail
PGBIN=/usr/lib/postgresql/15/bin
PORT=${SOKO_CI_PG_PORT:-54329}
DIR=/tmp/soko-ci-pg
as_postgres() { if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
if [ -f "$DIR/data/postmaster.pid" ]; then as_postgres "$PGBIN/pg_ctl" -D "$DIR/data" -m immediate stop >/dev/null 2>&1 || true; fi
rm -rf "$DIR" && mkdir -p "$DIR"
[ "$(id -u)" -eq 0 ] && chown postgres:postgres "$DIR"
as_postgres "$PGBIN/initdb" -D "$DIR/data" -A trust -U postgres --encoding=UTF8 --locale=C.UTF-8 >"$DIR/initdb.log" 2>&1
as_postgres "$PGBIN/pg_ctl" -D "$DIR/data" -l "$DIR/server.log" -w \
  -o "-p $PORT -k $DIR -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200" start >&2
echo "postgres://postgres@127.0.0.1:$PORT/postgres"
