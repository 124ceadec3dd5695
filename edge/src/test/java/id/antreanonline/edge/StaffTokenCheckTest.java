package id.antreanonline.edge;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import id.antreanonline.testsupport.StaffAccountEvents;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.jwt.build.Jwt;

/** Revocations and disabled accounts arrive on antrean.staff-accounts, as antrean-service publishes them. */
@QuarkusTest
class StaffTokenCheckTest {

    private final String username = "staf" + UUID.randomUUID().toString().substring(0, 8);
    private final long now = Instant.now().getEpochSecond();

    static String staffToken(String username, long issuedAt) {
        return Jwt.issuer(WsrsTokens.ISSUER).upn(username).groups("admin").issuedAt(issuedAt)
                .expiresAt(issuedAt + 3600).sign();
    }


    private static int status(String token) {
        return given().auth().oauth2(token).get("/api/admin").statusCode();
    }

    @Test
    void aRevokedTokenIsRefusedAndOneIssuedSinceIsAccepted() throws Exception {
        String before = staffToken(username, now - 60);
        await().atMost(Duration.ofSeconds(15)).until(() -> status(before) == 200);

        StaffAccountEvents.publish(username, now, false);

        await().atMost(Duration.ofSeconds(15)).until(() -> status(before) == 401);
        given().auth().oauth2(before).get("/api/admin").then().statusCode(401)
                .body("message", org.hamcrest.Matchers.is(ErrorMappers.UNAUTHENTICATED));
        assertStatus(200, staffToken(username, now));
    }

    @Test
    void aDisabledAccountsTokensAreRefusedUntilItIsEnabledAgain() throws Exception {
        String token = staffToken(username, now - 60);
        StaffAccountEvents.publish(username, now - 120, true);
        await().atMost(Duration.ofSeconds(15)).until(() -> status(token) == 401);
        assertStatus(401, staffToken(username, now));

        StaffAccountEvents.publish(username, now - 120, false);
        await().atMost(Duration.ofSeconds(15)).until(() -> status(token) == 200);
    }

    @Test
    void anotherAccountsRevocationLeavesThisOneAlone() throws Exception {
        String other = "lain" + username;
        StaffAccountEvents.publish(other, now + 3600, true);
        String othersToken = staffToken(other, now);
        await().atMost(Duration.ofSeconds(15)).until(() -> status(othersToken) == 401);
        assertStatus(200, staffToken(username, now - 60));
    }

    private static void assertStatus(int expected, String token) {
        given().auth().oauth2(token).get("/api/admin").then().statusCode(expected);
    }
}
