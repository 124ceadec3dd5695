package id.antreanonline.farmasi.security;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import id.antreanonline.testsupport.StaffAccountEvents;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.jwt.build.Jwt;

/**
 * antrean-service revokes or disables a staff account and publishes its state on antrean.staff-accounts (as its
 * outbox does): this service refuses the account's earlier tokens within seconds.
 */
@QuarkusTest
class StaffTokenRevocationTest {

    private final String username = "apoteker" + UUID.randomUUID().toString().substring(0, 8);
    private final long now = Instant.now().getEpochSecond();

    private String token(long issuedAt) {
        return Jwt.issuer("antrean-online-rs").upn(username).groups(Set.of("farmasi")).issuedAt(issuedAt)
                .expiresAt(issuedAt + 3600).sign();
    }

    private static int statusWith(String token) {
        return given().auth().oauth2(token).queryParam("tanggal", "2030-01-01").get("/api/dashboard").statusCode();
    }


    @Test
    void aTokenRevokedAtAntreanIsRefusedHereWithinSeconds() throws Exception {
        String before = token(now - 60);
        await().atMost(Duration.ofSeconds(20)).until(() -> statusWith(before) == 200);

        StaffAccountEvents.publish(username, now, false);

        await().atMost(Duration.ofSeconds(10)).until(() -> statusWith(before) == 401);
        assertEquals(200, statusWith(token(now)));
    }

    @Test
    void everyTokenOfAnAccountDisabledAtAntreanIsRefusedHere() throws Exception {
        String token = token(now);
        StaffAccountEvents.publish(username, now - 3600, true);
        await().atMost(Duration.ofSeconds(10)).until(() -> statusWith(token) == 401);
        assertEquals(401, statusWith(token(now + 1)));
    }
}
