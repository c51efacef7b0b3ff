#!/usr/bin/env bash
# The rows-per-second rates behind the duration estimates of online plans ("lock: ..., ~N s"; see
# docs/performance.md, "Duration estimates"): on a table of ROWS rows (default 1,000,000) it times
# the statements whose length grows with the table, on PostgreSQL and on MariaDB / MySQL, and prints
# rows per second for each:
#
#   bash bench/online_rates.sh               # PG_URL and MYSQL_ARGS name the servers
#
# PostgreSQL: CREATE INDEX CONCURRENTLY (index), VALIDATE CONSTRAINT of a CHECK (scan), ALTER COLUMN
# TYPE int -> bigint (rewrite). MySQL / MariaDB: ADD INDEX, ALGORITHM=INPLACE, LOCK=NONE (in place),
# MODIFY int -> bigint, ALGORITHM=COPY (copy). Each is run RUNS times (default 2); the best run is printed.
set -euo pipefail
ROWS="${ROWS:-1000000}"
RUNS="${RUNS:-2}"
PG_URL="${PG_URL:-postgresql://postgres@127.0.0.1:5432/postgres}"
MYSQL_ARGS="${MYSQL_ARGS:--h 127.0.0.1 -u root}"
DB=syncdb_rates

now() { date +%s.%N; }
rate() { python3 -c "import sys; print(f'{int($ROWS / ($2 - $1)):,} rows/s ({$2 - $1:.2f} s)')"; }

pg() { psql -X -q -v ON_ERROR_STOP=1 "$PG_URL" -c "$1" >/dev/null; }
pgdb() { psql -X -q -v ON_ERROR_STOP=1 "${PG_URL%/*}/$DB" -c "$1" >/dev/null; }
best() { # label, setup, statement (runs RUNS times, prints the fastest)
  local label=$1 setup=$2 stmt=$3 fast="" t0 t1
  for _ in $(seq "$RUNS"); do
    $RUNNER "$setup"; t0=$(now); $RUNNER "$stmt"; t1=$(now)
    d=$(python3 -c "print($t1 - $t0)")
    if [ -z "$fast" ] || python3 -c "import sys; sys.exit(0 if $d < $fast else 1)"; then fast=$d; fi
  done
  echo "$label: $(rate 0 "$fast")"
}

pg "DROP DATABASE IF EXISTS $DB"; pg "CREATE DATABASE $DB"
pgdb "CREATE TABLE accounts (id bigint PRIMARY KEY, owner_id int, email text, score bigint);
      INSERT INTO accounts SELECT g, g % 1000 + 1, 'u' || g || '@example.com', g FROM generate_series(1, $ROWS) g"
pgdb "VACUUM ANALYZE accounts"
echo "PostgreSQL $(psql -X -At "$PG_URL" -c 'SHOW server_version'), $ROWS rows, load $(cut -d' ' -f1-3 /proc/loadavg)"
RUNNER=pgdb
best "  index (CREATE INDEX CONCURRENTLY)" "DROP INDEX IF EXISTS accounts_score_idx" \
  "CREATE INDEX CONCURRENTLY accounts_score_idx ON accounts (score)"
best "  scan (VALIDATE CONSTRAINT)" "ALTER TABLE accounts DROP CONSTRAINT IF EXISTS c, ADD CONSTRAINT c CHECK (score > 0) NOT VALID" \
  "ALTER TABLE accounts VALIDATE CONSTRAINT c"
best "  rewrite (ALTER COLUMN TYPE)" "ALTER TABLE accounts ALTER COLUMN owner_id TYPE int" \
  "ALTER TABLE accounts ALTER COLUMN owner_id TYPE bigint"
pg "DROP DATABASE $DB"

my() { mariadb $MYSQL_ARGS -e "$1" $DB >/dev/null; }
mariadb $MYSQL_ARGS -e "DROP DATABASE IF EXISTS $DB; CREATE DATABASE $DB"
my "CREATE TABLE accounts (id bigint PRIMARY KEY, owner_id int, email varchar(100), score bigint);
    INSERT INTO accounts SELECT seq, seq % 1000 + 1, CONCAT('u', seq, '@example.com'), seq FROM seq_1_to_$ROWS;
    ANALYZE TABLE accounts;"
echo "$(mariadb $MYSQL_ARGS -N -e 'SELECT VERSION()'), $ROWS rows, load $(cut -d' ' -f1-3 /proc/loadavg)"
RUNNER=my
best "  in place (ADD INDEX, ALGORITHM=INPLACE, LOCK=NONE)" "DROP INDEX IF EXISTS accounts_score_idx ON accounts" \
  "ALTER TABLE accounts ADD INDEX accounts_score_idx (score), ALGORITHM=INPLACE, LOCK=NONE"
best "  copy (MODIFY int -> bigint, ALGORITHM=COPY)" "ALTER TABLE accounts MODIFY owner_id int" \
  "ALTER TABLE accounts MODIFY owner_id bigint, ALGORITHM=COPY"
mariadb $MYSQL_ARGS -e "DROP DATABASE $DB"
