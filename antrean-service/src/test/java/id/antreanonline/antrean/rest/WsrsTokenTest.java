package id.antreanonline.antrean.rest;

import static id.antreanonline.antrean.Fixtures.WSRS_PASSWORD;
import static id.antreanonline.antrean.Fixtures.WSRS_USER;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.matchesPattern;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.KeyPairGenerator;
import java.time.Instant;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import id.antreanonline.antrean.Fixtures;
import id.antreanonline.shared.wsrs.WsrsMessages;
import id.antreanonline.edge.WsrsTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.smallrye.jwt.build.Jwt;

@QuarkusTest
class WsrsTokenTest {

    private static ValidatableResponse post(String name, String username, String token) {
        var request = given().contentType(ContentType.JSON).body(Map.of("kodebooking", "TIDAKADA"));
        if (username != null) {
            request.header("x-username", username);
        }
        if (token != null) {
            request.header("x-token", token);
        }
        return request.post("/wsrs/" + name).then().statusCode(200);
    }

    @Test
    void tokenIsIssuedToTheWsrsAccount() {
        given().header("x-username", WSRS_USER).header("x-password", WSRS_PASSWORD).get("/wsrs/token").then()
                .statusCode(200)
                .body("metadata.code", is(200))
                .body("metadata.message", is("Ok"))
                .body("response.token", matchesPattern("[\\w-]+\\.[\\w-]+\\.[\\w-]+"));
    }

    @Test
    void aGoodTokenOpensTheWsrs() {
        post("sisaantrean", WSRS_USER, Fixtures.wsrsToken()).body("metadata.message", is("Antrean Tidak Ditemukan"));
    }

    @Test
    void wrongUsernameAndWrongPasswordGetTheSameAnswer() {
        given().header("x-username", "bukan" + Fixtures.digits(4)).header("x-password", WSRS_PASSWORD)
                .get("/wsrs/token").then().statusCode(200)
                .body("metadata.code", is(201)).body("metadata.message", is(WsrsMessages.WRONG_CREDENTIALS));
        given().header("x-username", WSRS_USER).header("x-password", "salah").get("/wsrs/token").then()
                .statusCode(200)
                .body("metadata.code", is(201)).body("metadata.message", is(WsrsMessages.WRONG_CREDENTIALS));
        given().get("/wsrs/token").then().statusCode(200)
                .body("metadata.code", is(201)).body("metadata.message", is(WsrsMessages.WRONG_CREDENTIALS));
    }

    @Test
    void repeatedFailuresAreSlowedDown() {
        String guesser = "penebak" + Fixtures.digits(5);
        for (int i = 0; i < 3; i++) {
            given().header("x-username", guesser).header("x-password", "coba" + i).get("/wsrs/token").then()
                    .body("metadata.code", is(201));
        }
        long start = System.nanoTime();
        given().header("x-username", guesser).header("x-password", "coba-lagi").get("/wsrs/token").then()
                .body("metadata.message", is(WsrsMessages.WRONG_CREDENTIALS));
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertTrue(millis >= 450, "the fourth failure came back after " + millis + " ms");
    }

    @ParameterizedTest
    @ValueSource(strings = { "statusantrean", "ambilantrean", "sisaantrean", "batalantrean", "checkin",
            "jadwaloperasirs", "jadwaloperasipasien" })
    void everyWsrsRefusesAMissingOrExpiredToken(String name) {
        post(name, WSRS_USER, null).body("metadata.code", is(201))
                .body("metadata.message", is(WsrsMessages.TOKEN_EXPIRED));
        long now = Instant.now().getEpochSecond();
        String expired = Jwt.issuer(WsrsTokens.ISSUER).upn(WSRS_USER).groups(WsrsTokens.GROUP)
                .issuedAt(now - 7200).expiresAt(now - 3600).sign();
        post(name, WSRS_USER, expired).body("metadata.code", is(201))
                .body("metadata.message", is(WsrsMessages.TOKEN_EXPIRED));
    }

    @Test
    void forgedTokenIsRefused() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        String forged = Jwt.issuer(WsrsTokens.ISSUER).upn(WSRS_USER).groups(WsrsTokens.GROUP).expiresIn(3600)
                .sign(generator.generateKeyPair().getPrivate());
        post("ambilantrean", WSRS_USER, forged).body("metadata.code", is(201))
                .body("metadata.message", is(WsrsMessages.TOKEN_EXPIRED));
        post("ambilantrean", WSRS_USER, "bukan.sebuah.token").body("metadata.code", is(201))
                .body("metadata.message", is(WsrsMessages.TOKEN_EXPIRED));
    }

    @Test
    void tokenUsedWithAnotherUsernameIsRefused() {
        post("statusantrean", "orang-lain", Fixtures.wsrsToken()).body("metadata.code", is(201))
                .body("metadata.message", is(WsrsMessages.USERNAME_MISMATCH));
        post("statusantrean", null, Fixtures.wsrsToken()).body("metadata.code", is(201))
                .body("metadata.message", is(WsrsMessages.USERNAME_MISMATCH));
    }

    @Test
    void staffTokenIsNotAWsrsToken() {
        String staff = Fixtures.login("admin", "admin-local");
        post("statusantrean", "admin", staff).body("metadata.code", is(201))
                .body("metadata.message", is(WsrsMessages.TOKEN_EXPIRED));
    }
}
