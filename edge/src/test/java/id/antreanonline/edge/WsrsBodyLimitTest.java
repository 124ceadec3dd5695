package id.antreanonline.edge;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.is;
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

import id.antreanonline.shared.wsrs.WsrsMessages;
import id.antreanonline.testsupport.RawHttp;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;

/** The default WS RS limit is 64K; quarkus.http.limits.max-body-size (1M here) stays for every other path. */
@QuarkusTest
class WsrsBodyLimitTest {

    private static final int OVER_THE_WSRS_LIMIT = 65 * 1024;

    @TestHTTPResource("/wsrs/baca")
    URI read;

    private static String body(int size) {
        return "{\"kodebooking\": \"" + "A".repeat(size) + "\"}";
    }

    private JsonNode sendChunked(String body) throws Exception {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        // a stream of unknown length goes out chunked, without Content-Length
        HttpResponse<String> answer = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()
                .send(HttpRequest.newBuilder(read).timeout(Duration.ofSeconds(60))
                        .header("Content-Type", "application/json")
                        .header(WsrsTokens.HEADER_USERNAME, Tokens.USER).header(WsrsTokens.HEADER_TOKEN, Tokens.good())
                        .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(bytes)))
                        .build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, answer.statusCode());
        return new ObjectMapper().readTree(answer.body());
    }

    @Test
    void aBodyDeclaredOverTheLimitGetsTheEnvelope() {
        given().header(WsrsTokens.HEADER_USERNAME, Tokens.USER).header(WsrsTokens.HEADER_TOKEN, Tokens.good())
                .contentType("application/json").body(body(OVER_THE_WSRS_LIMIT)).post("/wsrs/baca").then()
                .statusCode(200).body("metadata.code", is(201))
                .body("metadata.message", is(WsrsMessages.MALFORMED_REQUEST));
    }

    @Test
    void aChunkedBodyGrowingOverTheLimitGetsTheEnvelope() throws Exception {
        JsonNode envelope = sendChunked(body(OVER_THE_WSRS_LIMIT));
        assertEquals(201, envelope.path("metadata").path("code").asInt());
        assertEquals(WsrsMessages.MALFORMED_REQUEST, envelope.path("metadata").path("message").asText());
    }

    @Test
    void aChunkedBodyWithinTheLimitIsRead() throws Exception {
        JsonNode envelope = sendChunked(body(60 * 1024));
        assertEquals(200, envelope.path("metadata").path("code").asInt(), envelope.toString());
        assertEquals(60 * 1024, envelope.path("response").path("kodebooking").asText().length());
    }

    @Test
    void otherPathsKeepTheServersOwnLimit() {
        given().contentType("application/json").body(body(OVER_THE_WSRS_LIMIT)).post("/api/besar").then()
                .statusCode(200);
        assertEquals(413, RawHttp.statusForDeclaredBody(RestAssured.port, "POST", "/api/besar",
                "Content-Type: application/json\r\n", 2 * 1024 * 1024));
    }
}
