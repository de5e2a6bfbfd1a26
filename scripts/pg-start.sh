#!/usr/bin/env bash
# Start a throwaway PostgreSQL on loopback for tests (CI and local). Prints nothing but errors.
# Env: PGDATA_DIR (default /tmp/campustime-pg), PGPORT (default 5433).
# Installs Debian's postgresql when missing (needs root, as in CI).
set -euo pipefail
PGDATA_DIR=${PGDATA_DIR:-/tmp/campustime-pg}
PGPORT=${PGPORT:-5433}
bindir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
if [ -z "$bindir" ]; then
  echo "pg-start: installing postgresql with apt-get" >&2
  apt-get update -qq >/dev/null && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
  bindir=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
fi
run_pg() { if [ "$(id -u)" = 0 ]; then su postgres -c "$*"; else bash -c "$*"; fi; }
if [ ! -s "$PGDATA_DIR/PG_VERSION" ]; then
  mkdir -p "$PGDATA_DIR"
  [ "$(id -u)" = 0 ] && chown postgres:postgres "$PGDATA_DIR"
  run_pg "$bindir/initdb -D $PGDATA_DIR -U postgres --auth=trust -E UTF8 --locale=C.UTF-8" >/dev/null
fi
if ! run_pg "$bindir/pg_ctl -D $PGDATA_DIR status" >/dev/null 2>&1; then
  run_pg "$bindir/pg_ctl -D $PGDATA_DIR -l $PGDATA_DIR/server.log -o \"-c listen_addresses=127.0.0.1 -p $PGPORT -k /tmp -c fsync=off -c max_connections=200\" -w start" >/dev/null
fi
echo "postgresql://postgres@127.0.0.1:$PGPORT/postgres"
