package id.antreanonline.gateway.service;

import static id.antreanonline.gateway.Staff.asAdmin;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import id.antreanonline.gateway.Simulator;
import id.antreanonline.shared.Wib;
import id.antreanonline.shared.event.BookingEvent;
import id.antreanonline.shared.event.BookingSnapshot;
import id.antreanonline.shared.event.BookingSource;
import id.antreanonline.shared.event.PatientEvent;
import id.antreanonline.shared.event.Topics;
import id.antreanonline.testsupport.SimrsWebhookReceiver;
import id.antreanonline.testsupport.SimrsWebhookReceiver.Received;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/**
 * The SIMRS's webhook receiver (a test server) gets every event of a booking, signed, once each in the order they
 * happened, through its outages; what it refuses is parked and delivered when replayed.
 */
@QuarkusTest
@TestProfile(WebhookDeliveryTest.WithSimrsWebhook.class)
class WebhookDeliveryTest {

    public static class WithSimrsWebhook implements QuarkusTestProfile {
        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(SimrsWebhookReceiver.class));
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    /** Generous: the first test of the profile waits for its consumers to join their group. */
    private static final Duration WAIT = Duration.ofSeconds(60);

    @AfterEach
    void receiverHealthy() {
        SimrsWebhookReceiver.up();
        SimrsWebhookReceiver.answerAll(200);
    }

    @Test
    void aBookingItsCheckInAndTasksReachTheSimrsSignedAndInOrder() {
        String kb = Flows.newKodebooking("WHK");
        Simulator.registerMobileJkn(kb, false);
        String created = booking(kb, BookingEvent.Kind.CREATED);
        String checkedIn = booking(kb, BookingEvent.Kind.CHECKED_IN);
        // as in the system, task 3 is recorded after the check-in was seen (farmasi records it when the check-in
        // reaches it); order is kept per topic and key, not between two topics published at the same instant
        await().atMost(WAIT).until(() -> delivered(kb).keySet().containsAll(List.of(created, checkedIn)));
        String task3 = Flows.task(kb, BookingSource.MOBILE_JKN, 3, Flows.time(600));
        String task4 = Flows.task(kb, BookingSource.MOBILE_JKN, 4, Flows.time(610));
        String task5 = Flows.task(kb, BookingSource.MOBILE_JKN, 5, Flows.time(620));

        List<String> steps = List.of(created, checkedIn, task3, task4, task5);
        await().atMost(WAIT).until(() -> delivered(kb).keySet().containsAll(steps));
        Map<String, Received> got = delivered(kb);
        assertEquals(steps, got.keySet().stream().filter(steps::contains).toList());
        assertEquals(List.of("booking.created", "booking.checked_in", "task.recorded", "task.recorded",
                "task.recorded"), steps.stream().map(id -> got.get(id).eventType()).toList());
        JsonNode checkIn = body(got.get(checkedIn));
        assertEquals(1, checkIn.get("schemaVersion").asInt());
        assertEquals(3, checkIn.at("/checkIn/taskid").asInt());
        assertEquals(kb, body(got.get(task4)).get("kodebooking").asText());
        // BPJS's answer to each task follows it
        await().atMost(WAIT).until(() -> delivered(kb).values().stream()
                .filter(r -> r.eventType().equals("bpjs_delivery.delivered")).count() == 3);

        for (Received r : delivered(kb).values()) {
            assertTrue(r.signedWith(SimrsWebhookReceiver.SECRET), "signed with the shared secret");
            assertFalse(r.signedWith("not-the-secret"), "a receiver with another secret sees the mismatch");
        }
    }

    @Test
    void aReceiverOutageEndsWithEverythingDeliveredInOrderAndNothingParked() {
        String kb = Flows.newKodebooking("WHO");
        Simulator.registerMobileJkn(kb, false);
        SimrsWebhookReceiver.answerAll(503);
        String created = booking(kb, BookingEvent.Kind.CREATED);
        String checkedIn = booking(kb, BookingEvent.Kind.CHECKED_IN);
        await().atMost(WAIT).until(() -> asAdmin().queryParam("key", kb).get("/simrs/webhooks").jsonPath()
                .getList("attempts", Integer.class).stream().anyMatch(a -> a > 1));
        SimrsWebhookReceiver.down();
        String task3 = Flows.task(kb, BookingSource.MOBILE_JKN, 3, Flows.time(700));
        String task4 = Flows.task(kb, BookingSource.MOBILE_JKN, 4, Flows.time(710));
        await().pollDelay(Duration.ofSeconds(3)).atMost(WAIT).until(() -> true);
        assertTrue(delivered(kb).isEmpty(), "nothing is delivered during the outage");

        SimrsWebhookReceiver.answerAll(200);
        SimrsWebhookReceiver.up();

        List<String> steps = List.of(created, checkedIn, task3, task4);
        await().atMost(WAIT).until(() -> delivered(kb).keySet().containsAll(steps));
        assertEquals(steps, delivered(kb).keySet().stream().filter(steps::contains).toList());
        asAdmin().queryParam("key", kb).queryParam("status", "PARKED").get("/simrs/webhooks").then().statusCode(200)
                .body("size()", equalTo(0));
    }

    @Test
    void aRefusedWebhookIsParkedHoldsBackItsBookingAndIsDeliveredWhenReplayed() {
        String kb = Flows.newKodebooking("WHR");
        String created = UUID.randomUUID().toString();
        SimrsWebhookReceiver.refuse(created, 422);
        booking(created, kb, BookingEvent.Kind.CREATED);
        String checkedIn = booking(kb, BookingEvent.Kind.CHECKED_IN);

        await().atMost(WAIT).until(() -> asAdmin().queryParam("key", kb).queryParam("status", "PARKED")
                .get("/simrs/webhooks").jsonPath().getList("$").size() == 1);
        var parked = asAdmin().queryParam("key", kb).queryParam("status", "PARKED").get("/simrs/webhooks").then()
                .body("[0].eventId", equalTo(created)).body("[0].eventType", equalTo("booking.created"))
                .body("[0].code", equalTo(422)).extract().jsonPath();
        // the check-in waits behind the refused booking: the SIMRS never gets it first
        asAdmin().queryParam("key", kb).queryParam("status", "PENDING").get("/simrs/webhooks").then()
                .body("[0].eventId", equalTo(checkedIn));
        assertTrue(delivered(kb).isEmpty());

        SimrsWebhookReceiver.accept(created);
        long id = parked.getLong("[0].id");
        asAdmin().post("/simrs/webhooks/" + id + "/replay").then().statusCode(200).body("status", equalTo("PENDING"));

        await().atMost(WAIT).until(() -> delivered(kb).keySet().containsAll(List.of(created, checkedIn)));
        assertEquals(List.of(created, checkedIn), List.copyOf(delivered(kb).keySet()));
        asAdmin().get("/simrs/webhooks/" + id).then().body("status", equalTo("DELIVERED"));
    }

    @Test
    void refusedPatientEventsAreParkedAndAllDeliveredInOrderByOneReplay() {
        String norm = "RM" + UUID.randomUUID().toString().substring(0, 8);
        String registered = UUID.randomUUID().toString();
        String updated = UUID.randomUUID().toString();
        SimrsWebhookReceiver.refuse(registered, 400);
        patient(registered, norm, PatientEvent.Kind.REGISTERED, false);
        patient(updated, norm, PatientEvent.Kind.UPDATED, true);

        await().atMost(WAIT).until(() -> asAdmin().queryParam("key", norm).queryParam("status", "PARKED")
                .get("/simrs/webhooks").jsonPath().getList("$").size() == 1);
        SimrsWebhookReceiver.accept(registered);
        asAdmin().post("/simrs/webhooks/replay").then().statusCode(200);

        await().atMost(WAIT).until(() -> byEvent().keySet().containsAll(List.of(registered, updated)));
        List<String> order = byEvent().keySet().stream().filter(List.of(registered, updated)::contains).toList();
        assertEquals(List.of(registered, updated), order);
        assertEquals("patient.updated", byEvent().get(updated).eventType());
        asAdmin().queryParam("key", norm).get("/simrs/webhooks").then().body("status", equalTo(
                List.of("DELIVERED", "DELIVERED")));
    }

    @Test
    void anUnknownWebhookIsNotFound() {
        asAdmin().post("/simrs/webhooks/987654321/replay").then().statusCode(404);
        asAdmin().get("/simrs/webhooks/987654321").then().statusCode(404);
    }

    /** The events the receiver answered 200 for, about this booking, by event id in the order of their first 200. */
    private static Map<String, Received> delivered(String kodebooking) {
        Map<String, Received> got = new LinkedHashMap<>();
        byEvent().forEach((id, r) -> {
            if (body(r).path("kodebooking").asText().equals(kodebooking)) {
                got.put(id, r);
            }
        });
        return got;
    }

    /** Every request the receiver accepted, the first of each event id, in arrival order. */
    private static Map<String, Received> byEvent() {
        Map<String, Received> got = new LinkedHashMap<>();
        SimrsWebhookReceiver.received().stream().filter(Received::accepted)
                .forEach(r -> got.putIfAbsent(r.eventId(), r));
        return got;
    }

    private static JsonNode body(Received r) {
        try {
            return JSON.readTree(r.body());
        } catch (Exception e) {
            throw new IllegalStateException("the webhook's body is not JSON", e);
        }
    }

    private static String booking(String kodebooking, BookingEvent.Kind kind) {
        String id = UUID.randomUUID().toString();
        booking(id, kodebooking, kind);
        return id;
    }

    /** A Mobile JKN booking's event as antrean-service publishes it (BPJS already has the booking). */
    private static void booking(String id, String kodebooking, BookingEvent.Kind kind) {
        BookingSnapshot booking = BookingSnapshot.builder()
                .kodebooking(kodebooking)
                .jenispasien("JKN")
                .patient("3212345678900001", "0001234567890", "081234567890", "RM000123")
                .newPatient(false)
                .practice("ANA", "Anak", "12345", "dr. Anak", Simulator.today().format(Wib.DATE), "08:00-12:00")
                .referral(1, "0301R0011121K000001")
                .number("A-1", 1, System.currentTimeMillis() + 3_600_000L)
                .jknQuota(29, 30)
                .nonJknQuota(29, 30)
                .keterangan("")
                .build();
        long now = System.currentTimeMillis();
        Simulator.publish(Topics.BOOKINGS, kodebooking, new BookingEvent(id, kind, kodebooking, now,
                BookingSource.MOBILE_JKN, booking, null,
                kind == BookingEvent.Kind.CHECKED_IN ? new BookingEvent.CheckIn(3, now) : null));
    }

    private static void patient(String id, String norm, PatientEvent.Kind kind, boolean complete) {
        Simulator.publish(Topics.PATIENTS, norm, new PatientEvent(id, kind, norm, "0001234567890",
                "3212345678900001", complete, System.currentTimeMillis()));
    }
}
