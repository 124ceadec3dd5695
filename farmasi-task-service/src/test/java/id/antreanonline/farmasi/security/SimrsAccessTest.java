package id.antreanonline.farmasi.security;

import static id.antreanonline.farmasi.Fixtures.at;
import static id.antreanonline.farmasi.Fixtures.book;
import static id.antreanonline.farmasi.Fixtures.newDay;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import id.antreanonline.farmasi.TestClock;
import id.antreanonline.testsupport.Credentials;
import id.antreanonline.testsupport.StaffAccountEvents;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;

/**
 * A SIMRS client's token here: its scopes open the task steps and the queue reads, under the stations' rules, and
 * nothing else; disabling the client or rotating its secret at antrean-service (published on antrean.staff-accounts
 * under {@code simrs:<client id>}, as antrean's outbox does) refuses its earlier tokens within seconds.
 */
@QuarkusTest
class SimrsAccessTest {

    @Inject
    TestClock clock;

    private final String clientId = "simrs-" + UUID.randomUUID().toString().substring(0, 8);
    private final long now = Instant.now().getEpochSecond();

    private static ValidatableResponse record(String token, String kodebooking, int taskid, long waktu) {
        return given().header("Authorization", token).contentType(ContentType.JSON)
                .body(Map.of("kodebooking", kodebooking, "taskid", taskid, "waktu", waktu)).post("/api/tasks").then();
    }

    private static int admissionQueueStatus(String token) {
        return given().header("Authorization", token).queryParam("tanggal", "2030-01-01").get("/api/antrean/admisi")
                .statusCode();
    }

    @Test
    void aSimrsRecordsItsStationsStepsUnderTheStationsRules() {
        LocalDate day = newDay();
        clock.set(at(day, "23:00"));
        String kb = book(day, false, "INT", "301", 1, at(day, "07:00")).kodebooking();
        String tasks = Credentials.simrs(clientId, now, "simrs-tasks");

        record(tasks, kb, 1, at(day, "07:30")).statusCode(403);
        record(tasks, kb, 5, at(day, "08:00")).statusCode(409);
        record(tasks, kb, 4, at(day, "08:00")).statusCode(200).body("duplicate", equalTo(false));
        record(tasks, kb, 4, at(day, "08:00")).statusCode(200).body("duplicate", equalTo(true));

        String read = Credentials.simrs(clientId, now, "simrs-read");
        given().header("Authorization", read).get("/api/tasks/{kb}", kb).then().statusCode(200);
        record(read, kb, 5, at(day, "08:10")).statusCode(403);
    }

    @Test
    void aSimrsTokenReadsTheQueuesButNotTheDashboardNorStatistics() {
        String token = Credentials.simrs(clientId, now, "simrs-read", "simrs-tasks", "simrs-onsite",
                "simrs-patients");
        await().atMost(Duration.ofSeconds(20)).until(() -> admissionQueueStatus(token) == 200);
        given().header("Authorization", token).queryParam("tanggal", "2030-01-01").get("/api/dashboard").then()
                .statusCode(403);
        given().header("Authorization", token).get("/api/statistik").then().statusCode(403);
        given().header("Authorization", token).contentType(ContentType.JSON)
                .body(Map.of("currentPassword", "x", "newPassword", "y-12345678")).post("/api/auth/password").then()
                .statusCode(403);
    }

    @Test
    void aTokenOfADisabledClientIsRefusedHereWithinSeconds() throws Exception {
        String token = Credentials.simrs(clientId, now, "simrs-read");
        await().atMost(Duration.ofSeconds(20)).until(() -> admissionQueueStatus(token) == 200);

        StaffAccountEvents.publish("simrs:" + clientId, now + 1, true);

        await().atMost(Duration.ofSeconds(10)).until(() -> admissionQueueStatus(token) == 401);
        assertEquals(401, admissionQueueStatus(Credentials.simrs(clientId, now + 1, "simrs-read")));
    }

    @Test
    void aTokenIssuedBeforeARotatedSecretIsRefusedHereAndANewOneWorks() throws Exception {
        String before = Credentials.simrs(clientId, now - 60, "simrs-read");
        await().atMost(Duration.ofSeconds(20)).until(() -> admissionQueueStatus(before) == 200);

        StaffAccountEvents.publish("simrs:" + clientId, now, false);

        await().atMost(Duration.ofSeconds(10)).until(() -> admissionQueueStatus(before) == 401);
        assertEquals(200, admissionQueueStatus(Credentials.simrs(clientId, now, "simrs-read")));
    }
}
