package id.antreanonline.farmasi.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.junit.jupiter.api.Test;

import id.antreanonline.farmasi.Fixtures;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/**
 * The console changes a password and logs in through this service: antrean-service gets the nurse's own token and
 * browser, and its answer comes back, however long its login throttle makes it wait.
 */
@QuarkusTest
@QuarkusTestResource(FakeAntreanAuth.class)
class PasswordChangeForwardingTest {

    @Test
    void aPasswordChangeGoesToAntreanWithTheCallersTokenAndItsAnswerComesBack() {
        String token = Fixtures.token("poli");
        given().auth().oauth2(token).header("X-Forwarded-For", "203.0.113.9").contentType(ContentType.JSON)
                .body(Map.of("currentPassword", "sandi-lama-1", "newPassword", "sandi-baru-2"))
                .post("/api/auth/password").then().statusCode(200).body("token", is("token-baru"));
        assertEquals("Bearer " + token, FakeAntreanAuth.RECEIVED.get("authorization"));
        assertTrue(FakeAntreanAuth.RECEIVED.get("forwardedFor").startsWith("203.0.113.9, "),
                FakeAntreanAuth.RECEIVED.toString());
        assertTrue(FakeAntreanAuth.RECEIVED.get("body").contains("\"newPassword\":\"sandi-baru-2\""));

        given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(Map.of("currentPassword", "salah", "newPassword", "sandi-baru-2"))
                .post("/api/auth/password").then().statusCode(400).body("message", is("Password saat ini salah"));
    }

    @Test
    void withoutAStaffTokenNothingIsForwarded() {
        FakeAntreanAuth.RECEIVED.clear();
        given().contentType(ContentType.JSON).body(Map.of("currentPassword", "sandi-lama-1", "newPassword", "x-12345678"))
                .post("/api/auth/password").then().statusCode(401).body("message", notNullValue());
        given().auth().oauth2(Fixtures.wsrsToken()).contentType(ContentType.JSON)
                .body(Map.of("currentPassword", "sandi-lama-1", "newPassword", "x-12345678"))
                .post("/api/auth/password").then().statusCode(403);
        given().auth().oauth2(Fixtures.token("poli")).contentType(ContentType.JSON).body(Map.of())
                .post("/api/auth/password").then().statusCode(400).body("message", notNullValue());
        assertEquals(Map.of(), FakeAntreanAuth.RECEIVED);
    }

    @Test
    void aLoginAntreansThrottleSlowsIsStillAnsweredWithAntreansAnswer() {
        given().contentType(ContentType.JSON).body(Map.of("username", "perawat", "password", "salah-lagi"))
                .post("/api/auth/login").then().statusCode(401).body("message", is("Username atau password salah"));
    }
}
