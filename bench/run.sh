#!/usr/bin/env bash
# syncdb's benchmark, one command, side by side with the lower bound and the peer tools:
#
#   bash bench/run.sh                         # from the repo root: N = 100 1000 5000, 3 timed runs each
#   SIZES="100 1000" RUNS=5 bash bench/run.sh
#   SIZES="1000 5000 20000" bash bench/run.sh   # the issue-18 run (on an idle machine)
#   TOOLS="lower_bound syncdb_two_db" SQLITE=0 bash bench/run.sh
#   FLEET=1000 bash bench/run.sh              # also the fleet scenario (bench/fleet.sh) at 1,000 tenants
#   JPA="300 3000" bash bench/run.sh          # also JPA entities (bench/jpa.sh) at those sizes
#   SIZES="1000 5000 20000" JPA="300 3000" FLEET=1000 bash bench/run.sh   # every row of issue 18, one run
#
# On the generated schemas the peers were measured on (../shared/bench: gen_schema.py, queries.sql,
# apgdiff_pipeline.sh, deps/; PEERS=DIR to point elsewhere), for each N it times, end to end:
#   lower_bound     the bulk catalog queries (queries.sql) on both databases through psql
#   lower_bound_one the same on the current database alone (what a cached check needs to read)
#   psql_load       psql loading desired.sql into a fresh database (what materializing costs psql)
#   jvm_start       ./syncdb --version (the launcher's JVM start and exit)
#   syncdb_two_db   ./syncdb check --url CUR --desired-url DES
#   syncdb_cold     ./syncdb check --url CUR --schema desired.sql, empty cache
#   syncdb_cached   the same with the desired model in the cache
#   migra, apgdiff  the peers, with the commands of ../shared/bench/BASELINE.md
# and, with SQLITE=1 (default), the same generator's shape converted to SQLite (sqlite_*), plus a
# no-op check of a small SQLite database (sqlite_noop, JVM start to exit).
# Each measure: one probe run (syncdb with --timings: phases, peak heap; /usr/bin/time: peak RSS),
# then RUNS timed runs (min / median / max); when the probe took over SLOW_S seconds, the probe and
# one more run are the two samples. PREPARE_ONLY=1 generates and loads the databases and stops.
# Needs PostgreSQL (PGHOST/PGPORT/PGUSER, default 127.0.0.1:5432 postgres, trust auth), psql and
# pg_dump, python3, Java 17 and Maven; installs what it lacks: GNU time and apgdiff with apt-get (as
# root), migra with npm into bench/scratch/.
# Only databases named bench_sd_* are created and dropped. Results: bench/results/<UTC time>.md,
# .tsv (raw), .png (chart; needs python3-matplotlib) and .d/ (each probe run's --timings output).
set -euo pipefail
cd "$(dirname "$0")/.."
SIZES="${SIZES:-100 1000 5000}"
RUNS="${RUNS:-3}"
SLOW_S="${SLOW_S:-45}"            # a probe slower than this: it and one more run are the samples
SQLITE="${SQLITE:-1}"
FLEET="${FLEET:-0}"               # tenants for the fleet scenario (bench/fleet.sh) after the sizes; 0: not run
FLEET_LOOP_N="${FLEET_LOOP_N:-20}" # tenants the shell loop it is compared with runs over
JPA="${JPA:-}"                    # entity counts for bench/jpa.sh after the sizes; empty: not run
PEERS_MAX_N="${PEERS_MAX_N:-5000}"  # migra and apgdiff are only timed up to this N (minutes each above it)
TOOLS="${TOOLS:-lower_bound lower_bound_one psql_load jvm_start syncdb_two_db syncdb_cold syncdb_cached migra apgdiff}"
export PGHOST="${PGHOST:-127.0.0.1}" PGPORT="${PGPORT:-5432}" PGUSER="${PGUSER:-postgres}"
WORK=bench/scratch
PY=python3
[ -x /usr/bin/python3 ] && PY=/usr/bin/python3   # Debian's python3, where python3-matplotlib lives
STAMP="$(date -u +%Y-%m-%dT%H%MZ)"
OUT="bench/results/$STAMP"
TSV="$OUT.tsv"
TMP="$WORK/tmp"
mkdir -p "$WORK" "$TMP" bench/results

log() { echo "[$(date -u +%H:%M:%S)] $*" >&2; }

find_peers() {
  for d in "${PEERS:-}" ../shared/bench ../../shared/bench; do
    if [ -n "$d" ] && [ -f "$d/gen_schema.py" ]; then PEERS="$(cd "$d" && pwd)"; return; fi
  done
  echo "bench: ../shared/bench (gen_schema.py, queries.sql) not found; set PEERS=DIR" >&2
  exit 1
}

setup() {
  local need=()
  [ -x /usr/bin/time ] || need+=(time)
  command -v apgdiff >/dev/null || need+=(apgdiff)
  if [ ${#need[@]} -gt 0 ] && [ "$(id -u)" = 0 ]; then
    log "apt-get install ${need[*]}"
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}" >/dev/null || true
  fi
  [ -x /usr/bin/time ] || { echo "bench: GNU time (/usr/bin/time) is needed" >&2; exit 1; }
  if [ ! -f "$WORK/migra/node_modules/@pgkit/migra/dist/command.js" ] && command -v npm >/dev/null; then
    log "npm install @pgkit/migra into $WORK/migra"
    mkdir -p "$WORK/migra" && cp "$PEERS/deps/migra-package.json" "$WORK/migra/package.json"
    (cd "$WORK/migra" && npm install --no-audit --no-fund --silent) || log "migra could not be installed; skipped"
  fi
  log "building syncdb (jar and class-data archive)"
  ./syncdb --version >/dev/null
}

# ---------------------------------------------------------------- data
load_pg() { # db file: (re)load unless the database already holds this file (checksum in its comment)
  local db=$1 f=$2 sum
  sum=$(sha256sum "$f" | cut -c1-16)
  if [ "$(psql -X -At -d postgres -c "SELECT shobj_description(oid, 'pg_database') FROM pg_database WHERE datname = '$db'")" = "$sum" ]; then
    return
  fi
  psql -X -q -d postgres -c "DROP DATABASE IF EXISTS $db" -c "CREATE DATABASE $db" >/dev/null 2>&1
  psql -X -q -v ON_ERROR_STOP=1 -d "$db" -f "$f" >/dev/null
  psql -X -q -d "$db" -c "VACUUM ANALYZE" >/dev/null
  psql -X -q -d postgres -c "COMMENT ON DATABASE $db IS '$sum'" >/dev/null
}

# SQLite's cost of one CREATE grows with the schema (it scans sqlite_schema for the new entry), so a
# reference database of 20,000 tables takes minutes of CPU whatever the loader; no journal, no sync
# (a reference database is rebuilt from its file when anything goes wrong)
load_sqlite() { # file.db file.sql: (re)load unless the database is newer than the file
  [ -f "$1" ] && [ "$1" -nt "$2" ] && return
  rm -f "$1"
  $PY -c 'import sqlite3, sys; c = sqlite3.connect(sys.argv[1]); c.executescript("PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF; BEGIN;\n" + open(sys.argv[2]).read() + "\nCOMMIT;"); c.close()' "$1" "$2"
}

prepare() {
  local n=$1 d="$WORK/data/$1"
  if [ ! -f "$d/desired.sql" ]; then $PY "$PEERS/gen_schema.py" "$n" "$d" >/dev/null; fi
  log "N=$n: loading bench_sd_cur_$n and bench_sd_des_$n"
  load_pg "bench_sd_cur_$n" "$d/current.sql"
  load_pg "bench_sd_des_$n" "$d/desired.sql"
  if [ "$SQLITE" = 1 ]; then
    [ -f "$d/sqlite_current.sql" ] || $PY bench/sqlite_schema.py "$d/current.sql" "$d/sqlite_current.sql"
    [ -f "$d/sqlite_desired.sql" ] || $PY bench/sqlite_schema.py "$d/desired.sql" "$d/sqlite_desired.sql"
    load_sqlite "$d/sqlite_cur.db" "$d/sqlite_current.sql"
    load_sqlite "$d/sqlite_des.db" "$d/sqlite_desired.sql"
  fi
  # write the loads' dirty pages out now, not in the first measured run (DROP DATABASE checkpoints)
  psql -X -q -d postgres -c "CHECKPOINT" >/dev/null 2>&1 || true
}

# ---------------------------------------------------------------- commands (cwd: repo root)
url() { echo "postgresql://$PGUSER@$PGHOST:$PGPORT/$1"; }
LB() { echo "psql -X -At -v ON_ERROR_STOP=1 -f $PEERS/queries.sql -o /dev/null -d $1"; }
cmd_lower_bound() { echo "$(LB "bench_sd_cur_$1") && $(LB "bench_sd_des_$1")"; }
cmd_lower_bound_one() { LB "bench_sd_cur_$1"; }
prep_psql_load() { echo "psql -X -q -d postgres -c 'DROP DATABASE IF EXISTS bench_sd_load' -c 'CREATE DATABASE bench_sd_load' >/dev/null 2>&1"; }
cmd_psql_load() { echo "psql -X -q -v ON_ERROR_STOP=1 -d bench_sd_load -f $WORK/data/$1/desired.sql >/dev/null"; }
cmd_jvm_start() { echo "./syncdb --version"; }
cmd_syncdb_two_db() { echo "./syncdb check --url $(url "bench_sd_cur_$1") --desired-url $(url "bench_sd_des_$1")"; }
prep_syncdb_cold() { echo "rm -rf $WORK/cache-cold"; }
cmd_syncdb_cold() { echo "./syncdb check --cache-dir $WORK/cache-cold --url $(url "bench_sd_cur_$1") --schema $WORK/data/$1/desired.sql"; }
cmd_syncdb_cached() { echo "./syncdb check --cache-dir $WORK/cache --url $(url "bench_sd_cur_$1") --schema $WORK/data/$1/desired.sql"; }
cmd_migra() {
  [ -f "$WORK/migra/node_modules/@pgkit/migra/dist/command.js" ] || return 1
  echo "node $WORK/migra/node_modules/@pgkit/migra/dist/command.js run $(url "bench_sd_cur_$1") $(url "bench_sd_des_$1") --unsafe > $TMP/migra_$1.sql"
}
cmd_apgdiff() { command -v apgdiff >/dev/null || return 1; echo "sh $PEERS/apgdiff_pipeline.sh bench_sd_cur_$1 bench_sd_des_$1 $TMP"; }
SQ() { echo "sqlite:$WORK/data/$1/$2"; }
cmd_sqlite_two_db() { echo "./syncdb check --url $(SQ "$1" sqlite_cur.db) --desired-url $(SQ "$1" sqlite_des.db)"; }
prep_sqlite_cold() { prep_syncdb_cold; }
cmd_sqlite_cold() { echo "./syncdb check --cache-dir $WORK/cache-cold --url $(SQ "$1" sqlite_cur.db) --schema $WORK/data/$1/sqlite_desired.sql"; }
cmd_sqlite_cached() { echo "./syncdb check --cache-dir $WORK/cache --url $(SQ "$1" sqlite_cur.db) --schema $WORK/data/$1/sqlite_desired.sql"; }
cmd_sqlite_noop() { echo "./syncdb check --url sqlite:$WORK/noop.db --schema examples/demo/v1.sql"; }

# ---------------------------------------------------------------- timing
# run_once CMD [PREP]: prints "wall_s rss_kib rc"; stdout of CMD goes to $TMP/out, stderr to $TMP/err
run_once() {
  local t0 t1 rc
  [ -n "${2:-}" ] && sh -c "$2"
  t0=$(date +%s.%N)
  set +e
  /usr/bin/time -f "%M" -o "$TMP/rss" sh -c "$1" >"$TMP/out" 2>"$TMP/err"
  rc=$?
  set -e
  t1=$(date +%s.%N)
  echo "$(echo "$t1 - $t0" | bc) $(tail -n 1 "$TMP/rss") $rc"
}

# measure TOOL N: probe + RUNS timed runs; appends a row to $TSV
measure() {
  local tool=$1 n=$2 cmd prep="" probe wall rss rc times=() maxrss=0 steps="" heap="" cache=""
  case "$tool" in migra|apgdiff) [ "$n" -le "$PEERS_MAX_N" ] || { log "N=$n $tool: above PEERS_MAX_N, skipped"; return; } ;; esac
  cmd=$("cmd_$tool" "$n") || { log "N=$n $tool: not available, skipped"; return; }
  declare -F "prep_$tool" >/dev/null && prep=$("prep_$tool" "$n")
  probe="$cmd"
  case "$tool" in *_cached) run_once "$cmd" >/dev/null ;; esac   # fills the cache first
  case "$tool" in syncdb_*|sqlite_*) probe="$cmd --timings" ;; esac
  read -r wall rss rc <<<"$(run_once "$probe" "$prep")"
  if [ "$rc" != 0 ] && [ "$rc" != 2 ]; then
    log "N=$n $tool: FAILED (exit $rc): $(head -c 300 "$TMP/err")"
    printf '%s\t%s\t0\t\t\t\t%s\t\t\tfailed (exit %s)\n' "$n" "$tool" "$((rss / 1024))" "$rc" >> "$TSV"
    return
  fi
  maxrss=$rss
  steps=$(grep -oE '^[0-9]+ steps' "$TMP/out" | grep -oE '^[0-9]+' || true)
  if grep -q '^timings:' "$TMP/err"; then
    cp "$TMP/err" "$OUT.d/${tool}_$n.timings.txt"
    heap=$(awk '/peak heap/ {print $3}' "$TMP/err")
    cache=$(awk '$1 == "cache" && $2 != "read" && $2 != "write" {$1 = ""; sub(/^ +/, ""); print}' "$TMP/err")
  fi
  local runs=$RUNS
  if [ "$(echo "$wall > $SLOW_S" | bc)" = 1 ]; then
    runs=1; times+=("$wall")   # a slow measure: the probe counts as a sample, one more run
  fi
  for _ in $(seq "$runs"); do
    read -r wall rss rc <<<"$(run_once "$cmd" "$prep")"
    times+=("$wall"); [ "$rss" -gt "$maxrss" ] && maxrss=$rss
  done
  read -r med min max <<<"$(printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR] = $1} END {m = (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2; printf "%.3f %.3f %.3f", m, a[1], a[NR]}')"
  log "N=$n $tool: median ${med}s (min $min, max $max), peak RSS $((maxrss / 1024)) MiB${heap:+, heap $heap MiB}${steps:+, $steps steps}${cache:+, cache $cache}"
  printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$n" "$tool" "${#times[@]}" "$med" "$min" "$max" "$((maxrss / 1024))" \
    "$heap" "$steps" "$cache" >> "$TSV"
}

machine() {
  echo "date: $(date -u +%Y-%m-%dT%H:%MZ)"
  echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB RAM, $(. /etc/os-release; echo "$PRETTY_NAME")"
  echo "cpu: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ //')"
  echo "postgresql: $(psql -X -At -d postgres -c 'SHOW server_version')"
  echo "java: $(java -version 2>&1 | head -n 1)"
  echo "syncdb: $(./syncdb --version) (${SYNCDB_COMMIT:-$(git rev-parse --short HEAD 2>/dev/null || echo '?')})"
  [ -f "$WORK/migra/node_modules/@pgkit/migra/package.json" ] && echo "migra: @pgkit/migra $(node -p "require('./$WORK/migra/node_modules/@pgkit/migra/package.json').version"), node $(node --version)"
  command -v apgdiff >/dev/null && echo "apgdiff: $(dpkg-query -W -f '${Version}' apgdiff 2>/dev/null || echo '?')"
  echo "runs: 1 probe + $RUNS timed per figure (probe + 1 when the probe took over $SLOW_S s)"
}

main() {
  find_peers
  setup
  if [ "${PREPARE_ONLY:-0}" = 1 ]; then
    for n in $SIZES; do prepare "$n"; done
    return
  fi
  mkdir -p "$OUT.d"
  { machine; echo "load before: $(cut -d' ' -f1-3 /proc/loadavg)"; } > "$OUT.machine.txt"
  printf 'n\ttool\truns\tmedian_s\tmin_s\tmax_s\tpeak_rss_mib\tpeak_heap_mib\tsteps\tcache\n' > "$TSV"
  for n in $SIZES; do
    prepare "$n"
    $PY -c "import json; print(json.load(open('$WORK/data/$n/expected.json'))['counts']['total'])" > "$OUT.d/expected_$n.txt"
    for tool in $TOOLS; do
      measure "$tool" "$n"
    done
    if [ "$SQLITE" = 1 ]; then
      for tool in sqlite_two_db sqlite_cold sqlite_cached; do measure "$tool" "$n"; done
    fi
  done
  psql -X -q -d postgres -c "DROP DATABASE IF EXISTS bench_sd_load" >/dev/null 2>&1 || true
  if [ "$SQLITE" = 1 ]; then
    rm -f "$WORK/noop.db"
    ./syncdb apply --auto --no-backup --url "sqlite:$WORK/noop.db" --schema examples/demo/v1.sql >/dev/null
    RUNS=$((RUNS < 10 ? 10 : RUNS)) measure sqlite_noop 0
  fi
  echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)" >> "$OUT.machine.txt"
  $PY bench/report.py "$TSV" "$OUT.machine.txt" "$OUT.md" "$OUT.png"
  if [ -n "$JPA" ]; then
    log "JPA entities: $JPA (bench/jpa.sh)"
    SIZES="$JPA" RUNS="$RUNS" bash bench/jpa.sh >/dev/null
    { echo; echo "## JPA entities ($JPA, bench/jpa.sh)"; echo;
      sed -n '/^|/,$p' "$(ls -t bench/results/jpa-*.md | sed -n 1p)"; } >> "$OUT.md"
  fi
  if [ "$FLEET" != 0 ]; then
    log "fleet scenario: $FLEET tenants (bench/fleet.sh)"
    SIZES="$FLEET" LOOP_N="$FLEET_LOOP_N" bash bench/fleet.sh
    { echo; echo "## Fleet scenario ($FLEET tenant schemas, bench/fleet.sh)"; echo;
      sed -n '/^|/,$p' "$(ls -t bench/results/fleet-*.md | sed -n 1p)"; } >> "$OUT.md"
  fi
  log "written: $OUT.md ($OUT.tsv, $OUT.png)"
}

main "$@"
