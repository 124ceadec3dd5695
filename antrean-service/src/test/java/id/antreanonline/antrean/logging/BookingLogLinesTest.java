package id.antreanonline.antrean.logging;

import static id.antreanonline.antrean.Fixtures.ambil;
import static id.antreanonline.antrean.Fixtures.doctor;
import static id.antreanonline.antrean.Fixtures.patient;
import static id.antreanonline.antrean.Fixtures.poli;
import static id.antreanonline.antrean.Fixtures.schedule;
import static id.antreanonline.antrean.Fixtures.today;
import static id.antreanonline.antrean.Fixtures.wsrs;
import static id.antreanonline.antrean.Fixtures.wsrsToken;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;

import org.jboss.logmanager.ExtLogRecord;
import org.jboss.logmanager.LogContext;
import org.jboss.logmanager.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import id.antreanonline.antrean.Fixtures.Patient;
import id.antreanonline.outbox.BookingLog;
import id.antreanonline.shared.Wib;
import id.antreanonline.shared.event.BookingSource;
import id.antreanonline.shared.event.TaskEvent;
import id.antreanonline.shared.event.Topics;
import id.antreanonline.testsupport.KafkaRecords;
import id.antreanonline.testsupport.PostgresTestResource;
import io.restassured.http.ContentType;
import io.quarkus.logging.json.runtime.JsonFormatter;
import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;

/**
 * A booking's path (ambilantrean, a task event consumed, checkin, batalantrean) written as the JSON lines production
 * writes: the lines about it carry its kodebooking, the consumed event's id and a trace id, and no line of the whole
 * run names the patient's NIK, card number or phone.
 */
@QuarkusTest
class BookingLogLinesTest {

    private static final String HOURS = "08:00-12:00";
    private static final String PHONE = "081234567890";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final String kodepoli = poli();
    private final String kodedokter = doctor();
    private final LocalDate tomorrow = today().plusDays(1);
    private final List<String> lines = new CopyOnWriteArrayList<>();
    private final Logger root = LogContext.getLogContext().getLogger("");
    private final Logger ours = LogContext.getLogContext().getLogger("id.antreanonline");
    private Level oursBefore;

    /** Formats each record as the JSON console does in production, MDC as top-level fields. */
    private final Handler capture = new Handler() {
        private final JsonFormatter json = new JsonFormatter();
        {
            json.setPrintDetails(false);
            json.setFlatMdc(true);
        }

        @Override
        public void publish(LogRecord record) {
            ExtLogRecord ext = record instanceof ExtLogRecord e ? e : ExtLogRecord.wrap(record);
            lines.add(json.format(ext));
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    @BeforeEach
    void captureLines() {
        oursBefore = ours.getLevel();
        ours.setLevel(Level.FINE); // the consumers' "applied" lines are debug
        capture.setLevel(Level.ALL);
        root.addHandler(capture);
    }

    @AfterEach
    void stopCapturing() {
        root.removeHandler(capture);
        ours.setLevel(oursBefore);
    }

    @Test
    void linesAboutABookingNameItAndNeverThePatient() throws Exception {
        schedule(kodepoli, kodedokter, tomorrow, HOURS, 10, 0);
        Patient patient = patient(true);
        String code = wsrs("ambilantrean", ambil(patient, kodepoli, kodedokter, tomorrow, HOURS))
                .getString("response.kodebooking");
        assertNotNull(code);

        String eventId = UUID.randomUUID().toString();
        sendTask(eventId, code, 5);
        await().atMost(Duration.ofSeconds(60)).until(() -> aboutBooking(code).stream()
                .anyMatch(l -> eventId.equals(l.path(BookingLog.EVENT_ID).asText(null))));

        Instant visitMorning = tomorrow.atTime(7, 30).atZone(Wib.ZONE).toInstant();
        QuarkusMock.installMockForType(Clock.fixed(visitMorning, Wib.ZONE), Clock.class);
        wsrs("checkin", Map.of("kodebooking", code, "waktu", visitMorning.toEpochMilli() - 60_000));
        wsrs("batalantrean", Map.of("kodebooking", code, "keterangan", "tidak jadi"));

        List<JsonNode> about = aboutBooking(code);
        assertTrue(about.size() >= 3, "taken, the task applied and check-in or cancellation: " + about);
        for (JsonNode line : about) {
            assertEquals(code, line.path(BookingLog.KODEBOOKING).asText(null), line.toString());
            assertFalse(line.path(BookingLog.TRACE_ID).asText("").isBlank(), line.toString());
        }
        JsonNode applied = about.stream().filter(l -> eventId.equals(l.path(BookingLog.EVENT_ID).asText(null)))
                .findFirst().orElseThrow();
        assertEquals(eventId, applied.path(BookingLog.TRACE_ID).asText(), "an event without a trace id: its own id");

        for (String line : lines) {
            assertFalse(line.contains(patient.nik()), "NIK in " + line);
            assertFalse(line.contains(patient.nomorkartu()), "card number in " + line);
            assertFalse(line.contains(PHONE), "phone in " + line);
        }
    }

    @Test
    void aBookingSentWithATraceparentIsLoggedAndPublishedInThatTrace() throws Exception {
        schedule(kodepoli, kodedokter, tomorrow, HOURS, 10, 0);
        Patient patient = patient(true);
        String traceId = "4bf92f3577b34da6a3ce929d0e0e4736";
        String code = given().header("traceparent", "00-" + traceId + "-00f067aa0ba902b7-01")
                .header("x-token", wsrsToken()).header("x-username", "mobilejkn").contentType(ContentType.JSON)
                .body(ambil(patient, kodepoli, kodedokter, tomorrow, HOURS)).post("/wsrs/ambilantrean")
                .then().statusCode(200).extract().jsonPath().getString("response.kodebooking");
        assertNotNull(code);

        List<JsonNode> about = aboutBooking(code);
        assertFalse(about.isEmpty());
        about.forEach(line -> assertEquals(traceId, line.path(BookingLog.TRACE_ID).asText(), line.toString()));
        try (Connection c = PostgresTestResource.connect("antrean");
                PreparedStatement st = c.prepareStatement("select trace_parent from outbox where record_key = ?")) {
            st.setString(1, code);
            try (ResultSet rs = st.executeQuery()) {
                int rows = 0;
                while (rs.next()) {
                    rows++;
                    assertEquals(traceId, rs.getString(1).substring(3, 35), "each event keeps the request's trace");
                }
                assertEquals(2, rows, "the booking's event and its visit's");
            }
        }
    }

    /** The captured lines whose message names the booking. */
    private List<JsonNode> aboutBooking(String code) {
        return lines.stream().map(BookingLogLinesTest::parse)
                .filter(l -> l.path("message").asText("").contains(code)).toList();
    }

    private static JsonNode parse(String line) {
        try {
            return JSON.readTree(line);
        } catch (Exception e) {
            throw new AssertionError("not a JSON line: " + line, e);
        }
    }

    private static void sendTask(String eventId, String kodebooking, int taskid) throws Exception {
        TaskEvent event = new TaskEvent(eventId, TaskEvent.Kind.TASK, kodebooking, BookingSource.MOBILE_JKN, taskid,
                System.currentTimeMillis(), null, null, null, System.currentTimeMillis());
        KafkaRecords.publish(Topics.TASKS, kodebooking, JSON.writeValueAsString(event));
    }
}
