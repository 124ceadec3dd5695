package id.antreanonline.antrean.rest;

import static id.antreanonline.antrean.Fixtures.ambil;
import static id.antreanonline.antrean.Fixtures.doctor;
import static id.antreanonline.antrean.Fixtures.patient;
import static id.antreanonline.antrean.Fixtures.poli;
import static id.antreanonline.antrean.Fixtures.schedule;
import static id.antreanonline.antrean.Fixtures.today;
import static id.antreanonline.antrean.Fixtures.wsrs;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.IntStream;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import id.antreanonline.antrean.Fixtures;
import id.antreanonline.antrean.service.Messages;
import id.antreanonline.shared.Wib;
import id.antreanonline.shared.event.Topics;
import id.antreanonline.testsupport.ServiceInfrastructureContract;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

@QuarkusTest
class CheckInTest {

    private static final String HOURS = "08:00-12:00";
    private static final ObjectMapper JSON = new ObjectMapper();
    @TestHTTPResource("/wsrs/checkin")
    URL checkin;
    private final String kodepoli = poli();
    private final String kodedokter = doctor();
    private final LocalDate tomorrow = today().plusDays(1);
    private final Instant visitMorning = tomorrow.atTime(7, 30).atZone(Wib.ZONE).toInstant();

    private static void assertRefused(JsonPath answer, String message) {
        assertEquals(201, answer.getInt("metadata.code"), answer.prettify());
        assertEquals(message, answer.getString("metadata.message"));
    }

    private String book(boolean completeRecord) {
        JsonPath a = wsrs("ambilantrean", ambil(patient(completeRecord), kodepoli, kodedokter, tomorrow, HOURS));
        assertEquals(200, a.getInt("metadata.code"), a.prettify());
        return a.getString("response.kodebooking");
    }

    private void itIsVisitMorning() {
        QuarkusMock.installMockForType(Clock.fixed(visitMorning, Wib.ZONE), Clock.class);
    }

    private static JsonPath checkIn(String code, Object waktu) {
        return wsrs("checkin", Map.of("kodebooking", code, "waktu", waktu));
    }

    @Test
    void returningPatientChecksInAtTask3AndTheEventCarriesTheTime() throws Exception {
        schedule(kodepoli, kodedokter, tomorrow, HOURS, 5, 5);
        String code = book(true);
        itIsVisitMorning();
        long waktu = visitMorning.toEpochMilli() - 60_000;

        JsonPath answer = checkIn(code, waktu);

        assertEquals(200, answer.getInt("metadata.code"), answer.prettify());
        assertEquals(3, ((Number) Fixtures.column("select checkin_task from booking where kodebooking = ?", code)
                .get(0)).intValue());
        JsonNode event = bookingEvent(code, "CHECKED_IN");
        assertEquals(3, event.path("checkIn").path("taskid").asInt());
        assertEquals(waktu, event.path("checkIn").path("waktu").asLong());
        assertEquals("MOBILE_JKN", event.path("source").asText());
        assertEquals(0, event.path("booking").path("pasienbaru").asInt());
        JsonNode visit = visitEvent(code, "CHECKED_IN");
        assertEquals(3, visit.path("checkIn").path("taskid").asInt());
        assertEquals(waktu, visit.path("checkIn").path("waktu").asLong());
        assertEquals(0, visit.path("visit").path("pasienbaru").asInt());
    }

    @Test
    void newPatientChecksInAtTask1() {
        schedule(kodepoli, kodedokter, tomorrow, HOURS, 5, 5);
        String code = book(false);
        itIsVisitMorning();
        assertEquals(200, checkIn(code, String.valueOf(visitMorning.toEpochMilli())).getInt("metadata.code"));
        assertEquals(1, ((Number) Fixtures.column("select checkin_task from booking where kodebooking = ?", code)
                .get(0)).intValue());
    }

    @Test
    void checkInBeforeTheVisitDateIsRefused() {
        schedule(kodepoli, kodedokter, tomorrow, HOURS, 5, 5);
        String code = book(true);
        assertRefused(checkIn(code, System.currentTimeMillis()), Messages.CHECKIN_NOT_VISIT_DATE);
    }

    @Test
    void checkInTimeOutsideTheVisitDateIsRefused() {
        schedule(kodepoli, kodedokter, tomorrow, HOURS, 5, 5);
        String code = book(true);
        itIsVisitMorning();
        assertRefused(checkIn(code, visitMorning.toEpochMilli() - 24 * 3600_000L), Messages.CHECKIN_NOT_VISIT_DATE);
    }

    @Test
    void checkInTwiceIsRefused() {
        schedule(kodepoli, kodedokter, tomorrow, HOURS, 5, 5);
        String code = book(true);
        itIsVisitMorning();
        checkIn(code, visitMorning.toEpochMilli());
        assertRefused(checkIn(code, visitMorning.toEpochMilli()), Messages.ALREADY_CHECKED_IN);
    }

    @Test
    void checkInAfterCancellationIsRefused() {
        schedule(kodepoli, kodedokter, tomorrow, HOURS, 5, 5);
        String code = book(true);
        wsrs("batalantrean", Map.of("kodebooking", code, "keterangan", "batal"));
        itIsVisitMorning();
        assertRefused(checkIn(code, visitMorning.toEpochMilli()), Messages.CHECKIN_CANCELLED);
    }

    @Test
    void checkInTimeMustBeEpochMillisAndNotInTheFuture() {
        schedule(kodepoli, kodedokter, tomorrow, HOURS, 5, 5);
        String code = book(true);
        itIsVisitMorning();
        assertRefused(checkIn(code, "kemarin"), Messages.CHECKIN_TIME_INVALID);
        assertRefused(checkIn(code, visitMorning.toEpochMilli() + 3600_000L), Messages.CHECKIN_IN_FUTURE);
        assertRefused(checkIn("ZZZZZZZZZZZZ", visitMorning.toEpochMilli()), Messages.BOOKING_NOT_FOUND);
    }

    @Test
    void simultaneousCheckInsOfOneBookingRecordOneTaskAndOnePairOfEvents() throws Exception {
        schedule(kodepoli, kodedokter, tomorrow, HOURS, 5, 5);
        String code = book(true);
        itIsVisitMorning();
        String body = JSON.writeValueAsString(Map.of("kodebooking", code, "waktu", visitMorning.toEpochMilli()));
        String token = Fixtures.wsrsToken();
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

        List<CompletableFuture<HttpResponse<String>>> answers = IntStream.range(0, 8)
                .mapToObj(i -> client.sendAsync(HttpRequest.newBuilder(URI.create(checkin.toString()))
                        .timeout(Duration.ofSeconds(60)).header("Content-Type", "application/json")
                        .header("x-token", token).header("x-username", Fixtures.WSRS_USER)
                        .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString()))
                .toList();

        List<String> messages = new ArrayList<>();
        for (CompletableFuture<HttpResponse<String>> answer : answers) {
            JsonNode envelope = JSON.readTree(answer.get().body());
            messages.add(envelope.path("metadata").path("code").asInt() == 200 ? "OK"
                    : envelope.path("metadata").path("message").asText());
        }
        assertEquals(1, messages.stream().filter("OK"::equals).count(), messages.toString());
        assertEquals(7, messages.stream().filter(Messages.ALREADY_CHECKED_IN::equals).count(), messages.toString());
        assertEquals(List.of(Topics.BOOKINGS, Topics.VISITS), Fixtures.column("select topic from outbox"
                + " where record_key = ? and payload like '%\"kind\":\"CHECKED_IN\"%' order by id", code));
        assertEquals(3, ((Number) Fixtures.column("select checkin_task from booking where kodebooking = ?", code)
                .get(0)).intValue());
    }

    @Test
    void checkInEventsCarryTheBookingAsItsCreationDid() throws Exception {
        schedule(kodepoli, kodedokter, tomorrow, HOURS, 5, 5);
        String code = book(false);
        itIsVisitMorning();

        assertEquals(200, checkIn(code, visitMorning.toEpochMilli()).getInt("metadata.code"));

        for (String topic : List.of(Topics.BOOKINGS, Topics.VISITS)) {
            List<Object> payloads = Fixtures.column("select payload from outbox where record_key = ? and topic = ?"
                    + " order by id", code, topic);
            assertEquals(2, payloads.size(), topic);
            JsonNode created = JSON.readTree((String) payloads.get(0));
            JsonNode checkedIn = JSON.readTree((String) payloads.get(1));
            assertEquals("CREATED", created.path("kind").asText());
            assertEquals("CHECKED_IN", checkedIn.path("kind").asText());
            String snapshot = topic.equals(Topics.BOOKINGS) ? "booking" : "visit";
            assertEquals(created.path(snapshot), checkedIn.path(snapshot), topic);
            assertEquals(created.path("source"), checkedIn.path("source"), topic);
            assertEquals(1, checkedIn.path("checkIn").path("taskid").asInt(), topic);
            assertEquals(visitMorning.toEpochMilli(), checkedIn.path("checkIn").path("waktu").asLong(), topic);
        }
    }

    /** The booking's event of that kind on antrean.bookings, read from Kafka (it is relayed through the outbox). */
    static JsonNode bookingEvent(String kodebooking, String kind) {
        return event(Topics.BOOKINGS, kodebooking, kind);
    }

    /** The stations' copy of that event, on antrean.visits. */
    static JsonNode visitEvent(String kodebooking, String kind) {
        return event(Topics.VISITS, kodebooking, kind);
    }

    private static JsonNode event(String topic, String kodebooking, String kind) {
        ObjectMapper json = new ObjectMapper();
        AtomicReference<JsonNode> found = new AtomicReference<>();
        await().atMost(Duration.ofSeconds(60)).until(() -> {
            List<ConsumerRecord<String, String>> records = ServiceInfrastructureContract.consume(topic, 1);
            for (ConsumerRecord<String, String> r : records) {
                JsonNode node = json.readTree(r.value());
                if (kodebooking.equals(r.key()) && kind.equals(node.path("kind").asText())) {
                    found.set(node);
                }
            }
            return found.get() != null;
        });
        return found.get();
    }
}
