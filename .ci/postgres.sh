#!/usr/bin/env bash
# Installs (if missing) and starts Debian's PostgreSQL, and creates an empty test database.
# Writes .ci/postgres.env with the ADVISOR_TEST_POSTGRES_* variables the test reads.
set -euo pipefail
cd "$(dirname "$0")"
if ! command -v pg_ctlcluster >/dev/null 2>&1; then
    apt-get update -qq >/dev/null
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
fi
version=$(ls /usr/lib/postgresql | sort -n | tail -1)
if ! pg_lsclusters -h | grep -q online; then
    pg_ctlcluster "$version" main start
fi
for _ in $(seq 1 30); do
    su postgres -c "pg_isready -q" && break
    sleep 1
done
su postgres -c "psql -q -v ON_ERROR_STOP=1" <<'SQL'
DROP DATABASE IF EXISTS advisor_test;
DO $$ BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'advisor') THEN
    CREATE ROLE advisor LOGIN PASSWORD 'advisor';
  END IF;
END $$;
CREATE DATABASE advisor_test OWNER advisor;
SQL
cat > postgres.env <<'ENV'
export ADVISOR_TEST_POSTGRES_URL=jdbc:postgresql://localhost:5432/advisor_test
export ADVISOR_TEST_POSTGRES_USER=advisor
export ADVISOR_TEST_POSTGRES_PASSWORD=advisor
ENV
echo "PostgreSQL $version ready: database advisor_test"
