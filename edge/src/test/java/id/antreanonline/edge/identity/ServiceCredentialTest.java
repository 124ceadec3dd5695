package id.antreanonline.edge.identity;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import id.antreanonline.testsupport.Credentials;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;

/** This test application is "vclaim-gateway" (test application.properties). */
@QuarkusTest
class ServiceCredentialTest {

    private static final String ME = Callers.VCLAIM_GATEWAY;

    @Inject
    ServiceTokens tokens;

    private static ValidatableResponse get(String path, String authorization) {
        var request = given();
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return request.get("/api/pintu/" + path).then();
    }

    @Test
    void aServiceCredentialOpensTheDoorsOfThatService() {
        get("pasien", Credentials.service(Callers.PASIEN_SERVICE, ME)).statusCode(200)
                .body(is("service pasien-service"));
    }

    @Test
    void noCredentialIs401() {
        get("pasien", null).statusCode(401).body("message", is(
                "Silakan login terlebih dahulu (token tidak ada, tidak sah atau kedaluwarsa)"));
    }

    @Test
    void anotherServicesCredentialIs403() {
        get("pasien", Credentials.service(Callers.FARMASI_TASK_SERVICE, ME)).statusCode(403);
        get("pasien", Credentials.service(Callers.ANTREAN_SERVICE, ME)).statusCode(403);
    }

    @Test
    void aStaffTokenDoesNotOpenAServiceDoorAndAServiceCredentialNoStaffDoor() {
        get("pasien", Credentials.staff("admin", "admin")).statusCode(403);
        get("gateway", Credentials.staff("admin", "admin")).statusCode(200).body(is("staff admin"));
    }

    @Test
    void aCredentialMeantForAnotherServiceIsRefused() {
        get("pasien", Credentials.service(Callers.PASIEN_SERVICE, Callers.ANTREAN_SERVICE)).statusCode(401);
    }

    @Test
    void aServiceCannotSpeakForAnother() {
        Instant now = Instant.now();
        // farmasi's key, pasien's name: verified with pasien's key, the signature fails
        get("pasien", Credentials.service(Callers.FARMASI_TASK_SERVICE, Callers.PASIEN_SERVICE, ME, now,
                now.plusSeconds(300))).statusCode(401);
        // antrean's key (also the staff key) cannot make a pasien-service credential either
        get("pasien", Credentials.service(Callers.ANTREAN_SERVICE, Callers.PASIEN_SERVICE, ME, now,
                now.plusSeconds(300))).statusCode(401);
    }

    @Test
    void anExpiredOrLongLivedCredentialIsRefused() {
        Instant now = Instant.now();
        get("pasien", Credentials.service(Callers.PASIEN_SERVICE, Callers.PASIEN_SERVICE, ME, now.minusSeconds(600),
                now.minusSeconds(300))).statusCode(401);
        get("pasien", Credentials.service(Callers.PASIEN_SERVICE, Callers.PASIEN_SERVICE, ME, now,
                now.plusSeconds(24 * 3600))).statusCode(401);
    }

    @Test
    void aDoorWithoutARuleIsShut() {
        get("tanpa-aturan", null).statusCode(401);
        get("tanpa-aturan", Credentials.staff("admin", "admin")).statusCode(403);
        get("tanpa-aturan", Credentials.service(Callers.PASIEN_SERVICE, ME)).statusCode(403);
    }

    @Test
    void whatThisServiceSignsIsAcceptedAsItAndReusedUntilNearItsEnd() {
        String bearer = tokens.bearer(ME);
        assertEquals(bearer, tokens.bearer(ME));
        assertNotEquals(bearer, tokens.bearer(Callers.PASIEN_SERVICE));
        get("gateway", bearer).statusCode(200).body(is("service vclaim-gateway"));
        get("pasien", bearer).statusCode(403);
    }
}
