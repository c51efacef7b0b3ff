#!/usr/bin/env bash
# Times JPA entities as the desired schema: discovery (classpath scan) + Hibernate metamodel and
# script + plan (materialize in the scratch place, inspect, diff, plan), for generated entities.
#
#   bash bench/jpa.sh                    # from the repo root; N = 300 3000, 3 runs each
#   SIZES="300" RUNS=5 bash bench/jpa.sh
#
# Needs python3, Java 17 and Maven (the jar is built when missing). SQLite always; PostgreSQL when
# psql reaches a server (PGHOST/PGPORT/PGUSER, default 127.0.0.1:5432 postgres): only databases
# named syncdb_jpabench_* are created and dropped. For each N and database it runs, in a new JVM
# each time (so JVM start and cold class loading are included):
#   empty   : check --entities ... against an empty database (the plan creates every table)
#   in sync : check again after apply (the usual CI case: nothing to do)
# each twice: "cold", with an empty desired-model cache before every run (scan, Hibernate, scratch
# place, and the cache write), and "cached", with the entry of the unchanged entities in the cache
# (scan and hash, no Hibernate, no scratch place); the cache is a directory of the run's own,
# with ./syncdb's JVM flags (SYNCDB_JAVA_OPTS replaces them, as for the launcher),
# and reports the median wall time and CPU time (user + sys; on a shared machine the CPU time says
# more than the wall time), the scan and metamodel times syncdb reports with --verbose, and the peak RSS. Results: printed, and written to bench/results/jpa-<UTC date>.md.
set -euo pipefail
cd "$(dirname "$0")/.."
SIZES="${SIZES:-300 3000}"
RUNS="${RUNS:-3}"
export PGHOST="${PGHOST:-127.0.0.1}" PGPORT="${PGPORT:-5432}" PGUSER="${PGUSER:-postgres}"
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
[ -f target/syncdb.jar ] || ./syncdb --version >/dev/null
cp target/syncdb.jar "$WORK/syncdb.jar"   # a build during the run must not change the jar being timed
JAR="$WORK/syncdb.jar"
# the JVM flags ./syncdb starts with (the class-data archive aside: it belongs to the jar in target/)
read -r -a JFLAGS <<<"${SYNCDB_JAVA_OPTS:--XX:+UseSerialGC -XX:TieredStopAtLevel=1}"
mkdir -p bench/results
out="bench/results/jpa-$(date -u +%Y-%m-%dT%H%MZ).md"
have_pg=false
psql -X -q -d postgres -c "select 1" >/dev/null 2>&1 && have_pg=true

timed() { # cold|cached args... ; prints "median_wall_s median_cpu_s scan_ms metamodel_ms rss_mib"
  local mode="$1" times=() cpus=() rss=0 scan=0 meta=0
  shift
  if [ "$mode" = cached ]; then   # fill the cache once (not timed)
    java "${JFLAGS[@]}" -jar "$JAR" check --quiet --cache-dir "$WORK/cache" "$@" >/dev/null 2>&1 || true
  fi
  for _ in $(seq "$RUNS"); do
    [ "$mode" = cold ] && rm -rf "$WORK/cache"
    /usr/bin/time -f "%e %M %U %S" -o "$WORK/time" java "${JFLAGS[@]}" -jar "$JAR" check --verbose --cache-dir "$WORK/cache" "$@" >"$WORK/out" 2>"$WORK/err" || true
    if grep -q '^error:' "$WORK/err"; then cat "$WORK/err" >&2; exit 1; fi
    times+=("$(tail -n 1 "$WORK/time" | cut -d' ' -f1)")
    cpus+=("$(tail -n 1 "$WORK/time" | awk '{printf "%.2f", $3 + $4}')")
    m=$(tail -n 1 "$WORK/time" | cut -d' ' -f2); [ "$m" -gt "$rss" ] && rss=$m
    scan=$(grep -oE 'classpath scan [0-9]+' "$WORK/out" | grep -oE '[0-9]+$')
    meta=$(grep -oE 'metamodel and script [0-9]+' "$WORK/out" | grep -oE '[0-9]+$' || echo "(cache)")
  done
  median=$(printf '%s\n' "${times[@]}" | sort -n | sed -n "$(( (RUNS + 1) / 2 ))p")
  cpu=$(printf '%s\n' "${cpus[@]}" | sort -n | sed -n "$(( (RUNS + 1) / 2 ))p")
  echo "$median $cpu $scan $meta $((rss / 1024))"
}

row() { # n db label url ; a cold and a cached row
  for mode in cold cached; do
    read -r t c s m r < <(timed "$mode" --url "$4" --entities bench --classpath "$WORK/$1/classes")
    echo "| $1 | $2 | $3 | $mode | $t | $c | $s | $m | $r |"
  done
}

{
  echo "# JPA entities benchmark, $(date -u +%Y-%m-%d)"
  echo
  echo "Machine: $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GiB; $(java -version 2>&1 | head -n 1);" \
       "load average at start: $(cut -d' ' -f1-3 /proc/loadavg). $RUNS runs each, a new JVM per run (\`java ${JFLAGS[*]} -jar syncdb.jar\`, the launcher's flags); wall time is the median."
  echo
  echo "| entities | database | case | cache | wall s (JVM start included) | CPU s (user + sys) | scan ms | metamodel + script ms | peak RSS MiB |"
  echo "|---:|---|---|---|---:|---:|---:|---:|---:|"
  for n in $SIZES; do
    python3 bench/gen_entities.py "$n" "$WORK/$n/src"
    mkdir -p "$WORK/$n/classes"
    find "$WORK/$n/src" -name '*.java' > "$WORK/$n/files"
    javac -nowarn -cp "$JAR" -d "$WORK/$n/classes" @"$WORK/$n/files"
    db="$WORK/$n/bench.db"
    python3 -c "import sqlite3,sys; sqlite3.connect(sys.argv[1]).execute('vacuum')" "$db"
    row "$n" "SQLite" "empty" "sqlite:$db"
    java -jar "$JAR" apply --auto --no-backup --quiet --no-cache --url "sqlite:$db" --entities bench --classpath "$WORK/$n/classes" >/dev/null
    row "$n" "SQLite" "in sync" "sqlite:$db"
    if $have_pg; then
      pgdb="syncdb_jpabench_$n"
      url="postgresql://$PGUSER@$PGHOST:$PGPORT/$pgdb"
      psql -X -q -d postgres -c "DROP DATABASE IF EXISTS $pgdb" -c "CREATE DATABASE $pgdb" >/dev/null 2>&1
      row "$n" "PostgreSQL $(psql -X -qAt -d postgres -c 'show server_version' | cut -d' ' -f1)" "empty" "$url"
      # apply runs in one transaction, which takes a lock per table: 3,000 tables exceed the default
      # max_locks_per_transaction ("out of shared memory"), so the planned SQL is run statement by statement
      java -jar "$JAR" plan --quiet --no-cache --url "$url" --entities bench --classpath "$WORK/$n/classes" \
        | psql -X -q -v ON_ERROR_STOP=1 -d "$pgdb" >/dev/null
      row "$n" "PostgreSQL" "in sync" "$url"
      psql -X -q -d postgres -c "DROP DATABASE IF EXISTS $pgdb" >/dev/null 2>&1
    fi
  done
} | tee "$out"
echo "written: $out" >&2
