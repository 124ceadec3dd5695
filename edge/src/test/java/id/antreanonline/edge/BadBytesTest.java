package id.antreanonline.edge;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import id.antreanonline.shared.wsrs.WsrsMessages;
import id.antreanonline.testsupport.RawHttp;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;

@QuarkusTest
class BadBytesTest {

    @ParameterizedTest
    @ValueSource(strings = { "/api/gema/AN%00A", "/api/gema/ANA?q=%00", "/api/gema/A%0aB", "/api/gema/A%0d%0aB",
            "/api/gema/A%1bB", "/api/gema/A%7fB", "/api/gema/A%C3%28B", "/api/gema/ANA?q=%ff" })
    void aControlCharacterOrBrokenEncodingInThePathOrQueryIs400(String target) {
        String answer = raw("GET " + target + " HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
        assertTrue(answer.startsWith("HTTP/1.1 400"), answer);
        assertTrue(answer.contains(BadBytes.MESSAGE), answer);
    }

    /** Vert.x itself refuses a path or query that is not percent-encoded at all, before any route: a bare 400. */
    @ParameterizedTest
    @ValueSource(strings = { "/api/gema/A%zzB", "/api/gema/A%", "/api/gema/ANA?q=%zz", "/api/gema/ANA?q=a%" })
    void aBrokenPercentEncodingInThePathIsRefusedByTheServerItself(String target) {
        String answer = raw("GET " + target + " HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
        assertTrue(answer.startsWith("HTTP/1.1 400"), answer);
    }

    @Test
    void underWsrsItIsTheEnvelope() {
        String answer = raw("POST /wsrs/baca%00 HTTP/1.1\r\nHost: x\r\nConnection: close\r\nContent-Length: 2\r\n\r\n{}");
        assertTrue(answer.startsWith("HTTP/1.1 200"), answer);
        assertTrue(answer.contains(WsrsMessages.MALFORMED_REQUEST), answer);
    }

    @Test
    void cleanTextWithNonAsciiLettersPasses() {
        given().urlEncodingEnabled(false).get("/api/gema/ANA?q=b%C3%A9").then().statusCode(200).body("nama", is("ANA/bé"));
    }

    @Test
    void aNulInsideAJsonStringIsRefusedOnStaffAndWsrsPaths() {
        given().contentType("application/json").body("{\"nama\":\"a\\u0000b\"}").post("/api/catat").then()
                .statusCode(400);
        given().contentType("application/json").body("{\"nama\":\"a\\nb\"}").post("/api/catat").then()
                .statusCode(200).body("nama", is("a\nb"));
        given().header(WsrsTokens.HEADER_USERNAME, Tokens.USER).header(WsrsTokens.HEADER_TOKEN, Tokens.good())
                .body("{\"kodebooking\":\"KB\\u0000\"}").post("/wsrs/baca").then().statusCode(200)
                .body("metadata.code", is(201)).body("metadata.message", is(WsrsMessages.MALFORMED_REQUEST));
    }

    @Test
    void loggedInputCannotStartALineOfItsOwn() {
        String logged = BadBytes.loggable("/api/x\n2026-11-30 INFO forged");
        assertFalse(logged.contains("\n"));
        assertEquals("/api/x\\u000a2026-11-30 INFO forged", logged);
    }

    private static String raw(String request) {
        return RawHttp.exchange(RestAssured.port, request);
    }
}
