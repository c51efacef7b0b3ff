#!/usr/bin/env bash
# syncdb's benchmark on the generated PostgreSQL schemas the peer tools were timed on
# (../shared/bench/gen_schema.py; figures of the peers: ../shared/bench/BASELINE.md).
#
#   bash bench/run.sh                      # from the repo root; N = 100 1000 5000, 3 runs each
#   SIZES="1000" RUNS=5 bash bench/run.sh
#
# Needs a PostgreSQL server (PGHOST/PGPORT/PGUSER, default 127.0.0.1:5432 postgres, trust auth),
# python3, Java 17 and Maven. Only databases named syncdb_bench_* are created and dropped.
# For each N it times, end to end (JVM start included), with the peak RSS of the syncdb process:
#   two-db : check --url <current db> --desired-url <desired db>   (what the peers do)
#   schema : check --url <current db> --schema desired.sql         (desired built in a scratch db)
# and checks that the number of planned steps matches the generator's expected changes.
# Results: bench/results/<UTC date>.md (also printed).
set -euo pipefail
cd "$(dirname "$0")/.."
SIZES="${SIZES:-100 1000 5000}"
RUNS="${RUNS:-3}"
GEN="${GEN:-../shared/bench/gen_schema.py}"
export PGHOST="${PGHOST:-127.0.0.1}" PGPORT="${PGPORT:-5432}" PGUSER="${PGUSER:-postgres}"
BASE="postgresql://$PGUSER@$PGHOST:$PGPORT"
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
[ -f "$GEN" ] || { echo "bench: generator not found at $GEN (set GEN=...)" >&2; exit 1; }
[ -f target/syncdb.jar ] || ./syncdb --version >/dev/null
mkdir -p bench/results
out="bench/results/$(date -u +%Y-%m-%dT%H%MZ).md"

load() { # db file
  psql -X -q -v ON_ERROR_STOP=1 -d postgres -c "DROP DATABASE IF EXISTS $1" -c "CREATE DATABASE $1" >/dev/null 2>&1
  psql -X -q -v ON_ERROR_STOP=1 -d "$1" -f "$2" >/dev/null
  psql -X -q -d "$1" -c "VACUUM ANALYZE" >/dev/null
}

timed() { # label args... ; prints "median min max rss steps"
  local times=() rss=0 steps=0
  for _ in $(seq "$RUNS"); do
    /usr/bin/time -f "%e %M" -o "$WORK/time" java -jar target/syncdb.jar check "$@" >"$WORK/out" 2>"$WORK/err" || true
    t=$(tail -n 1 "$WORK/time" | cut -d' ' -f1); m=$(tail -n 1 "$WORK/time" | cut -d' ' -f2)
    times+=("$t"); [ "$m" -gt "$rss" ] && rss=$m
    steps=$(grep -oE '^[0-9]+ steps' "$WORK/out" | grep -oE '^[0-9]+' || echo 0)
  done
  sorted=$(printf '%s\n' "${times[@]}" | sort -n)
  echo "$(echo "$sorted" | sed -n "$(( (RUNS + 1) / 2 ))p") $(echo "$sorted" | head -n 1) $(echo "$sorted" | tail -n 1) $((rss / 1024)) $steps"
}

{
  echo "# syncdb benchmark, $(date -u +%Y-%m-%d)"
  echo
  echo "Machine: $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GiB; $(java -version 2>&1 | head -n 1);"
  echo "server: $(psql -X -At -d postgres -c 'SHOW server_version'); $RUNS runs per figure (median, min-max); wall time includes JVM start."
  echo
  echo "| N | mode | median s (min-max) | peak RSS MiB | steps planned | changes expected |"
  echo "|---:|---|---|---:|---:|---:|"
} | tee "$out"
for n in $SIZES; do
  python3 "$GEN" "$n" "$WORK/$n" >/dev/null
  load "syncdb_bench_cur_$n" "$WORK/$n/current.sql"
  load "syncdb_bench_des_$n" "$WORK/$n/desired.sql"
  expected=$(python3 -c "import json,sys; print(json.load(open('$WORK/$n/expected.json'))['counts']['total'])")
  read -r med min max rss steps <<<"$(timed --url "$BASE/syncdb_bench_cur_$n" --desired-url "$BASE/syncdb_bench_des_$n")"
  echo "| $n | two-db | $med ($min-$max) | $rss | $steps | $expected |" | tee -a "$out"
  read -r med min max rss steps <<<"$(timed --url "$BASE/syncdb_bench_cur_$n" --schema "$WORK/$n/desired.sql")"
  echo "| $n | schema | $med ($min-$max) | $rss | $steps | $expected |" | tee -a "$out"
  psql -X -q -d postgres -c "DROP DATABASE syncdb_bench_cur_$n" -c "DROP DATABASE syncdb_bench_des_$n" >/dev/null
done
echo "written: $out"
