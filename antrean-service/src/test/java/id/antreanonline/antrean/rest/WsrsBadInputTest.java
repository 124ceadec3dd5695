package id.antreanonline.antrean.rest;

import static id.antreanonline.antrean.Fixtures.WSRS_USER;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.isOneOf;
import static org.hamcrest.Matchers.notNullValue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import id.antreanonline.antrean.Fixtures;
import id.antreanonline.shared.wsrs.WsrsMessages;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;

/** Whatever arrives, every WS RS answers HTTP 200 with an envelope: never a 4xx/5xx or a stack trace. */
@QuarkusTest
class WsrsBadInputTest {

    private static RequestSpecification authorised() {
        return given().header("x-token", Fixtures.wsrsToken()).header("x-username", WSRS_USER);
    }

    @ParameterizedTest
    @ValueSource(strings = { "statusantrean", "ambilantrean", "sisaantrean", "batalantrean", "checkin",
            "jadwaloperasirs", "jadwaloperasipasien" })
    void malformedJsonGetsAnEnvelope(String name) {
        authorised().contentType("application/json").body("{\"kodebooking\": ").post("/wsrs/" + name).then()
                .statusCode(200).body("metadata.code", is(201))
                .body("metadata.message", is(WsrsMessages.MALFORMED_REQUEST));
    }

    @ParameterizedTest
    @ValueSource(strings = { "statusantrean", "ambilantrean", "sisaantrean", "batalantrean", "checkin",
            "jadwaloperasirs", "jadwaloperasipasien" })
    void wrongTypesGetAnEnvelope(String name) {
        String body = "{\"kodebooking\": {\"x\": 1}, \"tanggalperiksa\": [1], \"kodepoli\": {}, \"nopeserta\": [],"
                + " \"tanggalawal\": {}, \"waktu\": {}}";
        authorised().contentType("application/json").body(body).post("/wsrs/" + name).then()
                .statusCode(200).body("metadata.code", is(201))
                .body("metadata.message", is(WsrsMessages.MALFORMED_REQUEST));
        authorised().contentType("application/json").body("[1, 2, 3]").post("/wsrs/" + name).then()
                .statusCode(200).body("metadata.code", is(201));
        authorised().contentType("application/json").body("\"teks\"").post("/wsrs/" + name).then()
                .statusCode(200).body("metadata.code", is(201));
    }

    @ParameterizedTest
    @ValueSource(strings = { "statusantrean", "ambilantrean", "sisaantrean", "batalantrean", "checkin",
            "jadwaloperasirs", "jadwaloperasipasien" })
    void emptyBodyAndMissingFieldsGetAnEnvelope(String name) {
        authorised().contentType("application/json").post("/wsrs/" + name).then()
                .statusCode(200).body("metadata.code", is(201));
        authorised().contentType("application/json").body("{}").post("/wsrs/" + name).then()
                .statusCode(200).body("metadata.code", is(201)).body("metadata.message", notNullValue());
        authorised().contentType("application/json").body("null").post("/wsrs/" + name).then()
                .statusCode(200).body("metadata.code", is(201));
    }

    @ParameterizedTest
    @ValueSource(strings = { "statusantrean", "ambilantrean", "sisaantrean", "batalantrean", "checkin",
            "jadwaloperasirs", "jadwaloperasipasien" })
    void wrongContentTypeGetsAnEnvelope(String name) {
        authorised().contentType("text/plain").body("{\"kodebooking\":\"TIDAKADA\"}").post("/wsrs/" + name).then()
                .statusCode(200).body("metadata.code", isOneOf(200, 201));
        authorised().contentType("application/xml").body("<a>1</a>").post("/wsrs/" + name).then()
                .statusCode(200).body("metadata.code", is(201));
    }

    @ParameterizedTest
    @ValueSource(strings = { "statusantrean", "ambilantrean", "sisaantrean", "batalantrean", "checkin",
            "jadwaloperasirs", "jadwaloperasipasien" })
    void hugeBodyGetsAnEnvelope(String name) {
        String huge = "{\"kodebooking\":\"" + "A".repeat(2_000_000) + "\"}";
        authorised().contentType("application/json").body(huge).post("/wsrs/" + name).then()
                .statusCode(200).body("metadata.code", is(201))
                .body("metadata.message", is(WsrsMessages.MALFORMED_REQUEST));
    }

    @ParameterizedTest
    @ValueSource(strings = { "statusantrean", "ambilantrean", "sisaantrean", "batalantrean", "checkin",
            "jadwaloperasirs", "jadwaloperasipasien" })
    void longFieldValuesGetAnEnvelope(String name) {
        String body = "{\"kodebooking\":\"" + "9".repeat(5000) + "\",\"kodepoli\":\"" + "X".repeat(5000)
                + "\",\"tanggalperiksa\":\"2030-01-01\",\"kodedokter\":\"" + "1".repeat(5000)
                + "\",\"jampraktek\":\"08:00-12:00\",\"nik\":\"" + "1".repeat(16) + "\",\"jeniskunjungan\":1,"
                + "\"nomorreferensi\":\"" + "R".repeat(5000) + "\",\"waktu\":\"" + "9".repeat(40) + "\","
                + "\"nopeserta\":\"" + "1".repeat(5000) + "\",\"tanggalawal\":\"2030-01-01\",\"tanggalakhir\":\"x\"}";
        authorised().contentType("application/json").body(body).post("/wsrs/" + name).then()
                .statusCode(200).body("metadata.code", is(201));
    }
}
