package id.antreanonline.farmasi.rest;

import static id.antreanonline.farmasi.Fixtures.at;
import static id.antreanonline.farmasi.Fixtures.book;
import static id.antreanonline.farmasi.Fixtures.newDay;
import static id.antreanonline.farmasi.Fixtures.outboxRows;
import static id.antreanonline.farmasi.Fixtures.timeline;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import id.antreanonline.farmasi.Fixtures;
import id.antreanonline.farmasi.TestClock;
import id.antreanonline.testsupport.PostgresTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;

/**
 * Two steps of two visits sent under the same event id at the same instant: neither finds the other's, and the
 * unique index lets one in; the other is refused like a repeat found earlier, with nothing recorded.
 */
@QuarkusTest
class TaskStepRaceTest {

    @Inject
    TestClock clock;

    @Test
    void theSameEventIdOnTwoVisitsAtOnceRecordsOneAndRefusesTheOther() throws Exception {
        LocalDate day = newDay();
        clock.set(at(day, "23:00"));
        String first = book(day, false, "INT", "401", 1, at(day, "07:00")).kodebooking();
        String second = book(day, false, "INT", "401", 2, at(day, "07:00")).kodebooking();
        String eventId = "EV-" + UUID.randomUUID();
        try (Connection other = PostgresTestResource.connect("farmasi")) {
            // the first visit's step, stored under the event id and not committed yet
            other.setAutoCommit(false);
            try (PreparedStatement step = other.prepareStatement("insert into task_record (kodebooking, taskid, "
                    + "waktu, event_id, recorded_at, recorded_by, sender_event_id, delivery) "
                    + "values (?, 4, ?, ?, ?, 'poli-petugas', ?, 'PENDING')")) {
                step.setString(1, first);
                step.setLong(2, at(day, "08:00"));
                step.setString(3, UUID.randomUUID().toString());
                step.setLong(4, at(day, "08:00"));
                step.setString(5, eventId);
                step.executeUpdate();
            }
            CompletableFuture<ValidatableResponse> racing = CompletableFuture.supplyAsync(() -> given().auth()
                    .oauth2(Fixtures.token("poli")).contentType(ContentType.JSON)
                    .body(Map.of("kodebooking", second, "taskid", 4, "waktu", at(day, "08:00"), "eventid", eventId))
                    .post("/api/tasks").then());
            await().atMost(Duration.ofSeconds(60)).until(() -> Fixtures.sessionsWaitingForALock() > 0);
            other.commit();
            racing.get(60, TimeUnit.SECONDS).statusCode(409).body("message", containsString(eventId));
        }
        timeline(second).body("tasks.taskid", contains(3));
        assertEquals(1, outboxRows(second));
    }
}
