package id.antreanonline.gateway.repository;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import id.antreanonline.gateway.Delivery;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.PanacheRepository;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

@ApplicationScoped
public class DeliveryRepository implements PanacheRepository<Delivery> {

    /**
     * The next delivery that may go now, locked for this transaction; other replicas and senders skip it.
     * <p>
     * Order rules, per kodebooking: an antrean/add may always go. Any other item waits while an earlier non-add item of
     * the same booking is still pending, or parked (BPJS would refuse a task whose predecessor it lacks); a
     * cancellation only waits for pending ones. An item of an onsite booking also waits until its antrean/add was
     * delivered or parked. One booking waiting never stops another: the lock is per row, the rules per booking.
     */
    private static final String NEXT_DUE = """
            select d.* from delivery d
            where d.status = 'PENDING' and d.next_attempt_at <= ?1
              and (d.kind = 'ANTREAN_ADD' or (
                   not exists (select 1 from delivery p
                               where p.kodebooking = d.kodebooking and p.id < d.id and p.kind <> 'ANTREAN_ADD'
                                 and (p.status = 'PENDING' or (p.status = 'PARKED' and d.kind <> 'ANTREAN_BATAL')))
                   and (d.source <> 'ONSITE' or exists (select 1 from delivery a
                               where a.kodebooking = d.kodebooking and a.kind = 'ANTREAN_ADD' and a.status <> 'PENDING'))))
            order by d.next_attempt_at, d.id
            limit 1
            for update of d skip locked
            """;

    public Uni<Delivery> lockNextDue(Instant now) {
        return Panache.getSession().chain(session -> session.createNativeQuery(NEXT_DUE, Delivery.class)
                .setParameter(1, now)
                .getResultList())
                .map(rows -> rows.isEmpty() ? null : rows.get(0));
    }

    /** Stores a new item unless its source event was stored already; true when stored now. */
    public Uni<Boolean> insertOnce(Delivery d) {
        return Panache.getSession().chain(session -> session.createNativeQuery("""
                insert into delivery (source_event_id, kodebooking, kind, source, taskid, tanggal, body, status,
                                      attempts, next_attempt_at, created_at)
                values (?1, ?2, ?3, ?4, ?5, ?6, ?7, 'PENDING', 0, ?8, ?8)
                on conflict (source_event_id) do nothing
                """)
                .setParameter(1, d.sourceEventId)
                .setParameter(2, d.kodebooking)
                .setParameter(3, d.kind.name())
                .setParameter(4, d.source.name())
                .setParameter(5, d.taskid)
                .setParameter(6, d.tanggal)
                .setParameter(7, d.body)
                .setParameter(8, d.createdAt)
                .executeUpdate())
                .map(n -> n == 1);
    }

    public Uni<List<Delivery>> search(Delivery.Status status, String kodebooking, int limit) {
        StringBuilder q = new StringBuilder("1 = 1");
        Parameters params = new Parameters();
        if (status != null) {
            q.append(" and status = :status");
            params.and("status", status);
        }
        if (kodebooking != null && !kodebooking.isBlank()) {
            q.append(" and kodebooking = :kodebooking");
            params.and("kodebooking", kodebooking);
        }
        return find(q.toString(), Sort.by("id"), params).page(0, limit).list();
    }

    public Uni<List<Delivery>> ofBooking(String kodebooking) {
        return list("kodebooking", Sort.by("id"), kodebooking);
    }

    /**
     * The item, locked until the transaction ends. The sender holds its item locked while BPJS answers, so a replay
     * waits for that answer instead of writing back a status read before it.
     */
    public Uni<Delivery> lock(long id) {
        return findById(id, LockModeType.PESSIMISTIC_WRITE);
    }

    /** A booking's items in order, locked like {@link #lock}. */
    public Uni<List<Delivery>> lockOfBooking(String kodebooking) {
        return find("kodebooking", Sort.by("id"), kodebooking).withLock(LockModeType.PESSIMISTIC_WRITE).list();
    }

    public Uni<List<String>> bookingsWithDeliveredTasks(LocalDate tanggal) {
        return Panache.getSession().chain(session -> session.createNativeQuery("""
                select distinct kodebooking from delivery
                where tanggal = ?1 and kind = 'UPDATE_WAKTU' and status = 'DELIVERED'
                order by kodebooking
                """, String.class).setParameter(1, tanggal).getResultList());
    }
}
