#!/usr/bin/env bash
# Fleet benchmark: N tenant schemas of TABLES tables each on one PostgreSQL database, brought to a
# new desired schema (one more column and one more index on every table) two ways:
#   fleet  one run:   syncdb apply --auto --no-backup --schema-name-pattern 'tenant_%'
#   loop   a shell loop calling syncdb apply --auto --no-backup --schema-name tenant_X once per
#          tenant, over the first LOOP_N of the largest size's tenants (default: all); also per tenant
# and, to see whether memory grows with the fleet, the fleet apply at every size in SIZES.
# Each figure is one run: wall time and peak RSS (GNU time; for the loop, the largest of its runs),
# with an empty desired-model cache at the start of each (the loop's later runs may hit it).
#
#   bash bench/fleet.sh                             # N = 1000 tenants, 20 tables each
#   SIZES="50 200" LOOP_N=50 bash bench/fleet.sh    # smaller
#
# Needs PostgreSQL (PGHOST/PGPORT/PGUSER, default 127.0.0.1:5432 postgres, trust auth), psql, GNU time
# and Java 17 + Maven (./syncdb builds the jar). Only the database bench_sd_fleet is created and
# dropped. Writes bench/results/fleet-<UTC time>.md.
set -euo pipefail
cd "$(dirname "$0")/.."
SIZES="${SIZES:-1000}"
LOOP_N="${LOOP_N:-}"
TABLES="${TABLES:-20}"
PARALLEL="${PARALLEL:-4}"
export PGHOST="${PGHOST:-127.0.0.1}" PGPORT="${PGPORT:-5432}" PGUSER="${PGUSER:-postgres}"
DB=bench_sd_fleet
URL="postgresql://$PGUSER@$PGHOST:$PGPORT/$DB"
WORK=bench/scratch/fleet
STAMP="$(date -u +%Y-%m-%dT%H%MZ)"
OUT="bench/results/fleet-$STAMP.md"
mkdir -p "$WORK" bench/results
log() { echo "[$(date -u +%H:%M:%S)] $*" >&2; }

./syncdb --version >/dev/null

# the desired schema: every table with one column and one index more than the tenants have
: >"$WORK/desired.sql"
for t in $(seq 1 "$TABLES"); do
  cat >>"$WORK/desired.sql" <<SQL
CREATE TABLE t$t (id bigint PRIMARY KEY, name text NOT NULL, amount numeric(12, 2), created_at timestamptz NOT NULL DEFAULT now(), note text);
CREATE INDEX t${t}_name ON t$t (name);
SQL
done

# N tenant schemas of TABLES tables, in one psql script (a transaction per 50 tenants: fewer locks at once)
tenants() {
  psql -q -v ON_ERROR_STOP=1 -d postgres -c "DROP DATABASE IF EXISTS $DB WITH (FORCE)" -c "CREATE DATABASE $DB"
  for from in $(seq 1 50 "$1"); do
    cat <<SQL
DO \$\$ DECLARE s text; BEGIN
  FOR i IN $from..$(( from + 49 < $1 ? from + 49 : $1 )) LOOP
    s := 'tenant_' || lpad(i::text, 4, '0');
    EXECUTE format('CREATE SCHEMA %I', s);
    FOR t IN 1..$TABLES LOOP
      EXECUTE format('CREATE TABLE %I.%I (id bigint PRIMARY KEY, name text NOT NULL, amount numeric(12, 2),'
        ' created_at timestamptz NOT NULL DEFAULT now())', s, 't' || t);
    END LOOP;
  END LOOP;
END \$\$;
SQL
  done | psql -q -v ON_ERROR_STOP=1 -d "$DB"
}

# prints "seconds peakKiB" of one command; its output goes to the log
timed() {
  /usr/bin/time -f "%e %M" -o "$WORK/time.txt" "$@" >>"$WORK/run.log" 2>&1 || true
  cat "$WORK/time.txt"
}

{
  echo "# syncdb fleet benchmark, $(date -u +%Y-%m-%d)"
  echo
  echo "Machine: $(nproc) cores; $(java -version 2>&1 | head -1); server: $(psql -tAc 'SHOW server_version' -d postgres)."
  echo "Load before: $(uptime | sed 's/.*load average/load average/')."
  echo "Tenants of $TABLES tables each; the change: one column and one index more on every table ($((TABLES * 2)) statements per tenant)."
  echo
  echo "| run | tenants | wall time | per tenant | peak RSS |"
  echo "|---|---:|---:|---:|---:|"
} >"$OUT"

: >"$WORK/run.log"
for n in $SIZES; do
  log "fleet apply, $n tenants: creating them"
  tenants "$n"
  rm -rf "$WORK/cache"
  log "fleet apply, $n tenants"
  read -r secs kib < <(timed ./syncdb apply --auto --no-backup --url "$URL" --schema-name-pattern 'tenant_%' \
      --schema "$WORK/desired.sql" --parallel "$PARALLEL" --cache-dir "$WORK/cache" --state "$WORK/fleet.state" --timings -q --no-color)
  grep -q "$n  applied" "$WORK/run.log" || { log "the fleet apply did not apply all $n tenants: see $WORK/run.log"; exit 1; }
  echo "| fleet apply (--parallel $PARALLEL) | $n | $secs s | $(awk "BEGIN{printf \"%.3f\", $secs/$n}") s | $((kib / 1024)) MiB |" >>"$OUT"
  log "  $secs s, peak RSS $((kib / 1024)) MiB"
done

last="${SIZES##* }"
n="${LOOP_N:-$last}"
log "shell loop over $n of $last tenants: creating them"
tenants "$last"
rm -rf "$WORK/cache"
log "shell loop, $n tenants"
start=$(date +%s.%N); peak=0
for i in $(seq 1 "$n"); do
  s="tenant_$(printf %04d "$i")"
  read -r _ kib < <(timed ./syncdb apply --auto --no-backup --url "$URL" --schema-name "$s" --schema "$WORK/desired.sql" \
      --cache-dir "$WORK/cache" -q --no-color)
  [ "$kib" -gt "$peak" ] && peak=$kib
done
secs=$(awk "BEGIN{printf \"%.1f\", $(date +%s.%N) - $start}")
echo "| shell loop of syncdb apply (over $n of $last tenants) | $n | $secs s | $(awk "BEGIN{printf \"%.3f\", $secs/$n}") s | $((peak / 1024)) MiB |" >>"$OUT"
log "  $secs s, peak RSS $((peak / 1024)) MiB"
echo >>"$OUT"
echo "Load after: $(uptime | sed 's/.*load average/load average/')." >>"$OUT"
psql -q -d postgres -c "DROP DATABASE IF EXISTS $DB WITH (FORCE)"
cat "$OUT"
