package id.antreanonline.pasien.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import id.antreanonline.pasien.TestData;
import id.antreanonline.pasien.client.SimrsNorms;
import id.antreanonline.testsupport.PostgresTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/**
 * pasienbaru with {@code pasien.norm.mode=simrs}: a small HTTP server in the test stands in for the hospital's SIMRS.
 * It opens one record per idempotency key (the same key gets the same number) and can be made slower than the
 * configured timeout.
 */
@QuarkusTest
@TestProfile(SimrsNumberingTest.SimrsStandIn.class)
class SimrsNumberingTest {

    public static class SimrsStandIn implements QuarkusTestProfile {

        static final Map<String, String> NORMS = new ConcurrentHashMap<>();
        static final List<String> KEYS = new CopyOnWriteArrayList<>();
        static final AtomicInteger NEXT = new AtomicInteger(900_000);
        static volatile long delayMillis;
        private static HttpServer server;

        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("pasien.norm.mode", "simrs", "pasien.norm.simrs.timeout", "1s",
                    "pasien.norm.simrs.url", "http://127.0.0.1:" + start().getAddress().getPort() + "/rm/baru");
        }

        private static synchronized HttpServer start() {
            if (server == null) {
                try {
                    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                server.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
                server.createContext("/rm/baru", SimrsStandIn::answer);
                server.start();
                Runtime.getRuntime().addShutdownHook(new Thread(() -> server.stop(0)));
            }
            return server;
        }

        private static void answer(HttpExchange exchange) throws IOException {
            String key = exchange.getRequestHeaders().getFirst("Idempotency-Key");
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            KEYS.add(key);
            // the SIMRS opens the record at once, even when its answer comes too late
            String norm = NORMS.computeIfAbsent(key, k -> body.contains("\"nik\"") ? "RM-" + NEXT.incrementAndGet() : null);
            try {
                Thread.sleep(delayMillis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            byte[] answer = ("{\"norm\":\"" + norm + "\"}").getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, answer.length);
            exchange.getResponseBody().write(answer);
            exchange.close();
        }
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
    void aNewPatientGetsTheNumberTheSimrsGives() {
        SimrsStandIn.delayMillis = 0;
        String norm = pasienBaru(TestData.newPatient()).body("metadata.code", equalTo(200))
                .extract().path("response.norm");
        assertTrue(norm.startsWith("RM-9"), norm);
        assertTrue(SimrsStandIn.NORMS.containsValue(norm));
    }

    @Test
    void aSimrsSlowerThanTheTimeoutIsARefusalAndTheRetryOpensOneRecord() throws Exception {
        Map<String, Object> patient = TestData.newPatient();
        SimrsStandIn.delayMillis = 3000;
        long started = System.nanoTime();
        pasienBaru(patient).body("metadata.code", equalTo(201)).body("metadata.message", equalTo(SimrsNorms.NO_ANSWER));
        assertTrue(System.nanoTime() - started < 2_900_000_000L, "answered at the timeout, not after the SIMRS");
        TestData.asAntreanService().queryParam("nik", patient.get("nik")).when().get("/internal/pasien")
                .then().statusCode(404);

        SimrsStandIn.delayMillis = 0;
        String norm = pasienBaru(patient).body("metadata.code", equalTo(200)).extract().path("response.norm");
        // Mobile JKN sending it a third time gets the same record, without asking the SIMRS again
        int asked = SimrsStandIn.KEYS.size();
        pasienBaru(patient).body("response.norm", equalTo(norm));
        assertEquals(asked, SimrsStandIn.KEYS.size());
        String key = SimrsStandIn.KEYS.get(asked - 1);
        assertEquals(2, SimrsStandIn.KEYS.stream().filter(key::equals).count(), "the retry sent the same key");
        assertEquals(norm, SimrsStandIn.NORMS.get(key), "the number the SIMRS opened on the first try");
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
