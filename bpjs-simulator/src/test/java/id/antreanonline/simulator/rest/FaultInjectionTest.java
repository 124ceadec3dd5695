package id.antreanonline.simulator.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.SocketException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

@QuarkusTest
class FaultInjectionTest {

    @TestHTTPResource("/antreanrs/ref/poli")
    URI refPoli;

    @BeforeEach
    @AfterEach
    void clear() {
        given().delete("/admin/faults").then().statusCode(204);
        given().delete("/admin/received").then().statusCode(204);
    }

    private static void inject(Map<String, Object> fault) {
        given().contentType("application/json").body(fault).post("/admin/faults").then().statusCode(200);
    }

    private static Response refPoli() {
        return Signed.antrean().request().get("/antreanrs/ref/poli");
    }

    @Test
    void http500AnswersServerError() {
        inject(Map.of("mode", "HTTP_500", "calls", 1));
        assertEquals(500, refPoli().statusCode());
        refPoli().then().statusCode(200).body("metadata.code", equalTo(1));
    }

    @Test
    void codeAnswersBpjsEnvelopeOnlyOnItsPathAndCountsOnlyThoseCalls() {
        inject(Map.of("mode", "CODE", "code", 201, "message", "Data tidak ditemukan", "calls", 1,
                "path", "/antreanrs/ref/poli"));
        // the endpoints' own answers (whatever their code) on other paths and once the one call is used
        Signed.antrean().request().get("/antreanrs/ref/dokter").then().statusCode(200)
                .body("metadata.code", not(equalTo(201)));
        refPoli().then().statusCode(200).body("metadata.code", equalTo(201))
                .body("metadata.message", equalTo("Data tidak ditemukan"));
        refPoli().then().statusCode(200).body("metadata.code", not(equalTo(201)));
        given().get("/admin/received?path=/antreanrs/ref/poli").then().body("[0].code", equalTo("FAULT"))
                .body("[0].message", equalTo("CODE 201"));
    }

    @Test
    void codeWithoutACodeIsRefused() {
        given().contentType("application/json").body(Map.of("mode", "CODE")).post("/admin/faults").then()
                .statusCode(400);
    }

    @Test
    void htmlAnswersAnErrorPage() {
        inject(Map.of("mode", "HTML", "calls", 1));
        Response r = refPoli();
        assertEquals(200, r.statusCode());
        assertTrue(r.contentType().startsWith("text/html"));
        assertTrue(r.asString().startsWith("<html>"));
    }

    @Test
    void htmlCanCarryAnotherStatus() {
        inject(Map.of("mode", "HTML", "calls", 1, "status", 503));
        assertEquals(503, refPoli().statusCode());
    }

    @Test
    void emptyAnswersNoBody() {
        inject(Map.of("mode", "EMPTY", "calls", 1));
        Response r = refPoli();
        assertEquals(200, r.statusCode());
        assertEquals("", r.asString());
    }

    @Test
    void latencyDelaysTheAnswer() {
        inject(Map.of("mode", "LATENCY", "latencyMs", 400, "calls", 1));
        long start = System.nanoTime();
        refPoli().then().statusCode(200).body("metadata.code", equalTo(1));
        assertTrue(Duration.ofNanos(System.nanoTime() - start).toMillis() >= 400);
    }

    @Test
    void latencyKeepsTheRequestBody() {
        String kb = Bookings.mobileJknBooking(false);
        inject(Map.of("mode", "LATENCY", "latencyMs", 300, "calls", 1));
        assertEquals(200, Bookings.updateWaktu(kb, 3, Bookings.at(9, 0)).getInt("metadata.code"));
    }

    @Test
    void downClosesTheConnectionWithoutAnswering() throws IOException {
        inject(Map.of("mode", "DOWN", "calls", 1));
        Signed signed = Signed.antrean();
        String request = "GET /antreanrs/ref/poli HTTP/1.1\r\nHost: localhost\r\nX-cons-id: " + Signed.CONS_ID
                + "\r\nX-timestamp: " + signed.timestamp + "\r\n\r\n";
        try (Socket socket = new Socket(refPoli.getHost(), refPoli.getPort())) {
            socket.setSoTimeout(5000);
            socket.getOutputStream().write(request.getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
            InputStream in = socket.getInputStream();
            int read;
            try {
                read = in.read();
            } catch (SocketException reset) {
                read = -1;
            }
            assertEquals(-1, read, "the simulator answered instead of closing the connection");
        }
        refPoli().then().statusCode(200);
    }

    @Test
    void faultForADurationEndsByItself() throws Exception {
        inject(Map.of("mode", "HTTP_500", "durationSeconds", 1));
        assertEquals(500, refPoli().statusCode());
        assertEquals(500, refPoli().statusCode());
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(3))
                .until(() -> refPoli().statusCode() == 200);
    }

    @Test
    void faultForNCallsEndsAfterThem() {
        inject(Map.of("mode", "HTTP_500", "calls", 2));
        assertEquals(500, refPoli().statusCode());
        assertEquals(500, refPoli().statusCode());
        assertEquals(200, refPoli().statusCode());
    }

    @Test
    void faultUntilClearedHolds() {
        inject(Map.of("mode", "EMPTY"));
        for (int i = 0; i < 3; i++) {
            assertEquals("", refPoli().asString());
        }
        given().delete("/admin/faults").then().statusCode(204);
        refPoli().then().body("metadata.code", equalTo(1));
    }

    @Test
    void adminAndHealthAreNeverFaulted() {
        inject(Map.of("mode", "HTTP_500"));
        given().get("/admin/received").then().statusCode(200);
        given().get("/q/health/live").then().statusCode(200);
    }

    @Test
    void faultedCallsAreRecorded() {
        inject(Map.of("mode", "HTTP_500", "calls", 1));
        refPoli();
        given().get("/admin/received").then().body("", hasSize(1)).body("[0].code", equalTo("FAULT"))
                .body("[0].message", equalTo("HTTP_500")).body("[0].signatureValid", equalTo(true));
    }

    @Test
    void unknownModeIsRefused() {
        given().contentType("application/json").body(Map.of("mode", "SLOW")).post("/admin/faults").then()
                .statusCode(400);
        given().contentType("application/json").body(Map.of("mode", "LATENCY")).post("/admin/faults").then()
                .statusCode(400).body("message", equalTo("LATENCY needs latencyMs"));
    }
}
