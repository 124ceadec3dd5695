package id.antreanonline.edge;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import id.antreanonline.shared.wsrs.WsrsMessages;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;

@QuarkusTest
class WsrsJsonTest {

    private static ValidatableResponse read(String path, String body) {
        return given().header(WsrsTokens.HEADER_USERNAME, Tokens.USER).header(WsrsTokens.HEADER_TOKEN, Tokens.good())
                .contentType("application/json").body(body).post(path).then().statusCode(200);
    }

    @ParameterizedTest
    @ValueSource(strings = { "", "  ", "{\"kodebooking\": ", "null", "[1, 2]", "\"teks\"", "12", "{} {}",
            "kodebooking=KB1", "{\"kodebooking\": {\"x\": 1}}", "{\"kodebooking\": [\"KB1\"]}",
            "{\"kodebooking\": true}", "{\"angka\": \"satu\"}", "{\"angka\": 1.5}", "{\"angka\": 99999999999}" })
    void aBodyThatIsNotTheRecordIsAMalformedRequest(String body) {
        read("/wsrs/baca", body).body("metadata.code", is(201))
                .body("metadata.message", is(WsrsMessages.MALFORMED_REQUEST));
    }

    @Test
    void numbersAndTextAreReadEitherWay() {
        read("/wsrs/baca", "{\"kodebooking\": 12345, \"angka\": \"7\", \"lain\": {\"diabaikan\": true}}")
                .body("metadata.code", is(200)).body("response.kodebooking", is("12345"))
                .body("response.angka", is(7));
        read("/wsrs/baca", "{\"kodebooking\": \"  KB1 \", \"angka\": 7}").body("response.kodebooking", is("KB1"))
                .body("response.angka", is(7));
    }

    @Test
    void blankTextIsAbsent() {
        read("/wsrs/baca", "{\"kodebooking\": \"  \", \"angka\": \"\"}").body("metadata.code", is(200))
                .body("response.kodebooking", nullValue()).body("response.angka", nullValue());
    }

    @Test
    void aCardNumberSentAsANumberGetsItsLeadingZerosBack() {
        read("/wsrs/baca", "{\"nomorkartu\": 1234567890}").body("response.nomorkartu", is("0001234567890"));
        read("/wsrs/baca", "{\"nomorkartu\": \"123\"}").body("response.nomorkartu", is("123"));
    }

    @Test
    void aWrongTypeCanNameTheField() {
        read("/wsrs/baca-bernama", "{\"nomorkartu\": {\"a\": 1}}").body("metadata.code", is(201))
                .body("metadata.message", is("Format nomorkartu Tidak Sesuai"));
        read("/wsrs/baca-bernama", "[]").body("metadata.message", is(WsrsMessages.MALFORMED_REQUEST));
    }

    @Test
    void onAStaffPathAMalformedBodyIsA400() {
        given().contentType("application/json").body("{\"kodebooking\": ").post("/api/baca").then().statusCode(400)
                .body("message", is(WsrsMessages.MALFORMED_REQUEST));
    }
}
