package id.antreanonline.farmasi.rest;

import static id.antreanonline.farmasi.Fixtures.at;
import static id.antreanonline.farmasi.Fixtures.book;
import static id.antreanonline.farmasi.Fixtures.newDay;
import static id.antreanonline.farmasi.Fixtures.outboxRows;
import static id.antreanonline.farmasi.Fixtures.timeline;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import id.antreanonline.farmasi.TestClock;
import id.antreanonline.testsupport.Credentials;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;

/** A SIMRS's task steps carry its own event id: a repeat is applied once, an id is one step of one caller. */
@QuarkusTest
class SimrsTaskEventTest {

    @Inject
    TestClock clock;

    private final long now = Instant.now().getEpochSecond();
    private final String simrs = Credentials.simrs("simrs-" + UUID.randomUUID().toString().substring(0, 8), now,
            "simrs-tasks");

    private static ValidatableResponse step(String token, String kodebooking, int taskid, Long waktu,
            String eventid) {
        Map<String, Object> body = new HashMap<>();
        body.put("kodebooking", kodebooking);
        body.put("taskid", taskid);
        body.put("eventid", eventid);
        if (waktu != null) {
            body.put("waktu", waktu);
        }
        return given().header("Authorization", token).contentType(ContentType.JSON).body(body).post("/api/tasks")
                .then();
    }

    private String returningCheckedIn(LocalDate day) {
        clock.set(at(day, "23:00"));
        return book(day, false, "INT", "301", 1, at(day, "07:00")).kodebooking();
    }

    @Test
    void aStepSentTwiceWithItsEventIdIsAppliedOnce() {
        LocalDate day = newDay();
        String kb = returningCheckedIn(day);
        step(simrs, kb, 4, at(day, "08:00"), "EV-4").statusCode(200).body("duplicate", equalTo(false));
        step(simrs, kb, 4, at(day, "08:00"), "EV-4").statusCode(200).body("duplicate", equalTo(true))
                .body("waktu", equalTo(at(day, "08:00")));
        step(simrs, kb, 5, at(day, "08:20"), "EV-5").statusCode(200).body("duplicate", equalTo(false));
        step(simrs, kb, 5, at(day, "08:20"), "EV-5").statusCode(200).body("duplicate", equalTo(true));
        // check-in, 4 and 5: nothing published twice
        assertEquals(3, outboxRows(kb));
        timeline(kb).body("tasks.taskid", contains(3, 4, 5));
    }

    @Test
    void aRepeatWithoutATimeAnswersTheTimeRecordedFirst() {
        LocalDate day = newDay();
        String kb = returningCheckedIn(day);
        clock.set(at(day, "09:00"));
        step(simrs, kb, 4, null, "EV-NOW").statusCode(200).body("waktu", equalTo(at(day, "09:00")));
        clock.set(at(day, "09:03"));
        step(simrs, kb, 4, null, "EV-NOW").statusCode(200).body("duplicate", equalTo(true))
                .body("waktu", equalTo(at(day, "09:00")));
        assertEquals(2, outboxRows(kb));
    }

    @Test
    void theSameEventIdForAnotherStepIsRefusedAndNothingIsRecorded() {
        LocalDate day = newDay();
        String kb = returningCheckedIn(day);
        step(simrs, kb, 4, at(day, "08:00"), "EV-X").statusCode(200);
        step(simrs, kb, 5, at(day, "08:10"), "EV-X").statusCode(409).body("message", containsString("EV-X"));
        step(simrs, kb, 4, at(day, "08:01"), "EV-X").statusCode(409);
        String other = returningCheckedIn(newDay());
        step(simrs, other, 4, null, "EV-X").statusCode(409).body("message", containsString("EV-X"));
        assertEquals(2, outboxRows(kb));
        timeline(kb).body("tasks.taskid", contains(3, 4));
    }

    @Test
    void eventIdsBelongToTheirSender() {
        LocalDate day = newDay();
        String kb = returningCheckedIn(day);
        step(simrs, kb, 4, at(day, "08:00"), "EV-SHARED").statusCode(200);
        String another = Credentials.simrs("simrs-" + UUID.randomUUID().toString().substring(0, 8), now,
                "simrs-tasks");
        step(another, kb, 5, at(day, "08:10"), "EV-SHARED").statusCode(200).body("duplicate", equalTo(false));
    }

    @Test
    void aNoShowFromTheSimrsIsAppliedOnceAndEndsTheVisit() {
        LocalDate day = newDay();
        String kb = returningCheckedIn(day);
        step(simrs, kb, 99, at(day, "10:00"), "EV-99").statusCode(200).body("duplicate", equalTo(false));
        step(simrs, kb, 99, at(day, "10:00"), "EV-99").statusCode(200).body("duplicate", equalTo(true));
        timeline(kb).body("status", equalTo("ended")).body("tasks.taskid", contains(3, 99));
        assertEquals(2, outboxRows(kb));
    }

    @Test
    void aStepOutOfOrderIsRefusedWithItsEventIdAndMayBeSentAgainLater() {
        LocalDate day = newDay();
        String kb = returningCheckedIn(day);
        step(simrs, kb, 5, at(day, "08:00"), "EV-EARLY").statusCode(409)
                .body("message", equalTo("Task 5 tidak dapat dicatat sebelum task 4"));
        step(simrs, kb, 4, at(day, "07:50"), "EV-4").statusCode(200);
        step(simrs, kb, 5, at(day, "08:00"), "EV-EARLY").statusCode(200).body("duplicate", equalTo(false));
    }
}
