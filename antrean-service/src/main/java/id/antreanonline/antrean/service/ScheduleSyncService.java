package id.antreanonline.antrean.service;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import id.antreanonline.antrean.DoctorSchedule;
import id.antreanonline.antrean.ScheduleChange;
import id.antreanonline.antrean.client.GatewayClient;
import id.antreanonline.antrean.client.HfisSchedule;
import id.antreanonline.antrean.config.AntreanConfig;
import id.antreanonline.shared.Wib;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Imports a poli's doctor schedules of one day from BPJS HFIS (through the gateway). The capacity is split into
 * JKN and non-JKN quotas by the configured share; numbers already given and places held are kept (the database
 * keeps them). What the import changes in a stored schedule is recorded as a {@link ScheduleChange}; a stored
 * practice HFIS no longer has is closed (libur), never deleted, since bookings point at it.
 */
@ApplicationScoped
public class ScheduleSyncService {

    private static final String STORED = "select " + BookingBatches.SCHEDULE_COLUMNS + " from doctor_schedule"
            + " where tanggal = $1 and kodepoli = any($2) order by id for update";
    // last_number and held_* are left out on purpose: numbering continues, the triggers keep the places held
    private static final String UPSERT = "insert into doctor_schedule (kodepoli, namapoli, kodedokter, namadokter,"
            + " tanggal, jampraktek, kuota_jkn, kuota_nonjkn, libur) values ($1, $2, $3, $4, $5, $6, $7, $8, $9)"
            + " on conflict (kodepoli, kodedokter, tanggal, jampraktek) do update set namapoli = excluded.namapoli,"
            + " namadokter = excluded.namadokter, kuota_jkn = excluded.kuota_jkn,"
            + " kuota_nonjkn = excluded.kuota_nonjkn, libur = excluded.libur, updated_at = now() returning id";
    private static final String CLOSE = "update doctor_schedule set libur = true, updated_at = now() where id = $1";

    private final GatewayClient gateway;
    private final Pool pool;
    private final ScheduleChanges changes;
    private final AntreanConfig config;

    ScheduleSyncService(GatewayClient gateway, Pool pool, ScheduleChanges changes, AntreanConfig config) {
        this.gateway = gateway;
        this.pool = pool;
        this.changes = changes;
        this.config = config;
    }

    public Uni<List<DoctorSchedule>> sync(String kodepoli, String tanggal) {
        return hfis(kodepoli, tanggal).chain(list -> pool.withTransaction(
                tx -> store(tx, kodepoli.trim(), Wib.parseDate(tanggal).orElseThrow(), list, null)));
    }

    /** What HFIS has for the poli and day, as schedules not stored (the go-live migration's dry run reads them). */
    public Uni<List<DoctorSchedule>> fetch(String kodepoli, String tanggal) {
        return hfis(kodepoli, tanggal).map(list -> {
            LocalDate date = Wib.parseDate(tanggal).orElseThrow();
            return usable(list).map(h -> fill(new DoctorSchedule(), date, h)).toList();
        });
    }

    private Uni<List<HfisSchedule>> hfis(String kodepoli, String tanggal) {
        if (kodepoli == null || !kodepoli.trim().matches("[A-Za-z0-9]{1,20}")) {
            return Uni.createFrom().failure(new StaffRefused(400, "kodepoli tidak sesuai"));
        }
        LocalDate date = Wib.parseDate(tanggal).orElse(null);
        if (date == null) {
            return Uni.createFrom().failure(new StaffRefused(400,
                    "Format Tanggal Tidak Sesuai, format yang benar adalah yyyy-mm-dd"));
        }
        return gateway.doctorSchedules(kodepoli.trim(), tanggal)
                .onFailure(GatewayClient.Refused.class)
                .transform(e -> new StaffRefused(502, "Jadwal HFIS tidak dapat diambil: " + e.getMessage()));
    }

    private static Stream<HfisSchedule> usable(List<HfisSchedule> imported) {
        return imported.stream().filter(h -> h.kodedokter() != null
                && DoctorSchedule.validHours(DoctorSchedule.normaliseHours(h.jadwal())));
    }

    /**
     * Stores what HFIS answered for the poli's day in the caller's transaction and records what changed (under
     * {@code runId} when a horizon run asked). Stored rows are locked first, in id order, so bookings wait for it.
     */
    Uni<List<DoctorSchedule>> store(SqlConnection tx, String kodepoli, LocalDate date, List<HfisSchedule> imported,
            Long runId) {
        List<DoctorSchedule> answered = usable(imported).map(h -> fill(new DoctorSchedule(), date, h)).toList();
        Set<String> codes = new HashSet<>();
        codes.add(kodepoli);
        answered.forEach(s -> codes.add(s.kodepoli));
        return tx.preparedQuery(STORED).execute(Tuple.of(date, codes.toArray(String[]::new))).chain(rows -> {
            Map<String, DoctorSchedule> stored = new LinkedHashMap<>();
            for (Row r : rows) {
                DoctorSchedule s = BookingBatches.scheduleOf(r);
                stored.put(key(s), s);
            }
            List<ScheduleChange> found = new ArrayList<>();
            for (DoctorSchedule now : answered) {
                DoctorSchedule before = stored.get(key(now));
                if (before != null) {
                    found.addAll(ScheduleChange.between(before, now));
                }
            }
            Set<String> answeredKeys = new HashSet<>(answered.stream().map(ScheduleSyncService::key).toList());
            List<DoctorSchedule> gone = stored.values().stream()
                    .filter(s -> s.kodepoli.equals(kodepoli) && !s.libur && !answeredKeys.contains(key(s))).toList();
            for (DoctorSchedule s : gone) {
                // the doctor still practises that day at other hours: the hours moved
                DoctorSchedule moved = answered.stream().filter(n -> n.kodepoli.equals(s.kodepoli)
                        && n.kodedokter.equals(s.kodedokter) && !stored.containsKey(key(n))).findFirst().orElse(null);
                found.add(moved != null ? ScheduleChange.hoursMoved(s, moved.jampraktek) : ScheduleChange.gone(s));
            }
            return Multi.createFrom().iterable(answered)
                    .onItem().transformToUniAndConcatenate(s -> tx.preparedQuery(UPSERT).execute(Tuple.from(List.of(
                            s.kodepoli, s.namapoli, s.kodedokter, s.namadokter, s.tanggal, s.jampraktek, s.kuotaJkn,
                            s.kuotaNonJkn, s.libur))).invoke(r -> s.id = r.iterator().next().getLong("id")))
                    .collect().last()
                    .chain(() -> gone.isEmpty() ? Uni.createFrom().voidItem()
                            : tx.preparedQuery(CLOSE).executeBatch(gone.stream().map(s -> Tuple.of(s.id)).toList())
                                    .replaceWithVoid())
                    .chain(() -> changes.record(tx, found, runId))
                    .replaceWith(answered);
        });
    }

    private static String key(DoctorSchedule s) {
        return s.kodepoli + "|" + s.kodedokter + "|" + s.jampraktek;
    }

    private static String kodepoliOf(HfisSchedule h) {
        return h.kodesubspesialis() != null && !h.kodesubspesialis().isBlank() ? h.kodesubspesialis() : h.kodepoli();
    }

    /** The schedule as HFIS gives it; numbers already given are not touched. */
    private DoctorSchedule fill(DoctorSchedule s, LocalDate date, HfisSchedule h) {
        String kodepoli = kodepoliOf(h);
        String namapoli = h.namasubspesialis() != null && !h.namasubspesialis().isBlank() ? h.namasubspesialis()
                : h.namapoli();
        int capacity = h.kapasitaspasien() == null ? 0 : Math.max(0, h.kapasitaspasien());
        int jkn = (int) Math.round(capacity * config.booking().jknShare());
        s.kodepoli = kodepoli;
        s.namapoli = namapoli == null ? kodepoli : namapoli;
        s.kodedokter = h.kodedokter();
        s.namadokter = h.namadokter() == null ? h.kodedokter() : h.namadokter();
        s.tanggal = date;
        s.jampraktek = DoctorSchedule.normaliseHours(h.jadwal());
        s.kuotaJkn = jkn;
        s.kuotaNonJkn = capacity - jkn;
        s.libur = h.libur() != null && h.libur() != 0;
        return s;
    }
}
