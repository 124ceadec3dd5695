package id.antreanonline.antrean.rest;

import static id.antreanonline.antrean.Fixtures.ambil;
import static id.antreanonline.antrean.Fixtures.patient;
import static id.antreanonline.antrean.Fixtures.schedule;
import static id.antreanonline.antrean.Fixtures.today;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import id.antreanonline.antrean.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

/**
 * The SIMRS's machine access: an administrator creates a client, rotates its secret and disables it; the client
 * exchanges id and secret for a short-lived token with its scopes, which opens what the scopes name and nothing else.
 * The test profile trusts the loopback as a proxy, so each test names its own caller in X-Forwarded-For.
 */
@QuarkusTest
class SimrsClientsTest {

    private static final Set<String> STAFF_ROLES = Set.of("admin", "admisi", "poli", "farmasi");

    private final String clientId = "simrs-" + Fixtures.digits(8);
    private final String caller = "203.0.113." + (1 + Integer.parseInt(Fixtures.digits(3)) % 254);
    private String admin;

    @BeforeEach
    void signInAsAdministrator() {
        admin = Fixtures.staffToken("admin");
    }

    private String create(String... scopes) {
        return given().auth().oauth2(admin).contentType(ContentType.JSON)
                .body(Map.of("clientId", clientId, "scopes", List.of(scopes))).post("/api/simrs-clients").then()
                .statusCode(201).body("clientId", is(clientId)).body("scopes", containsInAnyOrder((Object[]) scopes))
                .extract().jsonPath().getString("clientSecret");
    }

    private Response tokenRequest(String secret) {
        return given().header("X-Forwarded-For", caller).contentType(ContentType.URLENC)
                .formParam("grant_type", "client_credentials").formParam("client_id", clientId)
                .formParam("client_secret", secret).post("/api/auth/token");
    }

    private String token(String secret) {
        return tokenRequest(secret).then().statusCode(200).extract().jsonPath().getString("access_token");
    }

    /** A call the simrs-onsite scope opens: an empty booking is 422 while the token is good, 401 once revoked. */
    private static int onsiteStatus(String token) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body("{}").post("/api/antrean")
                .statusCode();
    }

    private static void refusedSoon(String token) {
        await().atMost(Duration.ofSeconds(20)).until(() -> onsiteStatus(token) == 401);
    }

    private static JsonNode claims(String token) throws Exception {
        return new ObjectMapper().readTree(Base64.getUrlDecoder().decode(token.split("\\.")[1]));
    }

    @Test
    void aClientsTokenCarriesItsScopesForMinutesAndNeverAStaffRole() throws Exception {
        String secret = create("simrs-onsite", "simrs-read");
        Response answer = tokenRequest(secret);
        answer.then().statusCode(200).header("Cache-Control", "no-store").body("token_type", is("Bearer"))
                .body("scope", is("simrs-onsite simrs-read"));
        long expiresIn = answer.jsonPath().getLong("expires_in");
        assertTrue(expiresIn > 0 && expiresIn <= 300, "expires_in " + expiresIn);

        JsonNode claims = claims(answer.jsonPath().getString("access_token"));
        Set<String> groups = new HashSet<>();
        claims.path("groups").forEach(g -> groups.add(g.asText()));
        assertEquals(Set.of("simrs-onsite", "simrs-read"), groups);
        assertFalse(groups.stream().anyMatch(STAFF_ROLES::contains), groups.toString());
        assertEquals("simrs:" + clientId, claims.path("upn").asText());
        assertEquals(clientId, claims.path("client_id").asText());
        assertTrue(claims.path("exp").asLong() - claims.path("iat").asLong() <= 300, claims.toString());
    }

    @Test
    void aClientCannotBeGivenAStaffRole() {
        given().auth().oauth2(admin).contentType(ContentType.JSON)
                .body(Map.of("clientId", clientId, "scopes", List.of("simrs-read", "admin")))
                .post("/api/simrs-clients").then().statusCode(400).body("message", notNullValue());
        given().auth().oauth2(admin).contentType(ContentType.JSON)
                .body(Map.of("clientId", clientId, "scopes", List.of())).post("/api/simrs-clients").then()
                .statusCode(400);
    }

    @Test
    void anOnsiteTokenBooksAtTheCounterAndIsRefusedAtStaffAndAdminDoors() {
        String token = token(create("simrs-onsite"));
        String kodepoli = Fixtures.poli();
        String kodedokter = Fixtures.doctor();
        schedule(kodepoli, kodedokter, today(), "00:00-23:59", 5, 5);
        Map<String, Object> body = ambil(patient(true), kodepoli, kodedokter, today(), "00:00-23:59");
        body.put("nomorkartu", "");
        body.put("nomorreferensi", "");
        body.put("jenispasien", "NON JKN");
        given().auth().oauth2(token).contentType(ContentType.JSON).body(body).post("/api/antrean").then()
                .statusCode(200).body("kodebooking", notNullValue());

        given().auth().oauth2(token).get("/api/simrs-clients").then().statusCode(403);
        given().auth().oauth2(token).post("/api/simrs-clients/" + clientId + "/secret").then().statusCode(403);
        given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(Map.of("username", "mesin" + Fixtures.digits(6), "password", "rahasia-123", "roles",
                        List.of("admin")))
                .post("/api/staff").then().statusCode(403);
        given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(Map.of("currentPassword", "x", "newPassword", "y-12345678")).post("/api/auth/password").then()
                .statusCode(403);
        given().auth().oauth2(token).queryParam("tanggalawal", "2030-01-01").queryParam("tanggalakhir", "2030-01-02")
                .get("/api/jadwaloperasi").then().statusCode(403);
    }

    @Test
    void aTokenOfAnotherScopeIsRefusedAtTheCounter() {
        String token = token(create("simrs-read", "simrs-tasks"));
        assertEquals(403, onsiteStatus(token));
    }

    @Test
    void aWrongSecretIsRefusedAndCountedByTheLoginThrottle() {
        create("simrs-read");
        for (int i = 0; i < 3; i++) {
            tokenRequest("bukan-rahasianya").then().statusCode(401).header("Cache-Control", "no-store")
                    .body("error", is("invalid_client")).body("access_token", nullValue());
        }
        List<Object> attempts = Fixtures.column("select attempts from credential_attempt where realm = 'simrs' "
                + "and kind = 'p' and username = ? and address = ?", clientId, caller);
        assertEquals(List.of(3), attempts);

        long start = System.nanoTime();
        tokenRequest("bukan-rahasianya").then().statusCode(401);
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertTrue(millis >= 450, "the fourth wrong secret came back after " + millis + " ms");

        given().header("X-Forwarded-For", caller).contentType(ContentType.URLENC)
                .formParam("grant_type", "client_credentials").formParam("client_id", "tidak-ada-" + clientId)
                .formParam("client_secret", "apa-saja").post("/api/auth/token").then().statusCode(401)
                .body("error", is("invalid_client"));
    }

    @Test
    void afterRotationTheOldSecretAndItsTokensAreRefusedAndTheNewSecretWorks() {
        String old = create("simrs-onsite");
        String before = token(old);
        assertEquals(422, onsiteStatus(before));

        String rotated = given().auth().oauth2(admin).post("/api/simrs-clients/" + clientId + "/secret").then()
                .statusCode(200).body("clientId", is(clientId)).extract().jsonPath().getString("clientSecret");
        assertFalse(rotated.equals(old));

        tokenRequest(old).then().statusCode(401).body("error", is("invalid_client"));
        refusedSoon(before);
        String after = token(rotated);
        await().atMost(Duration.ofSeconds(20)).until(() -> onsiteStatus(after) == 422);
    }

    @Test
    void aDisabledClientGetsNoTokenAndItsTokensAreRefusedUntilEnabled() {
        String secret = create("simrs-onsite");
        String before = token(secret);
        given().auth().oauth2(admin).contentType(ContentType.JSON).body(Map.of("disabled", true))
                .put("/api/simrs-clients/" + clientId + "/disabled").then().statusCode(200)
                .body("disabled", is(true));
        refusedSoon(before);
        tokenRequest(secret).then().statusCode(401).body("error", is("invalid_client"));

        JsonNode event = StaffAccountsApiTest.publishedState("simrs:" + clientId);
        assertTrue(event.path("disabled").asBoolean(), event.toString());

        given().auth().oauth2(admin).contentType(ContentType.JSON).body(Map.of("disabled", false))
                .put("/api/simrs-clients/" + clientId + "/disabled").then().statusCode(200)
                .body("disabled", is(false));
        String again = token(secret);
        await().atMost(Duration.ofSeconds(20)).until(() -> onsiteStatus(again) == 422);
        assertEquals(401, onsiteStatus(before));
    }

    @Test
    void narrowingAClientsScopesRevokesTheTokensThatHadMore() {
        String secret = create("simrs-onsite", "simrs-read");
        String before = token(secret);
        given().auth().oauth2(admin).contentType(ContentType.JSON).body(Map.of("scopes", List.of("simrs-read")))
                .put("/api/simrs-clients/" + clientId + "/scopes").then().statusCode(200)
                .body("scopes", containsInAnyOrder("simrs-read"));
        refusedSoon(before);
        assertEquals(403, onsiteStatus(token(secret)));
    }

    @Test
    void theTokenEndpointSpeaksOAuth() {
        String secret = create("simrs-onsite", "simrs-read");
        // a JSON body
        given().header("X-Forwarded-For", caller).contentType(ContentType.JSON)
                .body(Map.of("grant_type", "client_credentials", "client_id", clientId, "client_secret", secret,
                        "scope", "simrs-read"))
                .post("/api/auth/token").then().statusCode(200).body("scope", is("simrs-read"));
        // HTTP Basic
        String basic = Base64.getEncoder().encodeToString((clientId + ":" + secret).getBytes(StandardCharsets.UTF_8));
        given().header("X-Forwarded-For", caller).header("Authorization", "Basic " + basic)
                .contentType(ContentType.URLENC).formParam("grant_type", "client_credentials")
                .post("/api/auth/token").then().statusCode(200).body("token_type", is("Bearer"));
        // what OAuth calls bad requests
        given().contentType(ContentType.URLENC).formParam("grant_type", "password").formParam("client_id", clientId)
                .formParam("client_secret", secret).post("/api/auth/token").then().statusCode(400)
                .body("error", is("unsupported_grant_type"));
        given().contentType(ContentType.JSON).body("{}").post("/api/auth/token").then().statusCode(400)
                .body("error", is("invalid_request"));
        given().header("X-Forwarded-For", caller).contentType(ContentType.URLENC)
                .formParam("grant_type", "client_credentials").formParam("client_id", clientId)
                .formParam("client_secret", secret).formParam("scope", "simrs-tasks").post("/api/auth/token").then()
                .statusCode(400).body("error", is("invalid_scope"));
    }

    @Test
    void onlyAnAdministratorManagesClientsAndNoSecretIsEverListed() {
        create("simrs-read");
        given().auth().oauth2(admin).get("/api/simrs-clients").then().statusCode(200)
                .body("find { it.clientId == '" + clientId + "' }.scopes", containsInAnyOrder("simrs-read"))
                .body("find { it.clientId == '" + clientId + "' }.clientSecret", nullValue());
        given().auth().oauth2(admin).contentType(ContentType.JSON)
                .body(Map.of("clientId", clientId, "scopes", List.of("simrs-read"))).post("/api/simrs-clients")
                .then().statusCode(409);
        given().auth().oauth2(admin).post("/api/simrs-clients/tidak-ada-" + clientId + "/secret").then()
                .statusCode(404).body("message", notNullValue());
        String admisi = Fixtures.staffToken("admisi");
        given().auth().oauth2(admisi).get("/api/simrs-clients").then().statusCode(403);
        given().auth().oauth2(admisi).contentType(ContentType.JSON).body(Map.of("disabled", true))
                .put("/api/simrs-clients/" + clientId + "/disabled").then().statusCode(403);
    }
}
