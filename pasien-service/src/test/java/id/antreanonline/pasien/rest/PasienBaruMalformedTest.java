package id.antreanonline.pasien.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import org.junit.jupiter.api.Test;

import id.antreanonline.pasien.TestData;
import id.antreanonline.shared.wsrs.WsrsMessages;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;

/** However malformed the request, BPJS gets an envelope with HTTP 200: never a 4xx, 5xx or a stack trace. */
@QuarkusTest
class PasienBaruMalformedTest {

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
