package id.antreanonline.simulator.rest;

import static io.restassured.RestAssured.given;

import java.time.Instant;

import id.antreanonline.shared.bpjs.BpjsCrypto;
import io.restassured.specification.RequestSpecification;

/** Requests signed as the gateway signs them, with the test profile's credentials; decrypts what comes back. */
final class Signed {

    static final String CONS_ID = "1000";
    static final String SECRET = "local-secret";
    static final String ANTREAN_KEY = "local-user-key-antrean";
    static final String VCLAIM_KEY = "local-user-key-vclaim";

    final String timestamp;
    private final String userKey;
    private String consId = CONS_ID;
    private String secret = SECRET;

    private Signed(String timestamp, String userKey) {
        this.timestamp = timestamp;
        this.userKey = userKey;
    }

    static Signed antrean() {
        return new Signed(now(), ANTREAN_KEY);
    }

    static Signed vclaim() {
        return new Signed(now(), VCLAIM_KEY);
    }

    static Signed at(long epochSeconds, String userKey) {
        return new Signed(Long.toString(epochSeconds), userKey);
    }

    static String now() {
        return Long.toString(Instant.now().getEpochSecond());
    }

    Signed consId(String consId) {
        this.consId = consId;
        return this;
    }

    Signed secret(String secret) {
        this.secret = secret;
        return this;
    }

    RequestSpecification request() {
        return given()
                .header("X-cons-id", consId)
                .header("X-timestamp", timestamp)
                .header("X-signature", BpjsCrypto.signature(consId, secret, timestamp))
                .header("user_key", userKey)
                .contentType("application/json");
    }

    String decrypt(String response) {
        return BpjsCrypto.decryptResponse(response, CONS_ID, SECRET, timestamp);
    }
}
