package id.antreanonline.antrean.service;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;

import id.antreanonline.antrean.Fixtures;
import id.antreanonline.antrean.service.StaffService.AdminBootstrap;
import io.quarkus.elytron.security.common.BcryptUtil;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;

/** STAFF_ADMIN_USERNAME / STAFF_ADMIN_PASSWORD at each start, for an administrator of this test's own. */
@QuarkusTest
class AdminBootstrapTest {

    @Inject
    StaffService staff;

    private final String username = "kepala" + Fixtures.digits(8);

    private AdminBootstrap start(String password) throws Throwable {
        String hash = BcryptUtil.bcryptHash(password);
        return VertxContextSupport.subscribeAndAwait(() -> staff.applyAdminPassword(username, password, hash));
    }

    private int loginStatus(String password) {
        return given().contentType(ContentType.JSON).body(Map.of("username", username, "password", password))
                .post("/api/auth/login").statusCode();
    }

    private static int statusWith(String token) {
        return given().auth().oauth2(token).post("/api/staff/tidak-ada/revoke").statusCode();
    }

    @Test
    void aChangedSecretTakesEffectOnceAndAConsolePasswordOutlivesAnUnchangedOne() throws Throwable {
        assertEquals(AdminBootstrap.CREATED, start("sandi-awal-1"));
        assertEquals(AdminBootstrap.UNCHANGED, start("sandi-awal-1"));

        // the administrator changes the password from the console; the same Secret at the next start keeps it
        String token = given().auth().oauth2(Fixtures.login(username, "sandi-awal-1")).contentType(ContentType.JSON)
                .body(Map.of("currentPassword", "sandi-awal-1", "newPassword", "sandi-konsol-2"))
                .post("/api/auth/password").then().statusCode(200).extract().jsonPath().getString("token");
        assertEquals(AdminBootstrap.UNCHANGED, start("sandi-awal-1"));
        assertEquals(200, loginStatus("sandi-konsol-2"));
        assertEquals(401, loginStatus("sandi-awal-1"));
        await().atMost(Duration.ofSeconds(20)).until(() -> statusWith(token) == 404);

        // the operator changes the Secret: its password takes over and every earlier token is refused
        assertEquals(AdminBootstrap.PASSWORD_SET, start("sandi-rahasia-3"));
        assertEquals(200, loginStatus("sandi-rahasia-3"));
        assertEquals(401, loginStatus("sandi-konsol-2"));
        await().atMost(Duration.ofSeconds(20)).until(() -> statusWith(token) == 401);
    }

    @Test
    void aChangedSecretEnablesADisabledAdministrator() throws Throwable {
        assertEquals(AdminBootstrap.CREATED, start("sandi-awal-1"));
        given().auth().oauth2(Fixtures.staffToken("admin")).contentType(ContentType.JSON)
                .body(Map.of("disabled", true)).put("/api/staff/" + username + "/disabled").then().statusCode(200);
        assertEquals(401, loginStatus("sandi-awal-1"));

        assertEquals(AdminBootstrap.PASSWORD_SET, start("sandi-baru-2"));
        assertEquals(200, loginStatus("sandi-baru-2"));
    }
}
