#!/usr/bin/env bash
# The restore drill of docs/operations.md, on the local stack: a point-in-time restore of the antrean database,
# then the services catch up from Kafka and the outbox, and no queue number is given twice.
#
#   bin/stack up && deploy/local/restore-drill.sh
#
# 1. turns WAL archiving on for the stack's PostgreSQL (restart) and takes a base backup (pg_basebackup);
# 2. books three patients for tomorrow (two through Mobile JKN's WS RS, one at the counter), notes the time T, books three
#    more the same way, and the hospital cancels one of the first (BPJS is sent antrean/add and antrean/batal);
# 3. restores the whole cluster from the base backup and the WAL archive to T into a scratch server, and puts its
#    antrean database in place of the live one (antrean-service stopped meanwhile): what was booked after T is gone
#    from the database, as after a real restore;
# 4. starts antrean-service again: it reads back from antrean.bookings what the database lost before it reports ready;
# 5. checks: the same bookings with the same numbers and states as before the restore, the next booking gets the next
#    number, BPJS (the simulator) received nothing about them again; then WAL archiving is turned off again.
# Needs the stack's own PostgreSQL (not STACK_PG_HOST) and leaves the stack running and healthy. Exits 1 on a failed
# check. Personal data: made-up card numbers and NIKs only.
set -euo pipefail
cd "$(dirname "$0")/../.."
STACK_DIR=${STACK_DIR:-$PWD/.stack}
PG_PORT=${STACK_PG_PORT:-55432}
SCRATCH_PORT=${DRILL_PG_PORT:-55439}
A=${ANTREAN_URL:-http://localhost:8081} P=${PASIEN_URL:-http://localhost:8082} S=${SIMULATOR_URL:-http://localhost:8089}
drill="$STACK_DIR/restore-drill"
bin=${PG_BIN:-$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)}
J='Content-Type: application/json'

say() { printf '=== %s  %s\n' "$(date -u +%H:%M:%S)" "$*"; }
die() { echo "restore drill FAILED: $*" >&2; exit 1; }
as_pg() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
sql() { psql -h 127.0.0.1 -p "$1" -U postgres -d "$2" -qtAX -c "$3"; }
field() { sed -n "s/.*\"$1\":\"\\{0,1\\}\\([^\",}]*\\).*/\\1/p"; }

[ -n "${STACK_PG_HOST:-}" ] && die "the drill restores the stack's own PostgreSQL; STACK_PG_HOST is set"
curl -sf "$A/q/health/ready" >/dev/null || die "the stack is not up (bin/stack up)"

# however the drill ends, the scratch server stops and the stack's PostgreSQL stops archiving (a WAL archive nobody
# empties would fill the disk): archiving becomes a no-op now and is off from the next restart on
cleanup() {
  as_pg "$bin/pg_ctl" -D "$drill/pitr" -m fast -w stop >/dev/null 2>&1 || true
  if [ "$(sql "$PG_PORT" postgres "show archive_mode" 2>/dev/null)" = on ]; then
    sql "$PG_PORT" postgres "alter system reset archive_mode" || true
    sql "$PG_PORT" postgres "alter system set archive_command = '/bin/true'" || true
    sql "$PG_PORT" postgres "select pg_reload_conf()" >/dev/null || true
  fi
}
trap cleanup EXIT

rm -rf "$drill"
mkdir -p "$drill/archive"
[ "$(id -u)" = 0 ] && chown -R postgres:postgres "$drill"

say "1. WAL archiving on, PostgreSQL restarted (the services reconnect by themselves)"
sql "$PG_PORT" postgres "alter system set archive_mode = on"
sql "$PG_PORT" postgres "alter system set archive_command = 'test ! -f $drill/archive/%f && cp %p $drill/archive/%f'"
bin/stack stop postgresql >/dev/null
bin/stack up >/dev/null
as_pg "$bin/pg_basebackup" -h 127.0.0.1 -p "$PG_PORT" -U postgres -D "$drill/base" -X stream -c fast
say "   base backup taken ($(du -sh "$drill/base" | cut -f1))"

say "2. bookings: three before T, three after (one of each at the counter), one of the first cancelled after T"
STAFF=$(curl -sf "$A/api/auth/login" -H "$J" -d "{\"username\":\"${STAFF_ADMIN_USERNAME:-admin}\",\"password\":\"${STAFF_ADMIN_PASSWORD:-admin-local}\"}" | field token)
BESOK=$(TZ=Asia/Jakarta date -d tomorrow +%F)
# doctor 33690's practice in poli ANA tomorrow, as HFIS gives it
JAM=$(curl -sf "$A/api/jadwal/sync" -H "Authorization: Bearer $STAFF" -H "$J" -d "{\"kodepoli\":\"ANA\",\"tanggal\":\"$BESOK\"}" \
  | tr '{' '\n' | grep '"kodedokter":"\{0,1\}33690' | grep -o '"jampraktek":"[^"]*"' | head -1 | cut -d'"' -f4)
[ -n "$JAM" ] || die "no practice of doctor 33690 in poli ANA on $BESOK"
TOKEN=$(curl -sf "$A/wsrs/token" -H "x-username: ${WSRS_USERNAME:-mobilejkn}" -H "x-password: ${WSRS_PASSWORD:-mobilejkn-local}" | field token)
WS=(-H "x-token: $TOKEN" -H "x-username: ${WSRS_USERNAME:-mobilejkn}" -H "$J")
run=$(date +%s | tail -c 7)
book() { # $1: index, $2: onsite for the counter's booking (BPJS is sent antrean/add) → prints the kodebooking
  local noka nik answer
  noka="09$run$(printf '%05d' "$1")" nik="3299$run$(printf '%06d' "$1")"
  curl -sf "$P/wsrs/pasienbaru" "${WS[@]}" -d "{\"nomorkartu\":\"$noka\",\"nik\":\"$nik\",\"nomorkk\":\"$nik\",
    \"nama\":\"PASIEN LATIHAN\",\"jeniskelamin\":\"L\",\"tanggallahir\":\"1990-01-01\",\"nohp\":\"081200000000\",
    \"alamat\":\"JL. LATIHAN\",\"kodeprop\":\"32\",\"namaprop\":\"JAWA BARAT\",\"kodedati2\":\"0120\",\"namadati2\":\"KAB. BOGOR\",
    \"kodekec\":\"1234\",\"namakec\":\"CIBINONG\",\"kodekel\":\"5678\",\"namakel\":\"PAKANSARI\",\"rw\":\"001\",\"rt\":\"002\"}" >/dev/null
  for _ in $(seq 1 50); do # 202 until the new record reaches antrean-service through Kafka
    if [ "${2:-}" = onsite ]; then to=("$A/api/antrean" -H "Authorization: Bearer $STAFF" -H "$J"); kind=',"jenispasien":"JKN"'
    else to=("$A/wsrs/ambilantrean" "${WS[@]}"); kind=''; fi
    answer=$(curl -s "${to[@]}" -d "{\"nomorkartu\":\"$noka\",\"nik\":\"$nik\",
      \"nohp\":\"081200000000\",\"kodepoli\":\"ANA\",\"norm\":\"\",\"tanggalperiksa\":\"$BESOK\",\"kodedokter\":33690,
      \"jampraktek\":\"$JAM\",\"jeniskunjungan\":1,\"nomorreferensi\":\"0301R0${run}K00000$1\"$kind}")
    case "$answer" in *'"code":200'* | *'"kodebooking"'*) echo "$answer" | field kodebooking; return ;; esac
    sleep 0.2
  done
  die "booking $1 not given: $answer"
}
before=()
for i in 1 2; do before+=("$(book "$i")"); done
before+=("$(book 3 onsite)")
sleep 1
T=$(sql "$PG_PORT" postgres "select to_char(now() at time zone 'UTC', 'YYYY-MM-DD HH24:MI:SS.US+00')")
say "   T = $T"
sleep 1
after=()
for i in 4 5; do after+=("$(book "$i")"); done
after+=("$(book 6 onsite)")
# the hospital cancels one of the first (BPJS is sent antrean/batal)
curl -sf "$A/api/antrean/${before[1]}/batal" -H "Authorization: Bearer $STAFF" -H "$J" -d '{"keterangan":"latihan pemulihan"}' >/dev/null
all=("${before[@]}" "${after[@]}")
inlist=$(printf "'%s'," "${all[@]}"); inlist=${inlist%,}
state_query="select kodebooking || ' ' || angkaantrean || ' ' || nomorantrean || ' ' || status from booking where kodebooking in ($inlist) order by angkaantrean"
sql "$PG_PORT" antrean "$state_query" > "$drill/before.txt"
sed 's/^/   /' "$drill/before.txt"
# the calls BPJS (the simulator) received about these bookings, per path; once the cancellation reached it
received_calls() {
  { curl -sf "$S/admin/received" | sed 's/},{"/}\n{"/g' | grep -E "$(IFS='|'; echo "${all[*]}")" \
    | sed -E 's/.*"path":"([^"]+)".*/\1/' | sort | uniq -c | tr -s ' ' | tr '\n' ';'; } || true
}
for _ in $(seq 1 100); do received_calls | grep -q batal && break; sleep 0.2; done
calls_before=$(received_calls)
say "   BPJS received: $calls_before"
# the last WAL segment to the archive, and wait until it is there
segment=$(sql "$PG_PORT" postgres "select pg_walfile_name(pg_switch_wal())")
for _ in $(seq 1 100); do [ -f "$drill/archive/$segment" ] && break; sleep 0.1; done
[ -f "$drill/archive/$segment" ] || die "WAL segment $segment was not archived"

say "3. point-in-time restore to T into a scratch server (port $SCRATCH_PORT)"
as_pg cp -a "$drill/base" "$drill/pitr"
cat >> "$drill/pitr/postgresql.auto.conf" <<EOF
port = $SCRATCH_PORT
archive_mode = off
restore_command = 'cp $drill/archive/%f %p'
recovery_target_time = '$T'
recovery_target_action = 'promote'
EOF
as_pg touch "$drill/pitr/recovery.signal"
as_pg "$bin/pg_ctl" -D "$drill/pitr" -l "$drill/pitr.log" -w -t 120 start >/dev/null
for _ in $(seq 1 100); do [ "$(sql "$SCRATCH_PORT" postgres "select pg_is_in_recovery()")" = f ] && break; sleep 0.2; done
restored=$(sql "$SCRATCH_PORT" antrean "select count(*) from booking where kodebooking in ($inlist)")
say "   the restored database holds $restored of the 6 bookings (3 expected: those before T)"
[ "$restored" = 3 ] || die "the restore to T should hold the 3 bookings taken before T"
bin/stack stop antrean-service >/dev/null
as_pg "$bin/pg_dump" -h 127.0.0.1 -p "$SCRATCH_PORT" -U postgres -d antrean -Fc -f "$drill/antrean.dump"
as_pg "$bin/pg_ctl" -D "$drill/pitr" -m fast -w stop >/dev/null
sql "$PG_PORT" postgres "drop database antrean with (force)"
sql "$PG_PORT" postgres "create database antrean owner antrean"
as_pg "$bin/pg_restore" -h 127.0.0.1 -p "$PG_PORT" -U postgres -d antrean "$drill/antrean.dump"
say "   antrean database replaced by its state at T"

say "4. antrean-service started: it catches up from antrean.bookings before it reports ready"
started=$(date +%s%3N)
bin/stack up >/dev/null
say "   ready after $(( $(date +%s%3N) - started )) ms"

say "5. checks"
sql "$PG_PORT" antrean "$state_query" > "$drill/after.txt"
sed 's/^/   /' "$drill/after.txt"
diff -u "$drill/before.txt" "$drill/after.txt" || die "the bookings after the restore differ from those before it"
next=$(book 7)
highest=$(cut -d' ' -f2 "$drill/before.txt" | sort -n | tail -1)
got=$(sql "$PG_PORT" antrean "select angkaantrean from booking where kodebooking = '$next'")
say "   next booking $next got number $got (highest before the restore: $highest)"
[ "$got" -gt "$highest" ] || die "number $got given again after the restore"
# what BPJS received about the six bookings is what it had received before the restore: nothing sent twice (the
# outbox rows unsent at T go again with their event ids, and the gateway drops what it has)
sleep 5
calls_now=$(received_calls)
[ "$calls_now" = "$calls_before" ] || { echo "before: $calls_before"; echo "after:  $calls_now"; die "BPJS received calls again after the restore"; }
say "   BPJS received nothing again: $calls_now"

say "WAL archiving off again (PostgreSQL restarted)"
sql "$PG_PORT" postgres "alter system reset archive_mode"
sql "$PG_PORT" postgres "alter system reset archive_command"
trap - EXIT
bin/stack stop postgresql >/dev/null
bin/stack up >/dev/null
say "restore drill passed"
