package id.antreanonline.farmasi.messaging;

import static id.antreanonline.farmasi.Fixtures.at;
import static id.antreanonline.farmasi.Fixtures.book;
import static id.antreanonline.farmasi.Fixtures.newDay;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.junit.jupiter.api.Test;

import id.antreanonline.farmasi.Fixtures;
import id.antreanonline.farmasi.TestClock;
import id.antreanonline.shared.event.Topics;
import id.antreanonline.shared.event.VisitSnapshot;
import id.antreanonline.testsupport.KafkaRecords;
import id.antreanonline.testsupport.PostgresTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;

/** A step's trace, and a check-in's, go with the task event: in its outbox row and its Kafka header. */
@QuarkusTest
class TraceContextTest {

    private static final String TRACE_ID = "4bf92f3577b34da6a3ce929d0e0e4736";

    @Inject
    TestClock clock;

    @Test
    void aStepRecordedWithATraceparentCarriesItsTraceToTheTaskEvent() {
        LocalDate day = newDay();
        clock.set(at(day, "23:00"));
        String kb = book(day, false, "INT", "301", 1, at(day, "07:00")).kodebooking();

        given().auth().oauth2(Fixtures.token("poli")).contentType(ContentType.JSON)
                .header("traceparent", "00-" + TRACE_ID + "-00f067aa0ba902b7-01")
                .body(Map.of("kodebooking", kb, "taskid", 4, "waktu", at(day, "08:00")))
                .post("/api/tasks").then().statusCode(200);

        assertEquals(TRACE_ID, traceIdOf(storedTraceparent(kb, 4)), "the outbox row keeps the step's trace");
        assertEquals(TRACE_ID, traceIdOf(headerOfTask(kb, 4)), "the Kafka record carries it");
    }

    @Test
    void aCheckInsTaskContinuesTheTraceOfTheVisitEvent() {
        LocalDate day = newDay();
        clock.set(at(day, "23:00"));
        VisitSnapshot booking = book(day, false, "INT", "301", 1, null);

        Fixtures.publish(Topics.VISITS, booking.kodebooking(), Fixtures.checkedIn(booking, at(day, "07:00")),
                "00-" + TRACE_ID + "-00f067aa0ba902b7-01");
        Fixtures.awaitLastTask(booking.kodebooking(), 3);

        assertEquals(TRACE_ID, traceIdOf(headerOfTask(booking.kodebooking(), 3)),
                "the task the check-in gives continues the check-in's trace");
    }

    private static String traceIdOf(String traceparent) {
        return traceparent == null ? null : traceparent.substring(3, 35);
    }

    private static String storedTraceparent(String kodebooking, int taskid) {
        try (Connection c = PostgresTestResource.connect("farmasi");
                PreparedStatement st = c.prepareStatement("select trace_parent from outbox where record_key = ? "
                        + "and topic = ? and payload like ? order by id desc limit 1")) {
            st.setString(1, kodebooking);
            st.setString(2, Topics.TASKS);
            st.setString(3, "%\"taskid\":" + taskid + ",%");
            try (ResultSet rs = st.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String headerOfTask(String kodebooking, int taskid) {
        AtomicReference<String> found = new AtomicReference<>();
        try (KafkaConsumer<String, String> consumer = KafkaRecords.reader(Topics.TASKS)) {
            await().atMost(Duration.ofSeconds(60)).until(() -> {
                consumer.poll(Duration.ofMillis(200)).forEach(r -> {
                    if (kodebooking.equals(r.key()) && r.value().contains("\"taskid\":" + taskid + ",")) {
                        found.set(KafkaRecords.header(r, "traceparent"));
                    }
                });
                return found.get() != null;
            });
        }
        return found.get();
    }
}
