package id.antreanonline.gateway.repository;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.IntFunction;

import id.antreanonline.gateway.Delivery;
import id.antreanonline.shared.event.BookingSource;
import id.antreanonline.shared.event.DeliveryOutcomeEvent;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.PanacheRepository;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.SqlResult;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

@ApplicationScoped
public class DeliveryRepository implements PanacheRepository<Delivery> {

    /**
     * BPJS's deliveries that may go now, locked for this transaction; other replicas and senders skip them.
     * <p>
     * Order rules, per kodebooking: an antrean/add may always go. Any other item waits while an earlier non-add item of
     * the same booking is still pending, or parked (BPJS would refuse a task whose predecessor it lacks); a
     * cancellation only waits for pending ones. An item of an onsite booking also waits until its antrean/add was
     * delivered or parked. One booking waiting never stops another: the lock is per row, the rules per booking.
     * <p>
     * Claimed in id order: a booking's head comes before its successors, so a claim meets few items that must still
     * wait (in the order of next_attempt_at a backlog's successors, due since their intake, came first, and each
     * claim tested them all).
     */
    private static final String DUE_TO_BPJS = """
            select d.id, d.receiver, d.source_event_id, d.kodebooking, d.kind, d.event_type, d.record_key, d.source,
                   d.taskid, d.body, d.attempts, d.next_attempt_at, d.code, d.trace_parent
            from delivery d
            where d.receiver = 'BPJS' and d.status = 'PENDING' and d.next_attempt_at <= $1
              and (d.kind = 'ANTREAN_ADD' or (
                   not exists (select 1 from delivery p
                               where p.kodebooking = d.kodebooking and p.receiver = 'BPJS' and p.id < d.id
                                 and p.kind <> 'ANTREAN_ADD'
                                 and (p.status = 'PENDING' or (p.status = 'PARKED' and d.kind <> 'ANTREAN_BATAL')))
                   and (d.source <> 'ONSITE' or exists (select 1 from delivery a
                               where a.kodebooking = d.kodebooking and a.receiver = 'BPJS' and a.kind = 'ANTREAN_ADD'
                                 and a.status <> 'PENDING'))))
            order by d.id
            limit $2
            for update of d skip locked
            """;

    /**
     * The SIMRS's webhooks that may go now, locked like {@link #DUE_TO_BPJS}: strictly in id order per key, so an item
     * waits while an earlier one of its key is pending or parked (the SIMRS gets a booking's events in the order they
     * happened, or stops at the one it refused until that is replayed).
     */
    private static final String DUE_TO_SIMRS = """
            select d.id, d.receiver, d.source_event_id, d.kodebooking, d.kind, d.event_type, d.record_key, d.source,
                   d.taskid, d.body, d.attempts, d.next_attempt_at, d.code, d.trace_parent
            from delivery d
            where d.receiver = 'SIMRS' and d.status = 'PENDING' and d.next_attempt_at <= $1
              and not exists (select 1 from delivery p
                              where p.record_key = d.record_key and p.receiver = 'SIMRS' and p.id < d.id
                                and p.status <> 'DELIVERED')
            order by d.id
            limit $2
            for update of d skip locked
            """;

    /** New items in their order (unnest keeps it, and the ids are drawn in it), each unless stored already. */
    private static final String INSERT_ONCE = """
            insert into delivery (source_event_id, kodebooking, kind, source, taskid, tanggal, body, receiver,
                                  event_type, record_key, status, message, attempts, next_attempt_at, created_at,
                                  finished_at, trace_parent)
            select e.source_event_id, e.kodebooking, e.kind, e.source, e.taskid, e.tanggal, e.body, e.receiver,
                   e.event_type, e.record_key, e.status, e.message, 0, $8::timestamptz, $8::timestamptz,
                   case when e.status = 'PENDING' then null else $8::timestamptz end, e.trace_parent
            from unnest($1::varchar[], $2::varchar[], $3::varchar[], $4::varchar[], $5::int[], $6::date[], $7::text[],
                        $9::varchar[], $10::varchar[], $11::varchar[], $12::varchar[], $13::varchar[], $14::varchar[])
                 as e(source_event_id, kodebooking, kind, source, taskid, tanggal, body, receiver, event_type,
                      record_key, status, message, trace_parent)
            on conflict (source_event_id, receiver) do nothing
            """;

    /** Writes back what a round of sending changed, one statement for the whole round. */
    private static final String STORE_ATTEMPTS = """
            update delivery d set status = o.status, attempts = o.attempts, code = o.code, message = o.message,
                                  next_attempt_at = o.next_attempt_at, finished_at = o.finished_at
            from unnest($1::bigint[], $2::varchar[], $3::int[], $4::int[], $5::varchar[], $6::timestamptz[],
                        $7::timestamptz[]) as o(id, status, attempts, code, message, next_attempt_at, finished_at)
            where d.id = o.id
            """;

    /**
     * Up to {@code limit} deliveries to {@code receiver} that may go now, in id order, locked on {@code conn} until its
     * transaction ends (see {@link #DUE_TO_BPJS}, {@link #DUE_TO_SIMRS}). They are read as plain objects, not managed:
     * {@link #storeAttempts} writes them back.
     */
    public Uni<List<Delivery>> lockDue(SqlConnection conn, Delivery.Receiver receiver, Instant now, int limit) {
        String query = receiver == Delivery.Receiver.SIMRS ? DUE_TO_SIMRS : DUE_TO_BPJS;
        return conn.preparedQuery(query).execute(Tuple.of(now.atOffset(ZoneOffset.UTC), limit))
                .map(rows -> {
                    List<Delivery> due = new ArrayList<>(rows.size());
                    rows.forEach(row -> due.add(claimed(row)));
                    return due;
                });
    }

    private static Delivery claimed(Row row) {
        Delivery d = new Delivery();
        d.id = row.getLong("id");
        d.receiver = Delivery.Receiver.valueOf(row.getString("receiver"));
        d.sourceEventId = row.getString("source_event_id");
        d.kodebooking = row.getString("kodebooking");
        d.kind = enumOrNull(DeliveryOutcomeEvent.BpjsCall.class, row.getString("kind"));
        d.eventType = row.getString("event_type");
        d.recordKey = row.getString("record_key");
        d.source = enumOrNull(BookingSource.class, row.getString("source"));
        d.taskid = row.getInteger("taskid");
        d.body = row.getString("body");
        d.attempts = row.getInteger("attempts");
        d.nextAttemptAt = row.getOffsetDateTime("next_attempt_at").toInstant();
        d.code = row.getInteger("code");
        d.traceparent = row.getString("trace_parent");
        d.status = Delivery.Status.PENDING;
        return d;
    }

    private static <T extends Enum<T>> T enumOrNull(Class<T> type, String name) {
        return name == null ? null : Enum.valueOf(type, name);
    }

    /** Stores the status, attempts, BPJS's answer and next due time of deliveries claimed by {@link #lockDue}. */
    public Uni<Void> storeAttempts(SqlConnection conn, List<Delivery> tried) {
        return conn.preparedQuery(STORE_ATTEMPTS).execute(Tuple.from(new Object[] {
                column(tried, d -> d.id, Long[]::new),
                column(tried, d -> d.status.name(), String[]::new),
                column(tried, d -> d.attempts, Integer[]::new),
                column(tried, d -> d.code, Integer[]::new),
                column(tried, d -> d.message, String[]::new),
                column(tried, d -> utc(d.nextAttemptAt), OffsetDateTime[]::new),
                column(tried, d -> utc(d.finishedAt), OffsetDateTime[]::new) }))
                .replaceWithVoid();
    }

    /** One field of every item, as the array a statement unnests (in the items' order). */
    private static <T> T[] column(List<Delivery> items, Function<Delivery, T> field, IntFunction<T[]> array) {
        return items.stream().map(field).toArray(array);
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    /**
     * Stores new items in their order (ids are drawn in it, and ids give a booking's order) in one statement, each
     * unless its source event was stored already. One statement is atomic by itself: on the pool it needs no
     * transaction around it (one round trip), on a transaction's connection it joins that transaction.
     *
     * @return how many were stored now
     */
    public Uni<Integer> insertOnce(SqlClient client, List<Delivery> items, Instant now) {
        return client.preparedQuery(INSERT_ONCE).execute(Tuple.from(new Object[] {
                column(items, d -> d.sourceEventId, String[]::new),
                column(items, d -> d.kodebooking, String[]::new),
                column(items, d -> d.kind == null ? null : d.kind.name(), String[]::new),
                column(items, d -> d.source == null ? null : d.source.name(), String[]::new),
                column(items, d -> d.taskid, Integer[]::new),
                column(items, d -> d.tanggal, LocalDate[]::new),
                column(items, d -> d.body, String[]::new),
                utc(now),
                column(items, d -> d.receiver.name(), String[]::new),
                column(items, d -> d.eventType, String[]::new),
                column(items, d -> d.recordKey, String[]::new),
                column(items, d -> (d.status == null ? Delivery.Status.PENDING : d.status).name(), String[]::new),
                column(items, d -> d.message, String[]::new),
                column(items, d -> d.traceparent, String[]::new) }))
                .map(SqlResult::rowCount);
    }

    /**
     * A receiver's deliveries, oldest first; {@code key} is the booking (BPJS) or the event's key (SIMRS), {@code
     * tanggal} the visit date; null filters nothing.
     */
    public Uni<List<Delivery>> search(Delivery.Receiver receiver, Delivery.Status status, String key,
            LocalDate tanggal, int limit) {
        StringBuilder q = new StringBuilder("receiver = :receiver");
        Parameters params = Parameters.with("receiver", receiver);
        if (status != null) {
            q.append(" and status = :status");
            params.and("status", status);
        }
        if (tanggal != null) {
            q.append(" and tanggal = :tanggal");
            params.and("tanggal", tanggal);
        }
        if (key != null && !key.isBlank()) {
            q.append(receiver == Delivery.Receiver.SIMRS ? " and recordKey = :key" : " and kodebooking = :key");
            params.and("key", key);
        }
        return find(q.toString(), Sort.by("id"), params).page(0, limit).list();
    }

    /** BPJS's deliveries of a booking, in order. */
    public Uni<List<Delivery>> ofBooking(String kodebooking) {
        return list("receiver = ?1 and kodebooking = ?2", Sort.by("id"), Delivery.Receiver.BPJS, kodebooking);
    }

    /**
     * The item, locked until the transaction ends. The sender holds its item locked while BPJS answers, so a replay
     * waits for that answer instead of writing back a status read before it.
     */
    public Uni<Delivery> lock(long id) {
        return findById(id, LockModeType.PESSIMISTIC_WRITE);
    }

    /** A key's items in order ({@link #search} names the key), locked like {@link #lock}. */
    public Uni<List<Delivery>> lockOfKey(Delivery.Receiver receiver, String key) {
        String byKey = receiver == Delivery.Receiver.SIMRS ? "recordKey" : "kodebooking";
        return find("receiver = ?1 and " + byKey + " = ?2", Sort.by("id"), receiver, key)
                .withLock(LockModeType.PESSIMISTIC_WRITE).list();
    }

    /** A receiver's parked items in order, at most {@code limit}, locked like {@link #lock}. */
    public Uni<List<Delivery>> lockParked(Delivery.Receiver receiver, int limit) {
        return find("receiver = ?1 and status = ?2", Sort.by("id"), receiver, Delivery.Status.PARKED)
                .page(0, limit).withLock(LockModeType.PESSIMISTIC_WRITE).list();
    }

    /** The receiver's parked items among {@code ids}, in order, locked like {@link #lock}. */
    public Uni<List<Delivery>> lockParked(Delivery.Receiver receiver, List<Long> ids) {
        return find("receiver = ?1 and status = ?2 and id in ?3", Sort.by("id"), receiver, Delivery.Status.PARKED,
                ids).withLock(LockModeType.PESSIMISTIC_WRITE).list();
    }

    /** The receiver's parked items of a visit date, in order, at most {@code limit}, locked like {@link #lock}. */
    public Uni<List<Delivery>> lockParked(Delivery.Receiver receiver, LocalDate tanggal, int limit) {
        return find("receiver = ?1 and status = ?2 and tanggal = ?3", Sort.by("id"), receiver,
                Delivery.Status.PARKED, tanggal).page(0, limit).withLock(LockModeType.PESSIMISTIC_WRITE).list();
    }

    /** What is still on its way to BPJS on one visit date: how many wait, how many are parked, since when. */
    public record DayBacklog(String tanggal, long pending, long parked, Long oldestPendingAt) {
    }

    /** Every visit date with deliveries to BPJS still pending or parked, oldest date first. */
    public Uni<List<DayBacklog>> backlogByDay() {
        return Panache.getSession().chain(session -> session.createNativeQuery("""
                select to_char(tanggal, 'YYYY-MM-DD'),
                       count(*) filter (where status = 'PENDING'),
                       count(*) filter (where status = 'PARKED'),
                       cast(extract(epoch from min(created_at) filter (where status = 'PENDING')) * 1000 as bigint)
                from delivery
                where receiver = 'BPJS' and status in ('PENDING', 'PARKED')
                group by tanggal
                order by tanggal
                """, Object[].class).getResultList())
                .map(rows -> rows.stream().map(r -> new DayBacklog((String) r[0], ((Number) r[1]).longValue(),
                        ((Number) r[2]).longValue(), r[3] == null ? null : ((Number) r[3]).longValue())).toList());
    }

    public Uni<List<String>> bookingsWithDeliveredTasks(LocalDate tanggal) {
        return Panache.getSession().chain(session -> session.createNativeQuery("""
                select distinct kodebooking from delivery
                where tanggal = ?1 and receiver = 'BPJS' and kind = 'UPDATE_WAKTU' and status = 'DELIVERED'
                order by kodebooking
                """, String.class).setParameter(1, tanggal).getResultList());
    }
}
