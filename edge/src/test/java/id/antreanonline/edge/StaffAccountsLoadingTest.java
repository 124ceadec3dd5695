package id.antreanonline.edge;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.is;

import java.time.Instant;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/** An instance that cannot read the staff accounts answers staff calls 503, and the WS RS as ever. */
@QuarkusTest
@TestProfile(StaffAccountsLoadingTest.TopicOutOfReach.class)
class StaffAccountsLoadingTest {

    public static class TopicOutOfReach implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("mp.messaging.incoming.staff-accounts.bootstrap.servers", "127.0.0.1:1",
                    "antrean.staff-accounts.load-wait", "200ms");
        }
    }

    @Test
    void aStaffCallBeforeTheAccountsAreReadIsAskedToComeBack() {
        String token = StaffTokenCheckTest.staffToken("admin", Instant.now().getEpochSecond());
        given().auth().oauth2(token).get("/api/admin").then().statusCode(503)
                .header("Retry-After", is(String.valueOf(ErrorMappers.STAFF_ACCOUNTS_RETRY_AFTER_SECONDS)))
                .body("message", is(StaffAccountsLoading.MESSAGE));
    }

    @Test
    void theWsrsDoesNotWaitForTheStaffAccounts() {
        given().header(WsrsTokens.HEADER_USERNAME, Tokens.USER).header(WsrsTokens.HEADER_TOKEN, Tokens.good())
                .contentType("application/json").body("{\"kodebooking\":\"KB1\"}").post("/wsrs/baca").then()
                .statusCode(200).body("metadata.code", is(200));
    }
}
