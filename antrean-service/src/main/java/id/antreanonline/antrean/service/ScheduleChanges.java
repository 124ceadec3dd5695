package id.antreanonline.antrean.service;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import id.antreanonline.antrean.ScheduleChange;
import id.antreanonline.shared.Wib;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;

/** The changes syncs made to stored schedules, and the bookings each touches, for the staff who call patients. */
@ApplicationScoped
public class ScheduleChanges {

    private static final int MAX_LISTED = 500;
    private static final String RECORD = "insert into schedule_change (schedule_id, run_id, kodepoli, kodedokter,"
            + " namadokter, tanggal, jampraktek, kind, before_value, after_value, bookings, needs_action)"
            + " values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)";
    private static final String SINCE = "select id, run_id, kodepoli, kodedokter, namadokter, tanggal, jampraktek,"
            + " kind, before_value, after_value, bookings, needs_action, changed_at, schedule_id from schedule_change"
            + " where changed_at >= $1 and ($2::text is null or kodepoli = $2) order by changed_at, id limit "
            + MAX_LISTED;
    private static final String LAST_RUN = "select max(started_at) as started_at from schedule_sync_run";
    // the staff call these patients: the queue number and medical record number, never NIK, card or phone
    private static final String BOOKINGS = "select schedule_id, kodebooking, nomorantrean, norm from booking"
            + " where schedule_id = any($1) and status = 'ACTIVE' order by schedule_id, angkaantrean";

    private final Pool pool;

    ScheduleChanges(Pool pool) {
        this.pool = pool;
    }

    public record AffectedBooking(String kodebooking, String nomorantrean, String norm) {
    }

    public record Change(long id, Long runId, String kodepoli, String kodedokter, String namadokter, String tanggal,
            String jampraktek, ScheduleChange.Kind jenis, String sebelum, String sesudah, int jumlahBooking,
            boolean perluTindakan, Instant waktu, List<AffectedBooking> booking) {
    }

    Uni<Void> record(SqlConnection tx, List<ScheduleChange> changes, Long runId) {
        if (changes.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        return tx.preparedQuery(RECORD).executeBatch(changes.stream().map(c -> Tuple.from(java.util.Arrays.asList(
                c.scheduleId(), runId, c.kodepoli(), c.kodedokter(), c.namadokter(), c.tanggal(), c.jampraktek(),
                c.kind().name(), c.before(), c.after(), c.bookings(), c.needsAction()))).toList()).replaceWithVoid();
    }

    /**
     * The changes since {@code sejak} (an ISO instant, or a date: from its start in WIB), by default those of the
     * latest run; optionally of one poli. Each with the bookings of its schedule that are active now.
     */
    public Uni<List<Change>> since(String sejak, String kodepoli) {
        String poli = kodepoli == null || kodepoli.isBlank() ? null : kodepoli.trim();
        if (poli != null && !poli.matches("[A-Za-z0-9]{1,20}")) {
            return Uni.createFrom().failure(new StaffRefused(400, "kodepoli tidak sesuai"));
        }
        Uni<OffsetDateTime> from;
        if (sejak == null || sejak.isBlank()) {
            from = pool.query(LAST_RUN).execute().map(rows -> {
                OffsetDateTime last = rows.iterator().next().getOffsetDateTime("started_at");
                return last != null ? last : OffsetDateTime.ofInstant(Instant.EPOCH, ZoneOffset.UTC);
            });
        } else {
            Instant instant = instantOf(sejak.trim());
            if (instant == null) {
                return Uni.createFrom().failure(new StaffRefused(400,
                        "sejak: tanggal yyyy-mm-dd atau waktu ISO-8601 (2026-11-30T01:30:00Z)"));
            }
            from = Uni.createFrom().item(OffsetDateTime.ofInstant(instant, ZoneOffset.UTC));
        }
        return from.chain(f -> pool.preparedQuery(SINCE).execute(Tuple.of(f, poli))).chain(rows -> {
            List<Row> found = new ArrayList<>();
            rows.forEach(found::add);
            Long[] schedules = found.stream().map(r -> r.getLong("schedule_id")).distinct().toArray(Long[]::new);
            return pool.preparedQuery(BOOKINGS).execute(Tuple.of(schedules)).map(bookings -> {
                Map<Long, List<AffectedBooking>> bySchedule = new HashMap<>();
                for (Row b : bookings) {
                    bySchedule.computeIfAbsent(b.getLong("schedule_id"), k -> new ArrayList<>()).add(
                            new AffectedBooking(b.getString("kodebooking"), b.getString("nomorantrean"),
                                    b.getString("norm")));
                }
                return found.stream().map(r -> changeOf(r, bySchedule.getOrDefault(r.getLong("schedule_id"),
                        List.of()))).toList();
            });
        });
    }

    private static Instant instantOf(String sejak) {
        LocalDate date = Wib.parseDate(sejak).orElse(null);
        if (date != null) {
            return date.atStartOfDay(Wib.ZONE).toInstant();
        }
        try {
            return OffsetDateTime.parse(sejak).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static Change changeOf(Row r, List<AffectedBooking> bookings) {
        return new Change(r.getLong("id"), r.getLong("run_id"), r.getString("kodepoli"), r.getString("kodedokter"),
                r.getString("namadokter"), Wib.DATE.format(r.getLocalDate("tanggal")), r.getString("jampraktek"),
                ScheduleChange.Kind.valueOf(r.getString("kind")), r.getString("before_value"),
                r.getString("after_value"), r.getInteger("bookings"), r.getBoolean("needs_action"),
                r.getOffsetDateTime("changed_at").toInstant(), bookings);
    }
}
