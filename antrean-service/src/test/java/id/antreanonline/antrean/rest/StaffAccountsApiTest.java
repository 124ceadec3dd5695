package id.antreanonline.antrean.rest;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import id.antreanonline.antrean.Fixtures;
import id.antreanonline.shared.event.Topics;
import id.antreanonline.testsupport.ServiceInfrastructureContract;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** Passwords, disabled accounts and revoked tokens, as the staff API offers them. */
@QuarkusTest
class StaffAccountsApiTest {

    private final String username = "perawat" + Fixtures.digits(8);
    private final String password = "rahasia-" + username;
    private String admin;

    @BeforeEach
    void signInAsAdministrator() {
        admin = Fixtures.staffToken("admin");
    }

    private void createAccount() {
        given().auth().oauth2(admin).contentType(ContentType.JSON)
                .body(Map.of("username", username, "password", password, "roles", List.of("poli")))
                .post("/api/staff").then().statusCode(201);
    }

    /** A call the poli role may make: its status says whether the token is still good. */
    private static int statusWith(String token) {
        return given().auth().oauth2(token).queryParam("tanggalawal", "2030-01-01")
                .queryParam("tanggalakhir", "2030-01-02").get("/api/jadwaloperasi").statusCode();
    }

    private static void refusedSoon(String token) {
        await().atMost(Duration.ofSeconds(20)).until(() -> statusWith(token) == 401);
    }

    private static int loginStatus(String username, String password) {
        return given().contentType(ContentType.JSON).body(Map.of("username", username, "password", password))
                .post("/api/auth/login").statusCode();
    }

    @Test
    void anAdministratorSeesTheAccountsWithTheirRolesAndStateButNoPassword() {
        createAccount();
        given().auth().oauth2(admin).get("/api/staff").then().statusCode(200)
                .body("find { it.username == '" + username + "' }.roles", is(List.of("poli")))
                .body("find { it.username == '" + username + "' }.disabled", is(false))
                .body("find { it.username == '" + username + "' }.passwordHash", nullValue());
    }

    @Test
    void staffTokensCarryTheirIssueTime() throws Exception {
        createAccount();
        String[] parts = Fixtures.login(username, password).split("\\.");
        JsonNode claims = new ObjectMapper().readTree(Base64.getUrlDecoder().decode(parts[1]));
        long iat = claims.path("iat").asLong();
        assertTrue(Math.abs(iat - Instant.now().getEpochSecond()) <= 5, claims.toString());
    }

    @Test
    void aStaffMemberChangesTheirOwnPasswordAndTheirEarlierTokensStopWorking() {
        createAccount();
        String before = Fixtures.login(username, password);
        assertEquals(200, statusWith(before));

        given().auth().oauth2(before).contentType(ContentType.JSON)
                .body(Map.of("currentPassword", "bukan-sandinya", "newPassword", "sandi-baru-123"))
                .post("/api/auth/password").then().statusCode(400).body("message", is("Password saat ini salah"));
        given().auth().oauth2(before).contentType(ContentType.JSON)
                .body(Map.of("currentPassword", password, "newPassword", "pendek"))
                .post("/api/auth/password").then().statusCode(400).body("message", notNullValue());
        String after = given().auth().oauth2(before).contentType(ContentType.JSON)
                .body(Map.of("currentPassword", password, "newPassword", "sandi-baru-123"))
                .post("/api/auth/password").then().statusCode(200).extract().jsonPath().getString("token");

        refusedSoon(before);
        assertEquals(200, statusWith(after));
        assertEquals(401, loginStatus(username, password));
        assertEquals(200, loginStatus(username, "sandi-baru-123"));
    }

    @Test
    void changingOnesPasswordNeedsAStaffToken() {
        given().contentType(ContentType.JSON).body(Map.of("currentPassword", "a", "newPassword", "b-12345678"))
                .post("/api/auth/password").then().statusCode(401).body("message", notNullValue());
    }

    @Test
    void anAdministratorResetsAPasswordAndTheOldTokensAreRefused() {
        createAccount();
        String before = Fixtures.login(username, password);
        given().auth().oauth2(admin).contentType(ContentType.JSON).body(Map.of("password", "diatur-admin-1"))
                .put("/api/staff/" + username + "/password").then().statusCode(200)
                .body("username", is(username)).body("disabled", is(false));
        refusedSoon(before);
        assertEquals(401, loginStatus(username, password));
        assertEquals(200, statusWith(Fixtures.login(username, "diatur-admin-1")));
    }

    @Test
    void aDisabledAccountCannotLogInNorUseItsTokensUntilEnabled() {
        createAccount();
        String before = Fixtures.login(username, password);
        given().auth().oauth2(admin).contentType(ContentType.JSON).body(Map.of("disabled", true))
                .put("/api/staff/" + username + "/disabled").then().statusCode(200).body("disabled", is(true));
        refusedSoon(before);
        given().contentType(ContentType.JSON).body(Map.of("username", username, "password", password))
                .post("/api/auth/login").then().statusCode(401).body("message", is("Akun ini dinonaktifkan; hubungi admin"));

        given().auth().oauth2(admin).contentType(ContentType.JSON).body(Map.of("disabled", false))
                .put("/api/staff/" + username + "/disabled").then().statusCode(200).body("disabled", is(false));
        // enabling does not bring back the tokens of before
        String again = Fixtures.login(username, password);
        await().atMost(Duration.ofSeconds(20)).until(() -> statusWith(again) == 200);
        assertEquals(401, statusWith(before));
    }

    @Test
    void anAdministratorRevokesAnAccountsTokensAndTheChangeIsPublished() {
        createAccount();
        String before = Fixtures.login(username, password);
        long validAfter = given().auth().oauth2(admin).post("/api/staff/" + username + "/revoke").then()
                .statusCode(200).extract().jsonPath().getLong("tokensValidAfter");
        refusedSoon(before);
        assertEquals(200, statusWith(Fixtures.login(username, password)));

        JsonNode event = publishedState(username);
        assertEquals(username, event.path("username").asText());
        assertEquals(validAfter, event.path("tokensValidAfter").asLong());
        assertEquals(false, event.path("disabled").asBoolean());
        assertTrue(event.hasNonNull("eventId") && event.hasNonNull("occurredAt"), event.toString());
    }

    /** The last state of the account on antrean.staff-accounts. */
    static JsonNode publishedState(String username) {
        AtomicReference<JsonNode> found = new AtomicReference<>();
        await().atMost(Duration.ofSeconds(60)).until(() -> {
            for (ConsumerRecord<String, String> r : ServiceInfrastructureContract.consume(Topics.STAFF_ACCOUNTS, 1)) {
                if (username.equals(r.key())) {
                    found.set(new ObjectMapper().readTree(r.value()));
                }
            }
            return found.get() != null;
        });
        return found.get();
    }

    @Test
    void theAdminEndpointsAreForAdministratorsAndKnownAccounts() {
        createAccount();
        String poli = Fixtures.login(username, password);
        given().auth().oauth2(poli).post("/api/staff/admin/revoke").then().statusCode(403);
        given().auth().oauth2(poli).get("/api/staff").then().statusCode(403);
        given().auth().oauth2(poli).contentType(ContentType.JSON).body(Map.of("password", "diatur-admin-1"))
                .put("/api/staff/admin/password").then().statusCode(403);
        given().auth().oauth2(admin).post("/api/staff/tidak-ada-" + username + "/revoke").then().statusCode(404)
                .body("message", notNullValue());
        given().auth().oauth2(admin).contentType(ContentType.JSON).body(Map.of("disabled", true))
                .put("/api/staff/admin/disabled").then().statusCode(409).body("message", notNullValue());
        given().auth().oauth2(admin).contentType(ContentType.JSON).body(Map.of("nama", "x"))
                .put("/api/staff/" + username + "/disabled").then().statusCode(400).body("message", notNullValue());
    }
}
