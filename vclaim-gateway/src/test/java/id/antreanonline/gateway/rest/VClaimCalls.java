package id.antreanonline.gateway.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;
import java.util.Map;

import id.antreanonline.gateway.Simulator;
import io.restassured.builder.ResponseSpecBuilder;
import io.restassured.specification.ResponseSpecification;

/** What the simulator received on VClaim paths, and how every VClaim call and refusal must look. */
final class VClaimCalls {

    /** The simulator's refusal of a call signed correctly but with another service's user_key. */
    private static final String WRONG_USER_KEY = "user_key tidak sesuai";

    private VClaimCalls() {
    }

    /** The calls received on paths starting with this VClaim path (below /vclaim-rest), in arrival order. */
    static List<Map<String, Object>> on(String path) {
        return given().queryParam("path", "/vclaim-rest" + path).get(Simulator.admin() + "/received").then()
                .statusCode(200).extract().jsonPath().getList("$");
    }

    /** The calls received on this path whose body mentions the marker (a card or SEP number): one test's writes. */
    static List<Map<String, Object>> on(String path, String bodyMarker) {
        return on(path).stream().filter(c -> String.valueOf(c.get("body")).contains(bodyMarker)).toList();
    }

    /** Some call reached the simulator on this path, and every one was signed validly with VClaim's user_key. */
    static void assertSignedWithVClaimKey(String path) {
        assertSigned(path, on(path));
    }

    /** As {@link #assertSignedWithVClaimKey(String)}, for the calls whose body mentions the marker. */
    static void assertSignedWithVClaimKey(String path, String bodyMarker) {
        assertSigned(path + " (" + bodyMarker + ")", on(path, bodyMarker));
    }

    private static void assertSigned(String what, List<Map<String, Object>> calls) {
        assertFalse(calls.isEmpty(), () -> "no VClaim call reached the simulator on " + what);
        for (Map<String, Object> call : calls) {
            assertEquals(Boolean.TRUE, call.get("signatureValid"), () -> "badly signed: " + call);
            assertNotEquals(WRONG_USER_KEY, call.get("message"), () -> "not VClaim's user_key: " + call);
        }
    }

    /** The last answer BPJS gave on this path, as {code, message}: what a refusal passed on must carry. */
    static Map<String, Object> lastAnswerOn(String path) {
        List<Map<String, Object>> calls = on(path);
        assertFalse(calls.isEmpty(), () -> "no VClaim call reached the simulator on " + path);
        return calls.get(calls.size() - 1);
    }

    /** The sequence number of the last call received on this path, 0 when none: to see that nothing more came. */
    static long lastSeq(String path) {
        List<Map<String, Object>> calls = on(path);
        return calls.isEmpty() ? 0 : ((Number) calls.get(calls.size() - 1).get("seq")).longValue();
    }

    /** The gateway's answer to a refusal by BPJS: 422 with BPJS's own code and message. */
    static ResponseSpecification refusedByBpjs(String message) {
        return new ResponseSpecBuilder().expectStatusCode(422).expectBody("source", equalTo("BPJS"))
                .expectBody("code", equalTo("201")).expectBody("message", equalTo(message)).build();
    }

    /** The gateway's answer to input it refuses before asking BPJS. */
    static ResponseSpecification badRequest(String message) {
        return new ResponseSpecBuilder().expectStatusCode(400).expectBody("message", equalTo(message)).build();
    }
}
