package id.antreanonline.pasien.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import id.antreanonline.pasien.TestData;
import id.antreanonline.shared.wsrs.WsrsMessages;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;

/** However malformed the request, BPJS gets an envelope with HTTP 200: never a 4xx, 5xx or a stack trace. */
@QuarkusTest
class PasienBaruMalformedTest {

    @TestHTTPResource("/wsrs/pasienbaru")
    URI pasienBaru;

    private static RequestSpecification signed() {
        return given().header("x-username", TestData.WSRS_USER)
                .header("x-token", TestData.wsrsToken(TestData.WSRS_USER));
    }

    private static void malformed(RequestSpecification request) {
        request.when().post("/wsrs/pasienbaru")
                .then().statusCode(200)
                .contentType("application/json")
                .body("metadata.code", equalTo(201))
                .body("metadata.message", equalTo(WsrsMessages.MALFORMED_REQUEST));
    }

    @Test
    void brokenJsonGetsAnEnvelope() {
        malformed(signed().contentType("application/json").body("{\"nik\": \"3212"));
    }

    @Test
    void anEmptyBodyGetsAnEnvelope() {
        malformed(signed().contentType("application/json").body(""));
    }

    @Test
    void aJsonArrayGetsAnEnvelope() {
        malformed(signed().contentType("application/json").body("[1,2,3]"));
    }

    @Test
    void aJsonStringGetsAnEnvelope() {
        malformed(signed().contentType("application/json").body("\"pasien\""));
    }

    @Test
    void trailingGarbageGetsAnEnvelope() {
        malformed(signed().contentType("application/json").body("{} {}"));
    }

    @Test
    void formDataGetsAnEnvelope() {
        malformed(signed().contentType("application/x-www-form-urlencoded").body("nik=3212345678987654"));
    }

    @Test
    void aHugeBodyGetsAnEnvelope() {
        String huge = "{\"nama\": \"" + "x".repeat(2 * 1024 * 1024) + "\"}";
        malformed(signed().contentType("application/json").body(huge));
    }

    @Test
    void aHugeChunkedBodyGetsAnEnvelope() throws Exception {
        byte[] huge = ("{\"nama\": \"" + "x".repeat(2 * 1024 * 1024) + "\"}").getBytes(StandardCharsets.UTF_8);
        // a stream of unknown length goes out chunked, without Content-Length
        HttpResponse<String> answer = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()
                .send(HttpRequest.newBuilder(pasienBaru)
                        .timeout(Duration.ofSeconds(60))
                        .header("Content-Type", "application/json")
                        .header("x-username", TestData.WSRS_USER)
                        .header("x-token", TestData.wsrsToken(TestData.WSRS_USER))
                        .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(huge)))
                        .build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, answer.statusCode());
        JsonNode envelope = new ObjectMapper().readTree(answer.body());
        assertEquals(201, envelope.path("metadata").path("code").asInt());
        assertEquals(WsrsMessages.MALFORMED_REQUEST, envelope.path("metadata").path("message").asText());
    }

    @Test
    void aChunkedBodyWithinTheLimitIsRead() throws Exception {
        byte[] patient = new ObjectMapper().writeValueAsBytes(TestData.newPatient());
        HttpResponse<String> answer = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()
                .send(HttpRequest.newBuilder(pasienBaru)
                        .timeout(Duration.ofSeconds(60))
                        .header("Content-Type", "application/json")
                        .header("x-username", TestData.WSRS_USER)
                        .header("x-token", TestData.wsrsToken(TestData.WSRS_USER))
                        .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(patient)))
                        .build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, answer.statusCode());
        JsonNode envelope = new ObjectMapper().readTree(answer.body());
        assertEquals(200, envelope.path("metadata").path("code").asInt(), answer.body());
        assertEquals(WsrsMessages.NEW_PATIENT_GO_TO_ADMISSION, envelope.path("metadata").path("message").asText());
    }

    @Test
    void aWrongTypeNamesTheField() {
        signed().contentType("application/json").body("{\"nomorkartu\": {\"a\": 1}}")
                .when().post("/wsrs/pasienbaru")
                .then().statusCode(200)
                .body("metadata.code", equalTo(201))
                .body("metadata.message", equalTo("Format Nomor Kartu Tidak Sesuai"));
    }

    @Test
    void aBooleanWhereDigitsBelongIsRefused() {
        signed().contentType("application/json").body("{\"nomorkartu\": true}")
                .when().post("/wsrs/pasienbaru")
                .then().statusCode(200)
                .body("metadata.code", equalTo(201))
                .body("metadata.message", equalTo("Format Nomor Kartu Tidak Sesuai"));
    }

    @Test
    void aGetOnAWsrsPathGetsAnEnvelope() {
        signed().when().get("/wsrs/pasienbaru")
                .then().statusCode(200)
                .body("metadata.code", equalTo(201));
    }

    @Test
    void anUnknownWsrsPathGetsAnEnvelope() {
        signed().contentType("application/json").body("{}").when().post("/wsrs/tidakada")
                .then().statusCode(200)
                .body("metadata.code", equalTo(201));
    }
}
