package id.antreanonline.antrean.service;

import static id.antreanonline.antrean.Fixtures.ambil;
import static id.antreanonline.antrean.Fixtures.column;
import static id.antreanonline.antrean.Fixtures.doctor;
import static id.antreanonline.antrean.Fixtures.patient;
import static id.antreanonline.antrean.Fixtures.poli;
import static id.antreanonline.antrean.Fixtures.schedule;
import static id.antreanonline.antrean.Fixtures.today;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import id.antreanonline.antrean.Fixtures;
import id.antreanonline.antrean.PatientKind;
import id.antreanonline.antrean.client.PatientRecord;
import id.antreanonline.antrean.config.AntreanConfig;
import id.antreanonline.antrean.repository.SimrsCommandRepository;
import id.antreanonline.outbox.Outbox;
import id.antreanonline.shared.event.BookingSource;
import id.antreanonline.shared.wsrs.WsrsMessages;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;

/**
 * Numbers given in batches keep every guarantee of one-at-a-time booking: across two instances (each with its own
 * batches, the database's row lock between them) never a number twice nor a place oversold, one booking per patient
 * per day even inside one batch, and the places held on the schedule row always what the bookings hold.
 */
@QuarkusTest
class BookingBatchesTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String HOURS = "08:00-14:00";

    @TestHTTPResource("/wsrs/ambilantrean")
    URL ambilantrean;

    @Inject
    Pool pool;
    @Inject
    Outbox outbox;
    @Inject
    SimrsCommandRepository commands;
    @Inject
    BookingEvents events;
    @Inject
    AntreanConfig config;
    @Inject
    Clock clock;
    @Inject
    io.vertx.mutiny.core.Vertx vertx;

    /** A second replica of the service's in-memory side: its own lanes, the same database. */
    private BookingBatches otherInstance() {
        return new BookingBatches(pool, outbox, commands, events, config, clock, new SimpleMeterRegistry(),
                vertx.getDelegate());
    }

    @Test
    void twoInstancesBookingTwoHundredAtOnceNeverOversellNorGiveANumberTwice() throws Exception {
        String kodepoli = poli();
        String kodedokter = doctor();
        LocalDate tomorrow = today().plusDays(1);
        long scheduleId = schedule(kodepoli, kodedokter, tomorrow, HOURS, 150, 0);
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10)).build(); // a connection per request: HTTP/2 caps streams at 100
        String token = Fixtures.wsrsToken();
        BookingBatches other = otherInstance();

        List<CompletableFuture<Object>> answers = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            String body = JSON.writeValueAsString(ambil(patient(true), kodepoli, kodedokter, tomorrow, HOURS));
            answers.add(client.sendAsync(HttpRequest.newBuilder(URI.create(ambilantrean.toString()))
                    .timeout(Duration.ofSeconds(60)).header("Content-Type", "application/json")
                    .header("x-token", token).header("x-username", Fixtures.WSRS_USER)
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString())
                    .thenApply(r -> (Object) r));
            answers.add(take(other, patient(true), kodepoli, kodedokter, tomorrow));
        }

        List<Integer> numbers = new ArrayList<>();
        int full = 0;
        for (CompletableFuture<Object> answer : answers) {
            Object a = answer.get();
            if (a instanceof HttpResponse<?> response) {
                JsonNode envelope = JSON.readTree((String) response.body());
                if (envelope.path("metadata").path("code").asInt() == 200) {
                    numbers.add(envelope.path("response").path("angkaantrean").asInt());
                } else {
                    assertEquals(Messages.JKN_QUOTA_FULL, envelope.path("metadata").path("message").asText());
                    full++;
                }
            } else if (a instanceof BookingBatches.Outcome outcome) {
                assertEquals(BookingBatches.Outcome.Kind.TAKEN, outcome.kind());
                numbers.add(outcome.receipt().angkaantrean());
            } else {
                assertEquals(Messages.JKN_QUOTA_FULL, ((BookingRefused) a).getMessage());
                full++;
            }
        }
        assertEquals(150, numbers.size());
        assertEquals(50, full);
        assertEquals(IntStream.rangeClosed(1, 150).boxed().toList(), numbers.stream().sorted().toList());
        assertEquals(List.of(150L), column("select count(*) from booking where schedule_id = ?", scheduleId));
        assertEquals(List.of(150), column("select held_jkn from doctor_schedule where id = ?", scheduleId));
        assertEquals(List.of(150), column("select last_number from doctor_schedule where id = ?", scheduleId));
    }

    @Test
    void thePatientSentFiveTimesAtOnceGetsOneNumber() throws Exception {
        String kodepoli = poli();
        String kodedokter = doctor();
        LocalDate tomorrow = today().plusDays(1);
        schedule(kodepoli, kodedokter, tomorrow, HOURS, 10, 0);
        Fixtures.Patient p = patient(true);
        BookingBatches batches = otherInstance();
        List<CompletableFuture<Object>> answers = IntStream.range(0, 5)
                .mapToObj(i -> take(batches, p, kodepoli, kodedokter, tomorrow)).toList();
        assertEquals(1, taken(answers,
                refusal -> assertEquals(WsrsMessages.ONE_BOOKING_PER_DAY, ((BookingRefused) refusal).getMessage())));
    }

    /**
     * With {@code antrean.booking.batch-pacing}, a schedule's next batch waits out the time since its last one began:
     * the bookings that come meanwhile go in one batch. A first booking after a quiet spell does not wait.
     */
    @Test
    void withPacingTheBookingsOfASteadyStreamWaitForTheNextBatchTogether() throws Exception {
        String kodepoli = poli();
        String kodedokter = doctor();
        LocalDate tomorrow = today().plusDays(1);
        long scheduleId = schedule(kodepoli, kodedokter, tomorrow, HOURS, 10, 0);
        SimpleMeterRegistry registry = new SimpleMeterRegistry();
        BookingBatches paced = new BookingBatches(pool, outbox, commands, events, pacedBy(Duration.ofSeconds(2)),
                clock, registry, vertx.getDelegate());
        List<Fixtures.Patient> patients = IntStream.range(0, 4).mapToObj(i -> patient(true)).toList();
        // the schedule's row held by another transaction: the first batch waits for it, so that the next bookings
        // certainly come while it runs
        io.vertx.mutiny.sqlclient.SqlConnection holder = pool.getConnection().await().indefinitely();
        holder.query("begin").execute().await().indefinitely();
        holder.preparedQuery("select id from doctor_schedule where id = $1 for update").execute(Tuple.of(scheduleId))
                .await().indefinitely();

        long start = System.nanoTime();
        CompletableFuture<Object> first = take(paced, patients.get(0), kodepoli, kodedokter, tomorrow);
        // sent while the first batch runs: they wait for the next one, which waits out the rest of two seconds
        List<CompletableFuture<Object>> stream = new ArrayList<>(List.of(
                take(paced, patients.get(1), kodepoli, kodedokter, tomorrow),
                take(paced, patients.get(2), kodepoli, kodedokter, tomorrow)));
        holder.query("commit").execute().chain(holder::close).await().indefinitely();
        first.get(10, java.util.concurrent.TimeUnit.SECONDS);
        long firstAnswered = System.nanoTime() - start;
        stream.add(take(paced, patients.get(3), kodepoli, kodedokter, tomorrow));
        assertEquals(3, taken(stream, refusal -> assertEquals(null, refusal)));
        long streamAnswered = System.nanoTime() - start;

        assertTrue(firstAnswered < Duration.ofSeconds(2).toNanos(), "the first booking did not wait for pacing");
        assertTrue(streamAnswered >= Duration.ofMillis(1990).toNanos(), "the next batch began "
                + Duration.ofNanos(streamAnswered).toMillis() + " ms after the first");
        assertEquals(2, registry.get("booking.batch.size").summary().count(), "two batches");
        assertEquals(4, registry.get("booking.batch.size").summary().totalAmount(), "the second took three");
    }

    /** The service's settings with another {@code antrean.booking.batch-pacing}. */
    private AntreanConfig pacedBy(Duration pacing) {
        AntreanConfig.Booking booking = proxy(AntreanConfig.Booking.class, config.booking(), "batchPacing", pacing);
        return proxy(AntreanConfig.class, config, "booking", booking);
    }

    private static <T> T proxy(Class<T> type, T delegate, String method, Object answer) {
        return type.cast(java.lang.reflect.Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] { type },
                (self, m, args) -> {
                    if (m.getName().equals(method) && m.getParameterCount() == 0) {
                        return answer;
                    }
                    try {
                        return m.invoke(delegate, args);
                    } catch (java.lang.reflect.InvocationTargetException e) {
                        throw e.getCause();
                    }
                }));
    }

    @Test
    void aPatientBookingTwoDoctorsOfOnePoliAtOnceGetsOneNumber() throws Exception {
        String kodepoli = poli();
        String first = doctor();
        String second = doctor();
        LocalDate tomorrow = today().plusDays(1);
        schedule(kodepoli, first, tomorrow, HOURS, 50, 0);
        schedule(kodepoli, second, tomorrow, HOURS, 50, 0);
        BookingBatches here = otherInstance();
        BookingBatches there = otherInstance();
        List<Fixtures.Patient> patients = IntStream.range(0, 30).mapToObj(i -> patient(true)).toList();
        List<CompletableFuture<Object>> answers = new ArrayList<>();
        for (Fixtures.Patient p : patients) {
            for (BookingBatches batches : List.of(here, there)) {
                String kodedokter = batches == here ? first : second;
                answers.add(take(batches, p, kodepoli, kodedokter, tomorrow));
            }
        }
        assertEquals(30, taken(answers, refusal -> assertTrue(refusal instanceof BookingRefused
                || QueueLedger.isDuplicateBooking((Throwable) refusal), refusal.toString())));
        for (Fixtures.Patient p : patients) {
            assertEquals(List.of(1L), column("select count(*) from booking where nik = ? and status = 'ACTIVE'",
                    p.nik()));
        }
    }

    @Test
    void placesHeldOnTheScheduleFollowBookingsAndCancellations() {
        String kodepoli = poli();
        String kodedokter = doctor();
        LocalDate tomorrow = today().plusDays(1);
        long scheduleId = schedule(kodepoli, kodedokter, tomorrow, HOURS, 5, 5);
        List<String> codes = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            codes.add(Fixtures.wsrs("ambilantrean", ambil(patient(true), kodepoli, kodedokter, tomorrow, HOURS))
                    .getString("response.kodebooking"));
        }
        Map<String, Object> nonJkn = new java.util.HashMap<>(
                ambil(patient(true), kodepoli, kodedokter, tomorrow, HOURS));
        nonJkn.put("nomorkartu", "");
        nonJkn.put("nomorreferensi", "");
        assertEquals(200, Fixtures.wsrs("ambilantrean", nonJkn).getInt("metadata.code"));
        Fixtures.wsrs("batalantrean", Map.of("kodebooking", codes.get(1), "keterangan", "batal"));

        assertEquals(List.of(2), column("select held_jkn from doctor_schedule where id = ?", scheduleId));
        assertEquals(List.of(1), column("select held_nonjkn from doctor_schedule where id = ?", scheduleId));
        assertEquals(List.of(4), column("select last_number from doctor_schedule where id = ?", scheduleId));
    }

    @Test
    void aScheduleSyncKeepsTheNumberingAndThePlacesHeld() {
        String kodepoli = poli();
        String kodedokter = doctor();
        LocalDate day = today().plusDays(2);
        Fixtures.hfis(kodepoli, day, "[{\"kodesubspesialis\":\"" + kodepoli + "\",\"kapasitaspasien\":10,\"libur\":0,"
                + "\"jadwal\":\"08:00 - 12:00\",\"namasubspesialis\":\"ANAK\",\"namadokter\":\"DR. HFIS\","
                + "\"kodepoli\":\"ANA\",\"namapoli\":\"Anak\",\"kodedokter\":" + kodedokter + "}]");
        String admin = Fixtures.staffToken("admin");
        Map<String, String> sync = Map.of("kodepoli", kodepoli, "tanggal", Fixtures.date(day));
        given().auth().oauth2(admin).contentType(ContentType.JSON).body(sync).post("/api/jadwal/sync")
                .then().statusCode(200);
        for (int i = 1; i <= 2; i++) {
            assertEquals(i, Fixtures.wsrs("ambilantrean", ambil(patient(true), kodepoli, kodedokter, day,
                    "08:00-12:00")).getInt("response.angkaantrean"));
        }
        // HFIS raises the capacity: the schedule is rewritten, its numbering and places held are not
        Fixtures.hfis(kodepoli, day, "[{\"kodesubspesialis\":\"" + kodepoli + "\",\"kapasitaspasien\":20,\"libur\":0,"
                + "\"jadwal\":\"08:00 - 12:00\",\"namasubspesialis\":\"ANAK\",\"namadokter\":\"DR. HFIS\","
                + "\"kodepoli\":\"ANA\",\"namapoli\":\"Anak\",\"kodedokter\":" + kodedokter + "}]");
        given().auth().oauth2(admin).contentType(ContentType.JSON).body(sync).post("/api/jadwal/sync")
                .then().statusCode(200);
        var third = Fixtures.wsrs("ambilantrean", ambil(patient(true), kodepoli, kodedokter, day, "08:00-12:00"));
        assertEquals(3, third.getInt("response.angkaantrean"));
        assertEquals(16 - 3, third.getInt("response.sisakuotajkn"));
    }

    /**
     * The one-booking-per-day check reads the batch's own patients, however many bookings the poli's day already has
     * and however old PostgreSQL's statistics of that day are (a day whose quota has just opened has none): its cost
     * must not grow with the day, since it runs inside the schedule's lock. The go-live's migration and the restore
     * ask the same of their lines, each at its own poli on its own day.
     */
    @Test
    void theOneBookingPerDayCheckReadsOnlyTheBatchsPatientsNotTheDay() throws Exception {
        String kodepoli = poli();
        LocalDate day = today().plusDays(4);
        String kodedokter = doctor();
        long scheduleId = schedule(kodepoli, kodedokter, day, HOURS, 5000, 0);
        // statistics from before the day's bookings, as when Mobile JKN opens a day
        pool.query("analyze booking").execute().await().indefinitely();
        String prefix = "DAY" + Fixtures.digits(8) + "-";
        pool.preparedQuery("insert into booking (kodebooking, schedule_id, kodepoli, tanggal, angkaantrean,"
                + " nomorantrean, jenispasien, nomorkartu, nik, jeniskunjungan, pasienbaru, source, status,"
                + " estimasidilayani, created_at) select $4 || n, $1, $2, $3, n, 'A-' || n, 'JKN',"
                + " lpad(n::text, 13, '0'), lpad(n::text, 16, '0'), 1, 0, 'MOBILE_JKN', 'ACTIVE', 0, 0"
                + " from generate_series(1, 3000) n").execute(Tuple.of(scheduleId, kodepoli, day, prefix))
                .await().indefinitely();

        // one patient booked (found by NIK), one booked (found by card), one who holds nothing, and one booked that
        // day asked about the next day
        BookingBatches.Slot slot = new BookingBatches.Slot(kodepoli, kodedokter, day, HOURS);
        BookingBatches.Slot nextDay = new BookingBatches.Slot(kodepoli, kodedokter, day.plusDays(1), HOURS);
        Tuple batch = BookingBatches.activeBookingsOf(List.of(slot, slot, slot, nextDay),
                new String[] { "0000000000000007", "1111111111111111", "2222222222222222", "0000000000000021" },
                new String[] { "3333333333333", "0000000000013", null, "0000000000021" });
        RowSet<Row> found = pool.preparedQuery(BookingBatches.ACTIVE_BOOKINGS).execute(batch).await().indefinitely();
        List<String> codes = new ArrayList<>();
        found.forEach(r -> codes.add(r.getString("kodebooking")));
        codes.sort(null);
        assertEquals(List.of(prefix + 13, prefix + 7), codes);
        JsonNode plan = JSON.readTree(pool.preparedQuery("explain (analyze, format json) "
                + BookingBatches.ACTIVE_BOOKINGS).execute(batch).await().indefinitely().iterator().next()
                .getValue(0).toString());
        long read = rowsRead(plan);
        // the four patients asked about, at most one booking each
        assertTrue(read <= 4, "the check read " + read + " rows of a day of 3,000 bookings: " + plan);
    }

    /** Every booking row a plan read: what its scans of the table returned or dropped, in all their loops. */
    private static long rowsRead(JsonNode node) {
        long read = 0;
        if (node.isArray()) {
            for (JsonNode n : node) {
                read += rowsRead(n);
            }
            return read;
        }
        if (node.has("Plan")) {
            return rowsRead(node.get("Plan"));
        }
        if ("booking".equals(node.path("Relation Name").asText())) {
            read += Math.round((node.path("Actual Rows").asDouble() + node.path("Rows Removed by Filter").asDouble()
                    + node.path("Rows Removed by Index Recheck").asDouble()) * node.path("Actual Loops").asDouble());
        }
        for (JsonNode child : node.path("Plans")) {
            read += rowsRead(child);
        }
        return read;
    }

    /** The patient's booking through these batches: its outcome, or the refusal. */
    private static CompletableFuture<Object> take(BookingBatches batches, Fixtures.Patient p, String kodepoli,
            String kodedokter, LocalDate tanggal) {
        return batches.take(order(p, kodepoli, kodedokter, tanggal), BookingSource.MOBILE_JKN,
                new PatientRecord(p.norm(), true)).subscribeAsCompletionStage()
                .handle((outcome, failure) -> failure != null ? failure : outcome);
    }

    /** How many answers were numbers taken; every other one is shown to {@code refusal}. */
    private static int taken(List<CompletableFuture<Object>> answers, Consumer<Object> refusal) throws Exception {
        int taken = 0;
        for (CompletableFuture<Object> answer : answers) {
            Object a = answer.get();
            if (a instanceof BookingBatches.Outcome) {
                taken++;
            } else {
                refusal.accept(a);
            }
        }
        return taken;
    }

    private static BookingOrder order(Fixtures.Patient p, String kodepoli, String kodedokter, LocalDate tanggal) {
        return new BookingOrder(tanggal, kodepoli, kodedokter, HOURS, p.nik(), p.nomorkartu(), "081234567890",
                p.norm(), 1, "REF" + p.nik().substring(0, 12), PatientKind.JKN);
    }
}
