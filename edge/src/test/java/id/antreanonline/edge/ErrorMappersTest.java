package id.antreanonline.edge;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.containsString;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import id.antreanonline.outbox.DatabaseOutage;
import id.antreanonline.shared.wsrs.WsrsMessages;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;

@QuarkusTest
class ErrorMappersTest {

    private static RequestSpecification wsrs() {
        return given().header(WsrsTokens.HEADER_USERNAME, Tokens.USER).header(WsrsTokens.HEADER_TOKEN, Tokens.good())
                .contentType("application/json").body("{}");
    }

    private static ValidatableResponse noInternals(ValidatableResponse response) {
        return response.body(not(containsString(EdgeTestResource.SECRET)))
                .body(not(containsString("Exception"))).body(not(containsString("at id.")));
    }

    @ParameterizedTest
    @ValueSource(ints = { 201, 202 })
    void aRefusalUnderWsrsIsAnEnvelopeWithItsCode(int code) {
        wsrs().post("/wsrs/tolak/" + code).then().statusCode(200).contentType("application/json")
                .body("metadata.code", is(code)).body("metadata.message", is("Antrean Tidak Ditemukan"));
    }

    @Test
    void aRefusalElsewhereIsItsStatusWithAMessage() {
        given().get("/api/tolak").then().statusCode(409).contentType("application/json")
                .body("message", is("Antrean Sudah Dibatalkan"));
    }

    @Test
    void tooManyAtOnceIs429WithRetryAfter() {
        given().get("/api/penuh").then().statusCode(429).header("Retry-After", "30")
                .body("message", is("Terlalu banyak"));
    }

    @Test
    void anUnexpectedFailureUnderWsrsIsTheBusyEnvelope() {
        noInternals(wsrs().post("/wsrs/gagal").then().statusCode(200).body("metadata.code", is(201))
                .body("metadata.message", is(WsrsMessages.SYSTEM_BUSY)));
    }

    @Test
    void anUnexpectedFailureElsewhereIsA500WithoutInternals() {
        noInternals(given().get("/api/gagal").then().statusCode(500)
                .body("message", is(ErrorMappers.SERVER_ERROR)));
    }

    @Test
    void aDatabaseOutageIs503WithRetryAfterOrTheBusyEnvelope() {
        given().get("/api/basisdata").then().statusCode(503)
                .header("Retry-After", DatabaseOutage.RETRY_AFTER_SECONDS)
                .body("message", is(DatabaseOutage.MESSAGE));
        wsrs().post("/wsrs/basisdata").then().statusCode(200).body("metadata.code", is(201))
                .body("metadata.message", is(WsrsMessages.SYSTEM_BUSY));
    }

    @Test
    void anUnknownPathOrMethodUnderWsrsIsAnEnvelope() {
        wsrs().post("/wsrs/tidakada").then().statusCode(200).body("metadata.code", is(201))
                .body("metadata.message", is(WsrsMessages.MALFORMED_REQUEST));
        given().get("/wsrs/baca").then().statusCode(200).body("metadata.code", is(201))
                .body("metadata.message", is(WsrsMessages.MALFORMED_REQUEST));
        given().get("/api/tidakada").then().statusCode(404).body("message", is("Alamat tidak ditemukan"));
    }

    @Test
    void aStaffPathWithoutTheRightTokenIs401Or403() {
        given().get("/api/admin").then().statusCode(401).body("message", is(ErrorMappers.UNAUTHENTICATED));
        given().auth().oauth2(Tokens.good()).get("/api/admin").then().statusCode(403)
                .body("message", is(ErrorMappers.FORBIDDEN));
        given().auth().oauth2(Tokens.staff()).get("/api/admin").then().statusCode(200);
    }
}
