#!/usr/bin/env bash
# The writer's longest wait while syncdb changes a live table, with and without --online
# (see docs/performance.md, "Changing live tables"):
#
#   bash bench/online.sh                     # from the repo root; 1,000,000 rows
#   ROWS=200000 bash bench/online.sh
#
# On a table of ROWS rows it adds an index, a foreign key, NOT NULL and a unique key (the change of
# OnlinePostgresTest) while a writer on another connection inserts and updates rows one autocommit
# statement at a time, once with --no-online (one transaction, the usual locks) and once with --online;
# it prints the apply's duration and the writer's longest single statement for each. PostgreSQL is the
# embedded one, or the server of SYNCDB_TEST_PG_URL.
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q -o -pl syncdb-cli -am -Dtest='OnlineBenchmark' -Dsurefire.failIfNoSpecifiedTests=false \
  -Dsyncdb.bench=online -Dsyncdb.bench.rows="${ROWS:-1000000}" test
grep -h '^online-bench ' syncdb-cli/target/surefire-reports/*OnlineBenchmark*-output.txt \
  syncdb-cli/target/surefire-reports/TEST-*OnlineBenchmark.xml 2>/dev/null | sort -u || true
