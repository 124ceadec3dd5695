package id.antreanonline.e2e;

import static id.antreanonline.e2e.Api.FARMASI;
import static id.antreanonline.e2e.Api.staffPost;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * One trace from a request to BPJS: the trace id a caller sends (W3C {@code traceparent}) is the one "BPJS" receives,
 * across the services' outboxes, Kafka and the gateway's delivery rows.
 */
@ExtendWith(Stack.class)
class TraceTest {

    static final Duration DELIVERY = Duration.ofSeconds(120);

    @Test
    void anOnsiteBookingArrivesWithItsAntreanAddInTheDesksTrace() {
        String traceId = newTraceId();
        String kodebooking = Visits.onsiteNewPatient("INT", Api.Person.fresh(), traceparent(traceId));

        Bpjs.Call add = await().atMost(DELIVERY).until(() -> first(kodebooking, "/antrean/add", null),
                c -> c != null && c.accepted());
        assertEquals(traceId, add.traceId());
    }

    @Test
    void aCheckInAndAStationsStepArriveWithUpdatewaktuInTheirOwnTraces() {
        String kodebooking = Visits.onsiteNewPatient("ANA");
        String checkInTrace = newTraceId();
        Visits.checkIn(kodebooking, traceparent(checkInTrace));
        String stepTrace = newTraceId();
        staffPost(FARMASI + "/api/tasks", JourneyTest.task(kodebooking, 2, null), 200, traceparent(stepTrace));

        Visits.awaitDeliveredInOrder(kodebooking, List.of(1, 2));
        // the check-in went antrean-service → antrean.visits → farmasi-task-service → antrean.tasks → the gateway
        assertEquals(checkInTrace, first(kodebooking, "/antrean/updatewaktu", 1).traceId());
        assertEquals(stepTrace, first(kodebooking, "/antrean/updatewaktu", 2).traceId());
    }

    /** The first call of a booking BPJS accepted at {@code pathSuffix} (of {@code taskid} when given), or null. */
    private static Bpjs.Call first(String kodebooking, String pathSuffix, Integer taskid) {
        return Bpjs.received(kodebooking).stream()
                .filter(c -> c.path().endsWith(pathSuffix) && c.accepted())
                .filter(c -> taskid == null || c.taskid() == taskid)
                .findFirst().orElse(null);
    }

    private static String newTraceId() {
        return UUID.randomUUID().toString().replace("-", "");
    }

    private static String traceparent(String traceId) {
        return "00-" + traceId + "-" + traceId.substring(0, 16) + "-01";
    }
}
