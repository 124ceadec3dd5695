package id.antreanonline.farmasi.display;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import id.antreanonline.shared.Wib;
import id.antreanonline.shared.event.BookingEvent;
import id.antreanonline.shared.event.BookingSource;
import id.antreanonline.shared.event.TaskEvent;
import id.antreanonline.shared.event.Topics;
import id.antreanonline.shared.event.VisitEvent;
import id.antreanonline.shared.event.VisitSnapshot;
import id.antreanonline.testsupport.KafkaTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.smallrye.jwt.build.Jwt;
import jakarta.inject.Inject;

@QuarkusTest
@QuarkusTestResource(FakePasienService.class)
class DisplayTest {

    @Inject
    ObjectMapper mapper;
    @Inject
    Clock clock;

    /** Set once a step published to antrean.tasks has reached a display stream of this instance. */
    private static volatile boolean signalsFlow;

    @Test
    void stationPagesAreServedWithoutToken() {
        given().get("/stasiun/").then().statusCode(200).body(containsString("Konsol Stasiun"));
        given().get("/display/poli.html").then().statusCode(200).body(containsString("Nomor dipanggil"));
        given().get("/display/farmasi.html").then().statusCode(200).body(containsString("Obat siap diambil"));
        given().get("/dashboard/").then().statusCode(200).body(containsString("Dasbor Antrean"));
        given().get("/assets/api.js").then().statusCode(200).body(containsString("sessionStorage"));
    }

    @Test
    void displayStreamSignalsARecordedCallAndTheBoardShowsNormAndInitialsOnly() throws Exception {
        String kodepoli = "D" + UUID.randomUUID().toString().substring(0, 4).toUpperCase(Locale.ROOT);
        String kodebooking = checkedInAtPoli(kodepoli, "777001");
        signalsAreFlowing();

        List<String> lines = new CopyOnWriteArrayList<>();
        try (EventStream stream = EventStream.open("poli", lines)) {
            await().atMost(Duration.ofSeconds(10)).until(() -> lines.stream().anyMatch(l -> l.contains("\"ready\"")));

            given().auth().oauth2(token("poli")).contentType(ContentType.JSON)
                    .body("{\"kodebooking\":\"" + kodebooking + "\",\"taskid\":4,\"waktu\":" + step(30) + "}")
                    .post("/api/tasks").then().statusCode(200).body("taskid", equalTo(4));

            await().atMost(Duration.ofSeconds(10)).until(() -> lines.stream()
                    .anyMatch(l -> l.contains("\"type\":\"task\"") && l.contains("\"taskid\":4")));
        }

        given().get("/api/display/poli/" + kodepoli).then().statusCode(200)
                .body("called.nomor", equalTo("A-1"))
                .body("called.norm", equalTo("777001"))
                .body("called.inisial", equalTo("S.N.B."))
                .body(not(containsString("Nurhaliza")))
                .body(not(containsString("3171000000000001")));
    }

    @Test
    void aDuplicateStepSignalsNothingNew() throws Exception {
        String kodepoli = "E" + UUID.randomUUID().toString().substring(0, 4).toUpperCase(Locale.ROOT);
        String kodebooking = checkedInAtPoli(kodepoli, "888002");
        String call = "{\"kodebooking\":\"" + kodebooking + "\",\"taskid\":4,\"waktu\":" + step(30) + "}";
        signalsAreFlowing();
        List<String> before = new CopyOnWriteArrayList<>();
        try (EventStream first = EventStream.open("poli", before)) {
            await().atMost(Duration.ofSeconds(10)).until(() -> before.stream().anyMatch(l -> l.contains("\"ready\"")));
            given().auth().oauth2(token("poli")).contentType(ContentType.JSON).body(call).post("/api/tasks")
                    .then().statusCode(200).body("duplicate", equalTo(false));
            // the first recording's own signal has gone by before the stream under test opens
            await().atMost(Duration.ofSeconds(10)).until(() -> before.stream().anyMatch(l -> l.contains("\"taskid\":4")));
        }

        List<String> lines = new CopyOnWriteArrayList<>();
        try (EventStream stream = EventStream.open("poli", lines)) {
            await().atMost(Duration.ofSeconds(10)).until(() -> lines.stream().anyMatch(l -> l.contains("\"ready\"")));
            given().auth().oauth2(token("poli")).contentType(ContentType.JSON).body(call).post("/api/tasks")
                    .then().statusCode(200).body("duplicate", equalTo(true));
            // a later real step still arrives, and it is the only task signal
            given().auth().oauth2(token("poli")).contentType(ContentType.JSON)
                    .body("{\"kodebooking\":\"" + kodebooking + "\",\"taskid\":5,\"waktu\":" + step(60)
                            + ",\"jenisresep\":\"tidak ada\"}")
                    .post("/api/tasks").then().statusCode(200);
            await().atMost(Duration.ofSeconds(10)).until(() -> lines.stream().anyMatch(l -> l.contains("\"taskid\":5")));
            // task 4's duplicate call published nothing: never signalled here
            assertEquals(0, lines.stream().filter(l -> l.contains("\"taskid\":4")).count());
            assertEquals(1, lines.stream().filter(l -> l.contains("\"taskid\":5")).count());
        }
    }

    @Test
    void aNumberCalledAgainIsTheBoardsLatestCallUntilAnotherAndItsDisplaysHearOfItAtOnce() throws Exception {
        String kodepoli = "U" + UUID.randomUUID().toString().substring(0, 4).toUpperCase(Locale.ROOT);
        String first = checkedInAtPoli(kodepoli, "777101");
        String second = checkedInAtPoli(kodepoli, "777102");
        String waiting = checkedInAtPoli(kodepoli, "777103");
        call(first, 4, step(30));
        call(second, 4, step(40));
        given().get("/api/display/poli/" + kodepoli).then().body("called.norm", equalTo("777102"));

        List<String> lines = new CopyOnWriteArrayList<>();
        long again;
        try (EventStream stream = EventStream.open("poli", lines)) {
            await().atMost(Duration.ofSeconds(10)).until(() -> lines.stream().anyMatch(l -> l.contains("\"ready\"")));
            given().auth().oauth2(token("farmasi")).post("/api/tasks/{kb}/panggil-ulang", first).then().statusCode(403);
            again = given().auth().oauth2(token("poli")).post("/api/tasks/{kb}/panggil-ulang", first).then()
                    .statusCode(200).body("taskid", equalTo(4)).body("nomorantrean", equalTo("A-1"))
                    .extract().jsonPath().getLong("waktu");
            await().atMost(Duration.ofSeconds(10)).until(() -> lines.stream()
                    .anyMatch(l -> l.contains("\"type\":\"task\"") && l.contains("\"waktu\":" + again)));
            given().get("/api/display/poli/" + kodepoli).then().body("called.norm", equalTo("777101"))
                    .body("called.waktu", equalTo(again));
        }
        // served afterwards, the number stays the last one called: the board does not go back to an older call
        call(first, 5, null);
        given().get("/api/display/poli/" + kodepoli).then().body("called.norm", equalTo("777101"))
                .body("called.waktu", equalTo(again));
        // only a number being called can be called again
        given().auth().oauth2(token("poli")).post("/api/tasks/{kb}/panggil-ulang", waiting).then().statusCode(409);
        given().auth().oauth2(token("poli")).post("/api/tasks/{kb}/panggil-ulang", first).then().statusCode(409);
    }

    private static void call(String kodebooking, int taskid, Long waktu) {
        given().auth().oauth2(token("poli")).contentType(ContentType.JSON)
                .body("{\"kodebooking\":\"" + kodebooking + "\",\"taskid\":" + taskid
                        + (waktu == null ? "" : ",\"waktu\":" + waktu)
                        + (taskid == 5 ? ",\"jenisresep\":\"tidak ada\"" : "") + "}")
                .post("/api/tasks").then().statusCode(200);
    }

    @Test
    void aStepRecordedOnAnotherInstanceReachesTheDisplaysOfThisOne() throws Exception {
        pharmacyDisplayHearsAStepFromAnotherReplica();
    }

    private void pharmacyDisplayHearsAStepFromAnotherReplica() throws Exception {
        List<String> lines = new CopyOnWriteArrayList<>();
        try (EventStream stream = EventStream.open("farmasi", lines);
                KafkaProducer<String, String> producer = producer()) {
            await().atMost(Duration.ofSeconds(10)).until(() -> lines.stream().anyMatch(l -> l.contains("\"ready\"")));
            // another replica's outbox publishes "medicine ready" (task 6); this instance recorded nothing of it.
            // Its signal consumer reads from the time it joined, so publish until one is heard
            await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(1)).until(() -> {
                String kodebooking = "RX" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);
                TaskEvent step = new TaskEvent(UUID.randomUUID().toString(), TaskEvent.Kind.TASK, kodebooking,
                        BookingSource.MOBILE_JKN, 6, clock.millis(), null, null, null, clock.millis());
                producer.send(new ProducerRecord<>(Topics.TASKS, kodebooking, mapper.writeValueAsString(step))).get();
                return lines.stream().anyMatch(l -> l.contains("\"type\":\"task\"") && l.contains("\"taskid\":6"));
            });
        }
        signalsFlow = true;
    }

    @Test
    void theStreamRefusesAnUnknownStationWithAMessage() {
        given().get("/api/display/stream?station=kasir").then().statusCode(400)
                .body("message", containsString("admisi, poli, farmasi"));
    }

    @Test
    void loginWithoutCredentialsIsRefusedWithAMessage() {
        given().contentType(ContentType.JSON).body("{\"username\":\"\"}").post("/api/auth/login")
                .then().statusCode(400).body("message", equalTo("Username dan password wajib diisi"));
    }

    @Test
    void aBoardShowsTodayWhicheverDayIsAsked() {
        String today = Wib.DATE.format(Wib.dateOf(clock.millis()));
        String otherDay = Wib.DATE.format(Wib.dateOf(clock.millis()).minusDays(3));
        given().queryParam("tanggal", otherDay).get("/api/display/farmasi").then().statusCode(200)
                .body("tanggal", equalTo(today));
        given().queryParam("tanggal", otherDay).get("/api/display/poli/ANA").then().statusCode(200)
                .body("tanggal", equalTo(today));
    }

    @Test
    void aCallerAddressHoldsAtMostFourStreamsAndTheNextIsToldWhenToTryAgain() throws Exception {
        String address = "198.51.100." + (1 + (int) (Math.random() * 250));
        List<EventStream> held = new ArrayList<>();
        try {
            for (int i = 0; i < 4; i++) {
                held.add(openReady("poli", address));
            }
            given().header("X-Forwarded-For", address).get("/api/display/stream?station=poli").then()
                    .statusCode(429).header("Retry-After", "30").body("message", equalTo(StreamQuota.TOO_MANY));
            // another address is not held back by this one
            openReady("farmasi", "203.0.113.9").close();

            // a display that goes away gives its place back
            held.remove(0).close();
            await().atMost(Duration.ofSeconds(10)).until(() -> {
                List<String> lines = new CopyOnWriteArrayList<>();
                EventStream again = EventStream.open("poli", lines, address);
                if (again.status() != 200) {
                    again.close();
                    return false;
                }
                held.add(again);
                return true;
            });
        } finally {
            for (EventStream stream : held) {
                stream.close();
            }
        }
    }

    /** A stream from {@code address} (as the trusted proxy forwards it) that has said it is ready. */
    private static EventStream openReady(String station, String address) {
        List<String> lines = new CopyOnWriteArrayList<>();
        EventStream stream = EventStream.open(station, lines, address);
        await().atMost(Duration.ofSeconds(10)).until(() -> lines.stream().anyMatch(l -> l.contains("\"ready\"")));
        return stream;
    }

    /**
     * Steps reach the displays only through antrean.tasks, read from the time this instance's signal consumer joined:
     * wait for that once, as a step from another replica shows it.
     */
    private void signalsAreFlowing() throws Exception {
        if (!signalsFlow) {
            pharmacyDisplayHearsAStepFromAnotherReplica();
        }
    }

    /** A step's time: {@code seconds} after the check-in of {@link #checkedInAtPoli}, not after now. */
    private long step(int seconds) {
        LocalDate today = LocalDate.now(clock.withZone(Wib.ZONE));
        long startOfDay = today.atStartOfDay(Wib.ZONE).toInstant().toEpochMilli();
        return Math.min(clock.millis(), Math.max(startOfDay + 1_000, clock.millis() - 120_000) + seconds * 1_000L);
    }

    /** A returning patient's booking, checked in a minute ago (task 3), as antrean-service publishes it. */
    private String checkedInAtPoli(String kodepoli, String norm) throws Exception {
        String kodebooking = "UI" + UUID.randomUUID().toString().replace("-", "").substring(0, 12).toUpperCase(Locale.ROOT);
        LocalDate today = LocalDate.now(clock.withZone(Wib.ZONE));
        long startOfDay = today.atStartOfDay(Wib.ZONE).toInstant().toEpochMilli();
        long checkIn = Math.max(startOfDay + 1_000, clock.millis() - 120_000);
        VisitSnapshot booking = new VisitSnapshot(kodebooking, kodepoli, "12345", Wib.DATE.format(today),
                "08:00-16:00", "A-1", 1, 0, norm);
        VisitEvent event = new VisitEvent(UUID.randomUUID().toString(), BookingEvent.Kind.CHECKED_IN, kodebooking,
                checkIn, BookingSource.MOBILE_JKN, booking, new BookingEvent.CheckIn(3, checkIn));
        try (KafkaProducer<String, String> producer = producer()) {
            producer.send(new ProducerRecord<>(Topics.VISITS, kodebooking, mapper.writeValueAsString(event))).get();
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> given().auth().oauth2(token("poli"))
                .get("/api/tasks/" + kodebooking).statusCode() == 200);
        return kodebooking;
    }

    private static KafkaProducer<String, String> producer() {
        Properties props = new Properties();
        props.put("bootstrap.servers", KafkaTestResource.bootstrapServers());
        props.put("key.serializer", StringSerializer.class.getName());
        props.put("value.serializer", StringSerializer.class.getName());
        return new KafkaProducer<>(props);
    }

    private static String token(String role) {
        return Jwt.issuer("antrean-online-rs").upn("petugas-" + role).groups(Set.of(role)).sign();
    }

    /**
     * An SSE connection read line by line on a daemon thread; closing it drops the connection at once (an
     * HttpURLConnection would first drain the endless stream until its read timeout).
     */
    private static final class EventStream implements AutoCloseable {

        private static final HttpClient CLIENT = HttpClient.newHttpClient();

        private final CompletableFuture<HttpResponse<InputStream>> response;

        private EventStream(CompletableFuture<HttpResponse<InputStream>> response) {
            this.response = response;
        }

        static EventStream open(String station, List<String> lines) {
            return open(station, lines, null);
        }

        /** {@code forwardedFor}: the caller's address as a trusted proxy names it, or null for this machine's. */
        static EventStream open(String station, List<String> lines, String forwardedFor) {
            HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create("http://localhost:" + RestAssured.port
                    + "/api/display/stream?station=" + station)).header("Accept", "text/event-stream");
            if (forwardedFor != null) {
                builder.header("X-Forwarded-For", forwardedFor);
            }
            HttpRequest request = builder.build();
            CompletableFuture<HttpResponse<InputStream>> response = CLIENT.sendAsync(request,
                    HttpResponse.BodyHandlers.ofInputStream());
            Thread reader = new Thread(() -> {
                try (BufferedReader in = new BufferedReader(
                        new InputStreamReader(response.join().body(), StandardCharsets.UTF_8))) {
                    String line;
                    while ((line = in.readLine()) != null) {
                        lines.add(line);
                    }
                } catch (IOException | RuntimeException closed) {
                    // the test closed the stream
                }
            }, "sse-reader-" + station);
            reader.setDaemon(true);
            reader.start();
            return new EventStream(response);
        }

        int status() {
            return response.join().statusCode();
        }

        @Override
        public void close() throws IOException {
            if (response.isDone() && !response.isCompletedExceptionally()) {
                response.join().body().close();
            } else {
                response.cancel(true);
            }
        }
    }
}
