#!/usr/bin/env bash
# A local PostgreSQL for the tests on a fresh Debian machine without systemd (run as root).
# Idempotent: installs the server only if missing, starts the cluster unless it runs, creates
# role "kg" (password "kg") and database "kg_test" owned by it. Everything goes to stderr except
# the last line on stdout, the SQLAlchemy URL of the test database:
#   url=$(bash .ci/postgres.sh)
set -euo pipefail
exec 3>&1 1>&2

HOST=127.0.0.1
PORT=5432
ROLE=kg
PASSWORD=kg
DATABASE=kg_test

if [ "$(id -u)" -ne 0 ]; then
  echo "postgres.sh: must run as root (apt-get, pg_ctlcluster)." >&2
  exit 1
fi
export DEBIAN_FRONTEND=noninteractive

installed_version() {
  # The newest installed server major version (e.g. 15), empty if none.
  local server
  for server in /usr/lib/postgresql/*/bin/postgres; do
    if [ -x "$server" ]; then basename "$(dirname "$(dirname "$server")")"; fi
  done | sort -n | tail -n 1
}

version=$(installed_version)
if [ -z "$version" ] || ! command -v pg_ctlcluster >/dev/null 2>&1; then
  echo "Installing PostgreSQL ..."
  # Refresh the package lists only when apt knows no candidate, or the install fails with
  # the lists it has (stale lists name versions the mirror no longer serves).
  install_server() { apt-get install -y -qq --no-install-recommends postgresql >/dev/null; }
  if ! apt-cache policy postgresql 2>/dev/null | grep -q 'Candidate: [0-9]'; then
    apt-get update -qq
    install_server
  elif ! install_server; then
    apt-get update -qq
    install_server
  fi
  version=$(installed_version)
  [ -n "$version" ] || { echo "postgres.sh: no PostgreSQL server after installing." >&2; exit 1; }
fi
echo "PostgreSQL $version"

# The package normally creates the "main" cluster; create it if it was skipped or removed.
if ! pg_lsclusters -h | awk -v v="$version" '$1 == v && $2 == "main" { found = 1 } END { exit !found }'
then
  pg_createcluster --encoding UTF8 --locale C.UTF-8 "$version" main
fi
port=$(pg_lsclusters -h | awk -v v="$version" '$1 == v && $2 == "main" { print $3 }')
if [ "$port" != "$PORT" ]; then
  echo "postgres.sh: cluster $version/main listens on port $port, expected $PORT." >&2
  exit 1
fi

if pg_ctlcluster "$version" main status >/dev/null 2>&1; then
  echo "Cluster $version/main is already running."
else
  # Exit code 2 means "already running" (a start racing with ours); anything else is real.
  # Fd 3 (our stdout) is closed for the server: a daemon holding it open would make a caller's
  # $(bash .ci/postgres.sh) wait forever.
  pg_ctlcluster "$version" main start 3>&- || [ $? -eq 2 ]
fi

for _ in $(seq 1 60); do
  pg_isready -q -h "$HOST" -p "$PORT" && break
  sleep 0.5
done
pg_isready -h "$HOST" -p "$PORT" || {
  echo "postgres.sh: server not ready on $HOST:$PORT; log:" >&2
  tail -n 30 "/var/log/postgresql/postgresql-$version-main.log" >&2 || true
  exit 1
}

as_postgres() {
  # psql as the superuser over the local socket; run from / to avoid cwd permission warnings.
  (cd / && runuser -u postgres -- psql -X -q -v ON_ERROR_STOP=1 -d postgres "$@")
}

as_postgres -c "DO \$\$ BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '$ROLE') THEN
    CREATE ROLE $ROLE LOGIN PASSWORD '$PASSWORD';
  ELSE
    ALTER ROLE $ROLE LOGIN PASSWORD '$PASSWORD';
  END IF;
END \$\$;"

# German collation (ICU, PostgreSQL 15+), as a dealer's server would have: text then sorts
# unlike SQLite's code point order, so the tests catch results that depend on ORDER BY of text.
if [ "$version" -ge 15 ]; then
  locale_clause="LOCALE_PROVIDER icu ICU_LOCALE 'de-DE' LOCALE 'C.UTF-8'"
  wanted_provider=i
else
  locale_clause="LOCALE 'C.UTF-8'"
  wanted_provider=""
fi
exists=$(as_postgres -tA -c "SELECT 1 FROM pg_database WHERE datname = '$DATABASE'")
if [ -n "$exists" ] && [ -n "$wanted_provider" ] && [ "$(as_postgres -tA -c \
  "SELECT datlocprovider FROM pg_database WHERE datname = '$DATABASE'")" != "$wanted_provider" ]
then
  echo "Recreating $DATABASE with the wanted collation (it holds only test data)."
  as_postgres -c "DROP DATABASE $DATABASE WITH (FORCE)"
  exists=""
fi
if [ -z "$exists" ]; then
  as_postgres -c "CREATE DATABASE $DATABASE OWNER $ROLE ENCODING 'UTF8' $locale_clause
    TEMPLATE template0"
else
  as_postgres -c "ALTER DATABASE $DATABASE OWNER TO $ROLE"
fi

# Prove that the role logs in with its password over TCP.
PGPASSWORD=$PASSWORD psql -X -q -h "$HOST" -p "$PORT" -U "$ROLE" -d "$DATABASE" -tA \
  -c "SELECT 1" >/dev/null
echo "Database $DATABASE ready for role $ROLE on $HOST:$PORT."

echo "postgresql+psycopg://$ROLE:$PASSWORD@$HOST:$PORT/$DATABASE" >&3
