package id.antreanonline.farmasi.repository;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import id.antreanonline.farmasi.DeliveryState;
import id.antreanonline.farmasi.TaskRecord;
import id.antreanonline.farmasi.Visit;
import id.antreanonline.outbox.Columns;
import id.antreanonline.shared.event.BookingSource;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The visit and its steps as the hot paths (a station's step, the visit events) read and write them: by SQL on a
 * connection of the reactive pool, inside the caller's transaction, the same rows Hibernate maps in {@link Visit} and
 * {@link TaskRecord} (enums by name). Writers of a visit lock its row first, on either side, so neither puts back
 * what the other changed.
 */
@ApplicationScoped
public class VisitRows {

    private static final String LOCK_VISIT = "select kodebooking, source, pasienbaru, tanggalperiksa, status,"
            + " last_taskid, last_waktu, jenisresep, farmasi_nomor, booking_delivery from visit where kodebooking = $1"
            + " for update";
    private static final String TASK_COLUMNS = "select id, kodebooking, taskid, waktu, jenisresep, event_id,"
            + " recorded_at, recorded_by, sender_event_id, delivery, delivery_code, delivery_message, delivery_at"
            + " from task_record";
    private static final String TASKS_OF_VISIT = TASK_COLUMNS + " where kodebooking = $1 order by waktu, id";
    private static final String SENT_UNDER = TASK_COLUMNS + " where recorded_by = $1 and sender_event_id = $2";
    private static final String OPEN_VISITS = "insert into visit (kodebooking, source, pasienbaru, tanggalperiksa,"
            + " kodepoli, kodedokter, jampraktek, nomorantrean, angkaantrean, norm, status, created_at)"
            + " select * from unnest($1::varchar[], $2::varchar[], $3::int[], $4::date[], $5::varchar[],"
            + " $6::varchar[], $7::varchar[], $8::varchar[], $9::int[], $10::varchar[], $11::varchar[], $12::bigint[])"
            + " on conflict do nothing";
    private static final String INSERT_TASKS = "insert into task_record (kodebooking, taskid, waktu, jenisresep,"
            + " event_id, recorded_at, recorded_by, sender_event_id, delivery, delivery_message, delivery_at)"
            + " select * from unnest($1::varchar[], $2::int[], $3::bigint[], $4::varchar[], $5::varchar[],"
            + " $6::bigint[], $7::varchar[], $8::varchar[], $9::varchar[], $10::varchar[], $11::bigint[])";
    // null keeps what the row holds: these paths give a pharmacy number or a booking's delivery, never take one back
    private static final String WRITE_VISIT = "update visit set pasienbaru = $2, status = $3, last_taskid = $4,"
            + " last_waktu = $5, jenisresep = $6, farmasi_nomor = coalesce($7, farmasi_nomor),"
            + " farmasi_event_id = coalesce($8, farmasi_event_id), farmasi_issued_at = coalesce($9, farmasi_issued_at),"
            + " farmasi_delivery = coalesce($10, farmasi_delivery),"
            + " booking_delivery_call = coalesce($11, booking_delivery_call),"
            + " booking_delivery = coalesce($12, booking_delivery),"
            + " booking_delivery_message = coalesce($13, booking_delivery_message),"
            + " booking_delivery_at = coalesce($14, booking_delivery_at) where kodebooking = $1";
    // the upsert locks the day's counter row until the transaction ends, so two transactions never draw one number
    private static final String NEXT_FARMASI_NUMBER = "insert into farmasi_counter (tanggal, last_number)"
            + " values ($1, 1) on conflict (tanggal) do update set last_number = farmasi_counter.last_number + 1"
            + " returning last_number";

    /**
     * A visit read under its lock: null when there is none; its steps by task id; the step its sender recorded
     * earlier under the same event id, null when none was asked for or found.
     */
    public record Locked(Visit visit, Map<Integer, TaskRecord> tasks, TaskRecord sentUnder) {
    }

    /**
     * Locks the visit and reads its steps (and the step {@code recordedBy} sent under {@code senderEventId}, when both
     * are given). The reads are sent with the lock in one round trip; PostgreSQL runs them after it holds the lock,
     * each with a snapshot of its own, so they see every step committed by the transaction it waited for.
     */
    public Uni<Locked> lock(SqlConnection conn, String kodebooking, String recordedBy, String senderEventId) {
        Uni<RowSet<Row>> visit = conn.preparedQuery(LOCK_VISIT).execute(Tuple.of(kodebooking));
        Uni<RowSet<Row>> tasks = conn.preparedQuery(TASKS_OF_VISIT).execute(Tuple.of(kodebooking));
        Uni<List<TaskRecord>> sent = recordedBy == null || senderEventId == null ? Uni.createFrom().item(List.of())
                : conn.preparedQuery(SENT_UNDER).execute(Tuple.of(recordedBy, senderEventId)).map(VisitRows::tasks);
        return Uni.combine().all().unis(visit, tasks, sent).asTuple().map(read -> {
            Map<Integer, TaskRecord> byTask = new HashMap<>();
            tasks(read.getItem2()).forEach(t -> byTask.put(t.taskid, t));
            Visit v = read.getItem1().size() == 0 ? null : visit(read.getItem1().iterator().next());
            return new Locked(v, byTask, read.getItem3().isEmpty() ? null : read.getItem3().get(0));
        });
    }

    /** Stores a new visit; one already there stays as it is. */
    public Uni<Void> open(SqlConnection conn, Visit v) {
        return open(conn, List.of(v));
    }

    /** Stores new visits, in one statement; one already there (or earlier in the list) stays as it is. */
    public Uni<Void> open(SqlConnection conn, List<Visit> visits) {
        return conn.preparedQuery(OPEN_VISITS).execute(Tuple.tuple(List.of(
                Columns.of(visits, v -> v.kodebooking, String[]::new),
                Columns.of(visits, v -> v.source.name(), String[]::new),
                Columns.of(visits, v -> v.pasienbaru, Integer[]::new),
                Columns.of(visits, v -> v.tanggalperiksa, LocalDate[]::new),
                Columns.of(visits, v -> v.kodepoli, String[]::new),
                Columns.of(visits, v -> v.kodedokter, String[]::new),
                Columns.of(visits, v -> v.jampraktek, String[]::new),
                Columns.of(visits, v -> v.nomorantrean, String[]::new),
                Columns.of(visits, v -> v.angkaantrean, Integer[]::new),
                Columns.of(visits, v -> v.norm, String[]::new),
                Columns.of(visits, v -> v.status.name(), String[]::new),
                Columns.of(visits, v -> v.createdAt, Long[]::new)))).replaceWithVoid();
    }

    /** Stores new steps, in one statement. */
    public Uni<Void> insert(SqlConnection conn, List<TaskRecord> steps) {
        return conn.preparedQuery(INSERT_TASKS).execute(Tuple.tuple(List.of(
                Columns.of(steps, t -> t.kodebooking, String[]::new),
                Columns.of(steps, t -> t.taskid, Integer[]::new),
                Columns.of(steps, t -> t.waktu, Long[]::new),
                Columns.of(steps, t -> t.jenisresep, String[]::new),
                Columns.of(steps, t -> t.eventId, String[]::new),
                Columns.of(steps, t -> t.recordedAt, Long[]::new),
                Columns.of(steps, t -> t.recordedBy, String[]::new),
                Columns.of(steps, t -> t.senderEventId, String[]::new),
                Columns.of(steps, t -> t.delivery.name(), String[]::new),
                Columns.of(steps, t -> t.deliveryMessage, String[]::new),
                Columns.of(steps, t -> t.deliveryAt, Long[]::new)))).replaceWithVoid();
    }

    /** Writes what a step or a visit event changes on a locked visit: its flow, its pharmacy number, its booking. */
    public Uni<Void> write(SqlConnection conn, Visit v) {
        return conn.preparedQuery(WRITE_VISIT).execute(Tuple.tuple(Arrays.asList(v.kodebooking,
                v.pasienbaru, v.status.name(), v.lastTaskid, v.lastWaktu, v.jenisresep, v.farmasiNomor,
                v.farmasiEventId, v.farmasiIssuedAt, name(v.farmasiDelivery), v.bookingDeliveryCall,
                name(v.bookingDelivery), v.bookingDeliveryMessage, v.bookingDeliveryAt))).replaceWithVoid();
    }

    /** The day's next pharmacy number. */
    public Uni<Integer> nextFarmasiNumber(SqlConnection conn, LocalDate tanggal) {
        return conn.preparedQuery(NEXT_FARMASI_NUMBER).execute(Tuple.of(tanggal))
                .map(rows -> rows.iterator().next().getInteger(0));
    }

    private static Visit visit(Row r) {
        Visit v = new Visit();
        v.kodebooking = r.getString("kodebooking");
        v.source = BookingSource.valueOf(r.getString("source"));
        v.pasienbaru = r.getInteger("pasienbaru");
        v.tanggalperiksa = r.getLocalDate("tanggalperiksa");
        v.status = Visit.Status.valueOf(r.getString("status"));
        v.lastTaskid = r.getInteger("last_taskid");
        v.lastWaktu = r.getLong("last_waktu");
        v.jenisresep = r.getString("jenisresep");
        v.farmasiNomor = r.getInteger("farmasi_nomor");
        String bookingDelivery = r.getString("booking_delivery");
        v.bookingDelivery = bookingDelivery == null ? null : DeliveryState.valueOf(bookingDelivery);
        return v;
    }

    private static List<TaskRecord> tasks(RowSet<Row> rows) {
        List<TaskRecord> list = new ArrayList<>(rows.size());
        for (Row r : rows) {
            TaskRecord t = new TaskRecord();
            t.id = r.getLong("id");
            t.kodebooking = r.getString("kodebooking");
            t.taskid = r.getInteger("taskid");
            t.waktu = r.getLong("waktu");
            t.jenisresep = r.getString("jenisresep");
            t.eventId = r.getString("event_id");
            t.recordedAt = r.getLong("recorded_at");
            t.recordedBy = r.getString("recorded_by");
            t.senderEventId = r.getString("sender_event_id");
            t.delivery = DeliveryState.valueOf(r.getString("delivery"));
            t.deliveryCode = r.getInteger("delivery_code");
            t.deliveryMessage = r.getString("delivery_message");
            t.deliveryAt = r.getLong("delivery_at");
            list.add(t);
        }
        return list;
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }
}
