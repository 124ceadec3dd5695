package id.antreanonline.pasien.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import id.antreanonline.pasien.TestData;
import id.antreanonline.pasien.client.SimrsNorms;
import id.antreanonline.pasien.repository.PatientRepository;
import id.antreanonline.testsupport.PostgresTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/**
 * pasienbaru with {@code pasien.norm.mode=simrs}: a small HTTP server in the test stands in for the hospital's SIMRS.
 * It opens one record per idempotency key (the same key gets the same number) and can be made slower than the
 * configured timeout. The profile and the test run under different class loaders, so the test sets the delay and
 * reads what the stand-in was asked over HTTP, like any client.
 */
@QuarkusTest
@TestProfile(SimrsNumberingTest.SimrsStandIn.class)
class SimrsNumberingTest {

    public static class SimrsStandIn implements QuarkusTestProfile {

        static final Map<String, String> NORMS = new ConcurrentHashMap<>();
        static final List<String> KEYS = new CopyOnWriteArrayList<>();
        static final AtomicInteger NEXT = new AtomicInteger(900_000);
        static final AtomicInteger ANSWERED = new AtomicInteger();
        static volatile long delayMillis;
        static volatile String lastAuthorization = "";
        private static HttpServer server;

        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("pasien.norm.mode", "simrs", "pasien.norm.simrs.timeout", "3s",
                    "pasien.norm.simrs.url", "http://127.0.0.1:" + start().getAddress().getPort() + "/rm/baru",
                    "pasien.norm.simrs.audience", "khanza-bridge");
        }

        private static synchronized HttpServer start() {
            if (server == null) {
                try {
                    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                server.setExecutor(Executors.newCachedThreadPool());
                server.createContext("/rm/baru", SimrsStandIn::answer);
                server.createContext("/rm/delay", exchange -> {
                    delayMillis = Long.parseLong(exchange.getRequestURI().getQuery().substring("ms=".length()));
                    reply(exchange, "");
                });
                server.createContext("/rm/authorization", exchange -> reply(exchange, lastAuthorization));
                server.createContext("/rm/answered", exchange -> reply(exchange, String.valueOf(ANSWERED.get())));
                // what it was asked: one line per request, "key norm"
                server.createContext("/rm/asked", exchange -> reply(exchange, String.join("\n",
                        KEYS.stream().map(k -> k + " " + NORMS.get(k)).toList())));
                server.start();
                Runtime.getRuntime().addShutdownHook(new Thread(() -> server.stop(0)));
            }
            return server;
        }

        private static void answer(HttpExchange exchange) throws IOException {
            String key = exchange.getRequestHeaders().getFirst("Idempotency-Key");
            lastAuthorization = String.valueOf(exchange.getRequestHeaders().getFirst("Authorization"));
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            KEYS.add(key);
            // the SIMRS opens the record at once, even when its answer comes too late
            String norm = NORMS.computeIfAbsent(key, k -> body.contains("\"nik\"") ? "RM-" + NEXT.incrementAndGet() : null);
            long since = System.currentTimeMillis();
            try {
                // a delay set back to 0 ends the wait of a request already held
                while (System.currentTimeMillis() - since < delayMillis) {
                    Thread.sleep(20);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            try {
                reply(exchange, "{\"norm\":\"" + norm + "\"}");
            } finally {
                ANSWERED.incrementAndGet();
            }
        }

        private static void reply(HttpExchange exchange, String body) throws IOException {
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, bytes.length);
            exchange.getResponseBody().write(bytes);
            exchange.close();
        }
    }

    @ConfigProperty(name = "pasien.norm.simrs.url")
    URI simrs;

    private void delay(long millis) throws Exception {
        HttpClient.newHttpClient().send(HttpRequest.newBuilder(simrs.resolve("/rm/delay?ms=" + millis)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private int answered() throws Exception {
        return Integer.parseInt(HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                simrs.resolve("/rm/answered")).build(), HttpResponse.BodyHandlers.ofString()).body());
    }

    /** Each request the stand-in got: its idempotency key and the norm it gave. */
    private List<String[]> asked() throws Exception {
        String body = HttpClient.newHttpClient().send(HttpRequest.newBuilder(simrs.resolve("/rm/asked")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        return body.isEmpty() ? List.of() : body.lines().map(l -> l.split(" ")).toList();
    }

    private static io.restassured.response.ValidatableResponse pasienBaru(Map<String, Object> patient) {
        return given().contentType("application/json")
                .header("x-username", TestData.WSRS_USER)
                .header("x-token", TestData.wsrsToken(TestData.WSRS_USER))
                .body(patient)
                .when().post("/wsrs/pasienbaru")
                .then().statusCode(200);
    }

    @Test
    void aNewPatientGetsTheNumberTheSimrsGives() throws Exception {
        delay(0);
        String norm = pasienBaru(TestData.newPatient()).body("metadata.code", equalTo(200))
                .extract().path("response.norm");
        assertTrue(norm.startsWith("RM-9"), norm);
        assertTrue(asked().stream().anyMatch(a -> a[1].equals(norm)));
    }

    @Test
    void theSimrsSideThatVerifiesCredentialsIsSentThisServicesCredentialForIt() throws Exception {
        delay(0);
        pasienBaru(TestData.newPatient()).body("metadata.code", equalTo(200));
        String authorization = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                simrs.resolve("/rm/authorization")).build(), HttpResponse.BodyHandlers.ofString()).body();
        assertTrue(authorization.startsWith("Bearer "), authorization);
        String claims = new String(java.util.Base64.getUrlDecoder().decode(authorization.split("\\.")[1]),
                StandardCharsets.UTF_8);
        assertTrue(claims.contains("\"sub\":\"pasien-service\""), claims);
        assertTrue(claims.matches(".*\"aud\":\\[?\"khanza-bridge\".*"), claims);
    }

    @Test
    void whileTheSimrsIsAskedNoConnectionOrLockIsHeld() throws Exception {
        Map<String, Object> patient = TestData.newPatient();
        delay(60_000);
        int askedBefore = asked().size();
        CompletableFuture<Integer> call = CompletableFuture.supplyAsync(
                () -> pasienBaru(patient).extract().path("metadata.code"));
        await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(20))
                .until(() -> asked().size() > askedBefore);
        // the lock pasienbaru takes on the patient's NIK is free: its transaction has not begun
        try (Connection c = PostgresTestResource.connect("pasien");
                PreparedStatement s = c.prepareStatement("select pg_try_advisory_lock(hashtextextended(?, 0))")) {
            s.setString(1, PatientRepository.nikLock((String) patient.get("nik")));
            try (ResultSet r = s.executeQuery()) {
                r.next();
                assertFalse(call.isDone(), "looked while the SIMRS was still being asked");
                assertTrue(r.getBoolean(1), "pasienbaru holds the patient's lock while it waits for the SIMRS");
            }
        } finally {
            delay(0);
        }
        assertEquals(200, call.get(10, TimeUnit.SECONDS));
    }

    @Test
    void aSimrsSlowerThanTheTimeoutIsARefusalAndTheRetryOpensOneRecord() throws Exception {
        Map<String, Object> patient = TestData.newPatient();
        // the SIMRS holds its answer for a minute (timeout 3 s): the refusal comes while it still has not answered
        delay(60_000);
        int answeredBefore = answered();
        pasienBaru(patient).body("metadata.code", equalTo(201)).body("metadata.message", equalTo(SimrsNorms.NO_ANSWER));
        assertEquals(answeredBefore, answered(), "refused at the timeout, not after the SIMRS's answer");
        TestData.asAntreanService().queryParam("nik", patient.get("nik")).when().get("/internal/pasien")
                .then().statusCode(404);

        delay(0);
        String norm = pasienBaru(patient).body("metadata.code", equalTo(200)).extract().path("response.norm");
        // Mobile JKN sending it a third time gets the same record, without asking the SIMRS again
        List<String[]> before = asked();
        pasienBaru(patient).body("response.norm", equalTo(norm));
        assertEquals(before.size(), asked().size());
        String[] last = before.get(before.size() - 1);
        assertEquals(2, before.stream().filter(a -> a[0].equals(last[0])).count(), "the retry sent the same key");
        assertEquals(norm, last[1], "the number the SIMRS opened on the first try");
        try (Connection c = PostgresTestResource.connect("pasien");
                PreparedStatement s = c.prepareStatement("select count(*) from patient where nik = ?")) {
            s.setString(1, (String) patient.get("nik"));
            try (ResultSet r = s.executeQuery()) {
                r.next();
                assertEquals(1, r.getInt(1));
            }
        }
    }
}
