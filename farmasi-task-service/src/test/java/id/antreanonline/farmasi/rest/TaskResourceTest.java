package id.antreanonline.farmasi.rest;

import static id.antreanonline.farmasi.Fixtures.at;
import static id.antreanonline.farmasi.Fixtures.book;
import static id.antreanonline.farmasi.Fixtures.newDay;
import static id.antreanonline.farmasi.Fixtures.outboxRows;
import static id.antreanonline.farmasi.Fixtures.record;
import static id.antreanonline.farmasi.Fixtures.timeline;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import id.antreanonline.farmasi.Fixtures;
import id.antreanonline.farmasi.TestClock;
import id.antreanonline.shared.event.DeliveryOutcomeEvent;
import id.antreanonline.shared.event.TaskEvent;
import id.antreanonline.shared.event.Topics;
import id.antreanonline.shared.event.VisitSnapshot;
import id.antreanonline.testsupport.PostgresTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;

/** POST/GET /api/tasks: what a station may record, what is refused and why, and what BPJS answered. */
@QuarkusTest
class TaskResourceTest {

    @Inject
    TestClock clock;

    private VisitSnapshot returningCheckedIn(LocalDate day, String checkIn) {
        clock.set(at(day, "23:00"));
        return book(day, false, "INT", "301", 1, at(day, checkIn));
    }

    @Test
    void aTaskOutOfOrderIsRefused() {
        LocalDate day = newDay();
        String kb = returningCheckedIn(day, "07:00").kodebooking();
        record("poli", kb, 5, at(day, "08:00"), null).statusCode(409)
                .body("message", equalTo("Task 5 tidak dapat dicatat sebelum task 4"));
        assertEquals(1, outboxRows(kb));
    }

    @Test
    void aTimeGoingBackIsRefused() {
        LocalDate day = newDay();
        String kb = returningCheckedIn(day, "08:00").kodebooking();
        record("poli", kb, 4, at(day, "07:59"), null).statusCode(422)
                .body("message", containsString("harus setelah waktu task 3"));
        assertEquals(1, outboxRows(kb));
    }

    @Test
    void aTimeOnAnotherDateIsRefused() {
        LocalDate day = newDay();
        String kb = returningCheckedIn(day, "07:00").kodebooking();
        record("poli", kb, 4, at(day.plusDays(1), "08:00"), null).statusCode(422)
                .body("message", containsString("bukan pada tanggal periksa"));
        assertEquals(1, outboxRows(kb));
    }

    @Test
    void anUnknownBookingIsRefused() {
        record("poli", "TIDAKADA-" + UUID.randomUUID(), 4, null, null).statusCode(404)
                .body("message", equalTo("Kode booking tidak ditemukan"));
        given().auth().oauth2(Fixtures.token("poli")).get("/api/tasks/{kb}", "TIDAKADA").then().statusCode(404)
                .body("message", equalTo("Kode booking tidak ditemukan"));
    }

    @Test
    void aStationRecordsOnlyItsOwnTasks() {
        LocalDate day = newDay();
        String kb = returningCheckedIn(day, "07:00").kodebooking();
        record("admisi", kb, 4, at(day, "08:00"), null).statusCode(403)
                .body("message", equalTo("Peran Anda tidak boleh mencatat task 4"));
        record("farmasi", kb, 4, at(day, "08:00"), null).statusCode(403);
        record("poli", kb, 1, at(day, "08:00"), null).statusCode(403);
        assertEquals(1, outboxRows(kb));
        record("admin", kb, 4, at(day, "08:00"), null).statusCode(200);
    }

    @Test
    void aCallWithoutAValidTokenIsRefused() {
        given().contentType(ContentType.JSON).body("{\"kodebooking\":\"X\",\"taskid\":4}").post("/api/tasks")
                .then().statusCode(401).body("message", notNullValue());
        given().auth().oauth2("not-a-jwt").get("/api/tasks/X").then().statusCode(401)
                .body("message", notNullValue());
        given().auth().oauth2(Fixtures.wsrsToken()).get("/api/tasks/X").then().statusCode(403)
                .body("message", notNullValue());
    }

    @Test
    void theSameStepTwiceIsHarmless() {
        LocalDate day = newDay();
        String kb = returningCheckedIn(day, "07:00").kodebooking();
        record("poli", kb, 4, at(day, "08:00"), null).statusCode(200).body("duplicate", is(false));
        record("poli", kb, 4, at(day, "08:00"), null).statusCode(200).body("duplicate", is(true));
        assertEquals(2, outboxRows(kb));
        record("poli", kb, 4, at(day, "08:05"), null).statusCode(409)
                .body("message", containsString("sudah tercatat"));
        assertEquals(2, outboxRows(kb));
    }

    @Test
    void withoutATimeTheStepHappensNow() {
        LocalDate day = newDay();
        String kb = returningCheckedIn(day, "07:00").kodebooking();
        clock.set(at(day, "09:15"));
        record("poli", kb, 4, null, null).statusCode(200).body("waktu", equalTo(at(day, "09:15")));
        clock.set(at(day, "09:16"));
        // pressing the same button again repeats the step, it does not move it
        record("poli", kb, 4, null, null).statusCode(200).body("duplicate", is(true))
                .body("waktu", equalTo(at(day, "09:15")));
    }

    @Test
    void aNoShowAfterCheckInEndsTheVisit() {
        LocalDate day = newDay();
        clock.set(at(day, "23:00"));
        String kb = book(day, true, "ANA", "302", 1, at(day, "07:00")).kodebooking();
        record("admisi", kb, 99, at(day, "10:00"), null).statusCode(200);
        timeline(kb).body("status", equalTo("ended")).body("tasks.taskid", contains(1, 99));
        record("admisi", kb, 2, at(day, "10:05"), null).statusCode(409)
                .body("message", containsString("task 99"));
        List<TaskEvent> events = Fixtures.taskEvents(kb, 2);
        assertEquals(List.of(1, 99), events.stream().map(TaskEvent::taskid).toList());
    }

    @Test
    void aNoShowAfterThePoliFinishedIsRefused() {
        LocalDate day = newDay();
        String kb = returningCheckedIn(day, "07:00").kodebooking();
        record("poli", kb, 4, at(day, "08:00"), null).statusCode(200);
        record("poli", kb, 5, at(day, "08:10"), null).statusCode(200);
        record("poli", kb, 99, at(day, "08:20"), null).statusCode(409)
                .body("message", containsString("sudah selesai dilayani"));
    }

    @Test
    void aDeliveryOutcomeShowsInTheTimeline() {
        LocalDate day = newDay();
        String kb = returningCheckedIn(day, "07:00").kodebooking();
        record("poli", kb, 4, at(day, "08:00"), null).statusCode(200);
        List<TaskEvent> events = Fixtures.taskEvents(kb, 2);
        Fixtures.publish(Topics.DELIVERY_OUTCOMES, kb, new DeliveryOutcomeEvent(UUID.randomUUID().toString(),
                events.get(0).eventId(), kb, DeliveryOutcomeEvent.BpjsCall.UPDATE_WAKTU, 3,
                DeliveryOutcomeEvent.Status.DELIVERED, 200, "Ok", System.currentTimeMillis()));
        Fixtures.publish(Topics.DELIVERY_OUTCOMES, kb, new DeliveryOutcomeEvent(UUID.randomUUID().toString(),
                events.get(1).eventId(), kb, DeliveryOutcomeEvent.BpjsCall.UPDATE_WAKTU, 4,
                DeliveryOutcomeEvent.Status.PARKED, 201, "TaskId=3 belum ada", System.currentTimeMillis()));

        Fixtures.publish(Topics.DELIVERY_OUTCOMES, kb, new DeliveryOutcomeEvent(UUID.randomUUID().toString(),
                UUID.randomUUID().toString(), kb, DeliveryOutcomeEvent.BpjsCall.ANTREAN_ADD, null,
                DeliveryOutcomeEvent.Status.PARKED, 201, "Nomor Referensi tidak valid", System.currentTimeMillis()));

        await().atMost(Duration.ofSeconds(60)).until(() -> "rejected".equals(
                timeline(kb).extract().jsonPath().getString("booking.delivery.status")));
        timeline(kb).body("tasks[0].delivery.status", equalTo("delivered"))
                .body("tasks[0].delivery.code", equalTo(200))
                .body("tasks[1].delivery.code", equalTo(201))
                .body("tasks[1].delivery.status", equalTo("rejected"))
                .body("tasks[1].delivery.message", equalTo("TaskId=3 belum ada"))
                .body("booking.call", equalTo("ANTREAN_ADD"))
                .body("booking.delivery.message", equalTo("Nomor Referensi tidak valid"));
    }

    /** A parked task re-played later arrives as a newer answer; an answer older than the one kept is ignored. */
    @Test
    void anOlderAnswerFromBpjsNeverReplacesANewerOne() {
        LocalDate day = newDay();
        String kb = returningCheckedIn(day, "07:00").kodebooking();
        String task3 = Fixtures.taskEvents(kb, 1).get(0).eventId();
        long now = System.currentTimeMillis();
        Fixtures.publish(Topics.DELIVERY_OUTCOMES, kb, new DeliveryOutcomeEvent(UUID.randomUUID().toString(), task3,
                kb, DeliveryOutcomeEvent.BpjsCall.UPDATE_WAKTU, 3, DeliveryOutcomeEvent.Status.DELIVERED, 200,
                "Ok (diulang)", now));
        Fixtures.publish(Topics.DELIVERY_OUTCOMES, kb, new DeliveryOutcomeEvent(UUID.randomUUID().toString(), task3,
                kb, DeliveryOutcomeEvent.BpjsCall.UPDATE_WAKTU, 3, DeliveryOutcomeEvent.Status.PARKED, 201,
                "jawaban lama", now - 60_000));
        // a later answer of the visit's booking call marks that both of the task's were applied, in order
        Fixtures.publish(Topics.DELIVERY_OUTCOMES, kb, new DeliveryOutcomeEvent(UUID.randomUUID().toString(),
                UUID.randomUUID().toString(), kb, DeliveryOutcomeEvent.BpjsCall.ANTREAN_ADD, null,
                DeliveryOutcomeEvent.Status.DELIVERED, 200, "Ok", now));

        await().atMost(Duration.ofSeconds(60)).until(() -> "delivered".equals(
                timeline(kb).extract().jsonPath().getString("booking.delivery.status")));
        timeline(kb).body("tasks[0].delivery.status", equalTo("delivered"))
                .body("tasks[0].delivery.message", equalTo("Ok (diulang)"));
    }

    /**
     * BPJS's answer to a booking call lands while a station's step on the same visit is being committed. Hibernate
     * writes the whole visit row, so an answer applied to a visit read before that commit would put the old last
     * step back, and the station's next step would be refused. Here the station's step is an open transaction that
     * holds the visit and commits only once the answer is waiting for it.
     */
    @Test
    void anAnswerFromBpjsArrivingDuringAStepDoesNotUndoTheStep() throws Exception {
        LocalDate day = newDay();
        String kb = returningCheckedIn(day, "07:00").kodebooking();
        try (Connection station = PostgresTestResource.connect("farmasi")) {
            station.setAutoCommit(false);
            try (PreparedStatement lock = station.prepareStatement(
                    "select last_taskid from visit where kodebooking = ? for update")) {
                lock.setString(1, kb);
                lock.executeQuery().close();
            }
            Fixtures.publish(Topics.DELIVERY_OUTCOMES, kb, new DeliveryOutcomeEvent(UUID.randomUUID().toString(),
                    UUID.randomUUID().toString(), kb, DeliveryOutcomeEvent.BpjsCall.ANTREAN_ADD, null,
                    DeliveryOutcomeEvent.Status.DELIVERED, 200, "Ok", System.currentTimeMillis()));
            await().atMost(Duration.ofSeconds(60)).until(() -> Fixtures.sessionsWaitingForALock() > 0);
            try (PreparedStatement step = station.prepareStatement(
                    "update visit set last_taskid = 4, last_waktu = ? where kodebooking = ?")) {
                step.setLong(1, at(day, "08:00"));
                step.setString(2, kb);
                step.executeUpdate();
            }
            station.commit();
        }
        await().atMost(Duration.ofSeconds(60)).until(() -> "delivered".equals(
                timeline(kb).extract().jsonPath().getString("booking.delivery.status")));
        record("poli", kb, 5, at(day, "08:10"), null).statusCode(200);
    }

    @Test
    void malformedRequestsGetAMessage() {
        given().auth().oauth2(Fixtures.token("poli")).contentType(ContentType.JSON).body("{bukan json")
                .post("/api/tasks").then().statusCode(400).body("message", notNullValue());
        given().auth().oauth2(Fixtures.token("poli")).contentType(ContentType.JSON).body("{\"taskid\":4}")
                .post("/api/tasks").then().statusCode(400).body("message", equalTo("kodebooking dan taskid wajib diisi"));
    }
}
