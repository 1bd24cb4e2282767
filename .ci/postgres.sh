#!/usr/bin/env bash
# Starts a throwaway PostgreSQL server for the tests and prints the lines to eval:
#
#     eval "$(bash .ci/postgres.sh)"
#
# It installs Debian's postgresql package when no initdb is found, makes a new cluster
# in a temporary folder (never the machine's own clusters), listens on 127.0.0.1 only
# on a free port, and creates the role and database backplan_test (the role may create
# databases: the tests make one per test from a template). Durability is turned off
# (fsync, synchronous_commit): the data is thrown away, and the tests run faster.
#
# Standard output carries only `export ...` lines (the URL without its password, and
# PGPASSWORD, which libpq reads); everything else goes to standard error. If the server
# cannot start, the script prints its log and exits non-zero, so CI fails rather than
# running the PostgreSQL tests against nothing.
#
#     bash .ci/postgres.sh --stop
#
# stops the server that BACKPLAN_TEST_POSTGRES_DATA (one of the exported lines) names and
# removes its folder; .ci/run calls it from an EXIT trap, so neither outlives the run,
# whether the tests passed or not. Only a folder this script made (backplan-pg.*, with
# the server's data inside) is removed.
set -euo pipefail

say() { echo "postgres.sh: $*" >&2; }
base=""
started=0
# A failed start leaves nothing behind: the server stopped, its folder removed.
die() {
  say "ERROR: $*"
  if [ "$started" = 1 ]; then as_server "$bindir/pg_ctl" -D "$data" stop -m immediate >/dev/null 2>&1 || true; fi
  if [ -n "$base" ]; then rm -rf "$base"; fi
  exit 1
}

find_bindir() {
  local dir
  for dir in /usr/lib/postgresql/*/bin; do
    [ -x "$dir/initdb" ] && { echo "$dir"; return 0; }
  done
  if command -v initdb >/dev/null 2>&1; then
    dirname "$(readlink -f "$(command -v initdb)")"
    return 0
  fi
  return 1
}

if [ "${1:-}" = "--stop" ]; then
  data="${BACKPLAN_TEST_POSTGRES_DATA:-}"
  [ -n "$data" ] || { say "--stop: BACKPLAN_TEST_POSTGRES_DATA is not set; nothing to stop"; exit 0; }
  base="$(dirname "$data")"
  case "$(basename "$base")" in
    backplan-pg.*) ;;
    *) say "--stop: $base was not made by this script; left alone"; exit 1 ;;
  esac
  bindir="$(find_bindir || true)"
  if [ -n "$bindir" ] && [ -f "$data/postmaster.pid" ]; then
    if [ "$(id -u)" -eq 0 ]; then
      runuser -u postgres -- "$bindir/pg_ctl" -D "$data" stop -m fast -w -t 30 >&2 \
        || runuser -u postgres -- "$bindir/pg_ctl" -D "$data" stop -m immediate >&2 || true
    else
      "$bindir/pg_ctl" -D "$data" stop -m fast -w -t 30 >&2 \
        || "$bindir/pg_ctl" -D "$data" stop -m immediate >&2 || true
    fi
  fi
  rm -rf "$base"
  say "stopped the server and removed $base"
  exit 0
fi

bindir="$(find_bindir || true)"
if [ -z "$bindir" ]; then
  say "no initdb found: installing Debian's postgresql package"
  [ "$(id -u)" -eq 0 ] || die "installing postgresql needs root (or install it first)"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >&2
  apt-get install -y -qq --no-install-recommends postgresql >&2
  bindir="$(find_bindir || true)"
  [ -n "$bindir" ] || die "postgresql was installed but no initdb was found"
fi
say "using $bindir"

# initdb and the server refuse to run as root: run them as the postgres user then.
if [ "$(id -u)" -eq 0 ]; then
  id postgres >/dev/null 2>&1 || die "running as root and there is no postgres user to run the server as"
  as_server() { runuser -u postgres -- "$@"; }
  owner=postgres
else
  as_server() { "$@"; }
  owner="$(id -un)"
fi

# A new folder the server's user can reach (a private /tmp, as some CI images have, is
# no use to the postgres user): the first parent that works.
for parent in "${TMPDIR:-/tmp}" /var/tmp /dev/shm; do
  [ -d "$parent" ] || continue
  candidate="$(mktemp -d "$parent/backplan-pg.XXXXXX" 2>/dev/null)" || continue
  chown "$owner" "$candidate"
  chmod 0700 "$candidate"
  if as_server test -w "$candidate"; then base="$candidate"; break; fi
  rmdir "$candidate"
done
[ -n "$base" ] || die "no temporary folder the $owner user can write to (tried \$TMPDIR, /tmp, /var/tmp, /dev/shm)"
data="$base/data"
log="$base/server.log"

port="${BACKPLAN_TEST_POSTGRES_PORT:-}"
if [ -z "$port" ]; then
  port="$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()')"
fi
password="$(python3 -c 'import secrets; print(secrets.token_hex(16))')"

pwfile="$base/superuser-password"
python3 -c 'import secrets; print(secrets.token_hex(16))' > "$pwfile"
chown "$owner" "$pwfile"
chmod 0600 "$pwfile"

as_server "$bindir/initdb" -D "$data" -U postgres --pwfile="$pwfile" -E UTF8 --locale=C.UTF-8 \
  --auth-local=trust --auth-host=scram-sha-256 >"$base/initdb.log" 2>&1 \
  || { cat "$base/initdb.log" >&2; die "initdb failed"; }

as_server "$bindir/pg_ctl" -D "$data" -l "$log" -w -t 60 \
  -o "-c listen_addresses=127.0.0.1 -c port=$port -c unix_socket_directories=$base \
      -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200" \
  start >&2 || { cat "$log" >&2 2>/dev/null || true; die "the server did not start (log above)"; }
started=1

psql_admin() { as_server "$bindir/psql" -X -q -v ON_ERROR_STOP=1 -h "$base" -p "$port" -U postgres -d postgres "$@"; }
psql_admin -c "CREATE ROLE backplan_test LOGIN CREATEDB PASSWORD '$password'" >&2 \
  || die "could not create the role backplan_test"
psql_admin -c "CREATE DATABASE backplan_test OWNER backplan_test" >&2 \
  || die "could not create the database backplan_test"

url="postgresql+psycopg://backplan_test@127.0.0.1:$port/backplan_test"
# Check the way the tests will connect: over TCP, with the password from PGPASSWORD.
PGPASSWORD="$password" "$bindir/psql" -X -q -h 127.0.0.1 -p "$port" -U backplan_test -d backplan_test \
  -c "SELECT 1" >/dev/null 2>&1 </dev/null || die "the server runs but backplan_test cannot log in over TCP"

say "PostgreSQL $("$bindir/postgres" --version | awk '{print $3}') is up on 127.0.0.1:$port (data in $base)"
say "stop it and remove its folder with: BACKPLAN_TEST_POSTGRES_DATA=$data bash .ci/postgres.sh --stop"
echo "export BACKPLAN_TEST_POSTGRES_URL='$url'"
echo "export PGPASSWORD='$password'"
echo "export BACKPLAN_TEST_POSTGRES_DATA='$data'"
# For the tests that stop and start this server under a running window (pg_ctl, run as
# the server's user when the tests run as root).
echo "export BACKPLAN_TEST_PG_CTL='$bindir/pg_ctl'"
echo "export BACKPLAN_TEST_PG_USER='$owner'"
