#!/usr/bin/env bash
# The full chaos campaign, one command (see docs/reliability.md, "Chaos suite"):
#
#   bash bench/chaos.sh              # from the repo root
#
# Kill -9 at every step of a ~50-step plan (PostgreSQL, SQLite, MySQL), 100 trials of two concurrent
# applies per database, and 1,000 generated bad inputs per command family. Needs MariaDB/MySQL on
# 127.0.0.1:3306 (root, no password; SYNCDB_TEST_MYSQL_URL overrides); PostgreSQL is embedded.
# The build runs a bounded sample of the same tests (3 kill points per database, 10 trials, 50 inputs).
# Surefire's per-class output (syncdb-cli/target/surefire-reports/*Chaos*-output.txt) has the figures.
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q -pl syncdb-cli -am \
  -Dtest='ChaosKillTest,ChaosConcurrentApplyTest,ChaosBadInputProperties' -Dsurefire.failIfNoSpecifiedTests=false \
  -Dsyncdb.chaos=full -Djqwik.tries.default=1000 "$@" test
grep -h '^chaos ' syncdb-cli/target/surefire-reports/*Chaos*-output.txt || true
