package id.antreanonline.gateway.repository;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import id.antreanonline.gateway.Delivery;
import id.antreanonline.gateway.service.DeliverySender;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Transaction;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;

/**
 * The batch claim of due deliveries: two senders (replicas or workers) never hold the same delivery, and a claim takes
 * a booking's next item only once the one before it is finished. This replica sends nothing, and the rows were due
 * in 1970, so a claim "then" sees these rows only, whatever other tests left in the table.
 */
@QuarkusTest
@TestProfile(DeliveryClaimTest.NoSenders.class)
class DeliveryClaimTest {

    public static class NoSenders implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("gateway.delivery.enabled", "false");
        }
    }

    private static final Instant DUE = Instant.parse("1970-01-02T00:00:00Z");
    private static final Instant LATER = DUE.plusSeconds(1);

    private static final Duration WAIT = Duration.ofSeconds(10);

    @Inject
    Pool pool;

    @Inject
    DeliveryRepository deliveries;

    @Test
    void twoSendersNeverClaimTheSameDeliveryNorABookingsNextTaskWhileItsFirstIsHeld() {
        String prefix = "CLM" + UUID.randomUUID().toString().substring(0, 8);
        List<Long> firstTasks = new ArrayList<>();
        List<Long> secondTasks = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            firstTasks.add(store(prefix + "-" + i, "UPDATE_WAKTU", 3, DUE));
        }
        for (int i = 0; i < 10; i++) {
            secondTasks.add(store(prefix + "-" + i, "UPDATE_WAKTU", 4, DUE));
        }

        SqlConnection first = pool.getConnection().await().atMost(WAIT);
        SqlConnection second = pool.getConnection().await().atMost(WAIT);
        Transaction firstTx = first.begin().await().atMost(WAIT);
        Transaction secondTx = second.begin().await().atMost(WAIT);
        try {
            Set<Long> claimedFirst = ids(deliveries.lockDue(first, Delivery.Receiver.BPJS, LATER, 4).await().atMost(WAIT), prefix);
            Set<Long> claimedSecond = ids(deliveries.lockDue(second, Delivery.Receiver.BPJS, LATER, 500).await().atMost(WAIT), prefix);

            assertEquals(Set.copyOf(firstTasks.subList(0, 4)), claimedFirst);
            // the other six bookings' first tasks; none held by the first sender, no second task (its first is pending)
            assertEquals(Set.copyOf(firstTasks.subList(4, 10)), claimedSecond);
            assertTrue(Collections.disjoint(claimedFirst, claimedSecond));
        } finally {
            firstTx.rollback().await().atMost(WAIT);
            secondTx.rollback().await().atMost(WAIT);
            first.close().await().atMost(WAIT);
            second.close().await().atMost(WAIT);
        }
    }

    @Test
    void aBookingsNextTaskIsClaimedOnceTheOneBeforeIsDelivered() {
        String kb = "CLN" + UUID.randomUUID().toString().substring(0, 8);
        long task3 = store(kb, "UPDATE_WAKTU", 3, DUE);
        long task4 = store(kb, "UPDATE_WAKTU", 4, DUE);

        assertEquals(Set.of(task3), ids(claim(LATER), kb));
        pool.preparedQuery("update delivery set status = 'DELIVERED' where id = $1").execute(Tuple.of(task3))
                .await().atMost(WAIT);
        assertEquals(Set.of(task4), ids(claim(LATER), kb));
    }

    @Test
    void aClaimMayHoldABookingsAntreanAddBesideItsTaskAndOnlyTheAddGoesFirst() {
        String kb = "CLA" + UUID.randomUUID().toString().substring(0, 8);
        long add = store(kb, "ANTREAN_ADD", null, DUE);
        long task3 = store(kb, "UPDATE_WAKTU", 3, DUE);

        List<Delivery> claimed = claim(LATER);

        assertEquals(Set.of(add, task3), ids(claimed, kb));
        assertEquals(List.of(add), DeliverySender.firstOfEachBooking(claimed).stream()
                .filter(d -> d.kodebooking.equals(kb)).map(d -> d.id).toList());
    }

    private List<Delivery> claim(Instant now) {
        return pool.withTransaction(conn -> deliveries.lockDue(conn, Delivery.Receiver.BPJS, now, 500)).await().atMost(WAIT);
    }

    private static Set<Long> ids(List<Delivery> claimed, String prefix) {
        Set<Long> ids = new HashSet<>();
        claimed.stream().filter(d -> d.kodebooking.startsWith(prefix)).forEach(d -> ids.add(d.id));
        return ids;
    }

    private long store(String kodebooking, String kind, Integer taskid, Instant due) {
        return pool.preparedQuery("""
                insert into delivery (source_event_id, kodebooking, kind, source, taskid, tanggal, body, status,
                                      attempts, next_attempt_at, created_at)
                values ($1, $2, $3, 'MOBILE_JKN', $4, current_date, '{}', 'PENDING', 0, $5, now())
                returning id
                """).execute(Tuple.of(UUID.randomUUID().toString(), kodebooking, kind, taskid,
                due.atOffset(ZoneOffset.UTC))).await().atMost(WAIT).iterator().next().getLong("id");
    }
}
