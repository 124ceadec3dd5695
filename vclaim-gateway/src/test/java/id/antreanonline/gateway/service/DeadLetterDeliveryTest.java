package id.antreanonline.gateway.service;

import static id.antreanonline.gateway.Staff.asAdmin;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.time.Duration;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import id.antreanonline.gateway.Simulator;
import id.antreanonline.outbox.DeadLetters;
import id.antreanonline.shared.event.Topics;
import id.antreanonline.testsupport.KafkaRecords;
import io.quarkus.test.junit.QuarkusTest;

/** A booking event the gateway cannot deliver goes to the dead-letter topic with its reason; the next is delivered. */
@QuarkusTest
class DeadLetterDeliveryTest {

    @Test
    void anIncompleteBookingEventGoesToTheDeadLetterTopicAndTheNextIsDelivered() throws Exception {
        String kb = Flows.newKodebooking("DLQ");
        String eventId = UUID.randomUUID().toString();
        // no kind: the gateway cannot tell antrean/add from batal
        String incomplete = "{\"eventId\":\"" + eventId + "\",\"kodebooking\":\"" + kb + "\"}";
        KafkaRecords.publish(Topics.BOOKINGS, kb, incomplete);
        Flows.onsiteBooking(kb, true);

        await().atMost(Duration.ofSeconds(60)).until(() -> Simulator.received(kb).stream()
                .anyMatch(r -> "/antreanrs/antrean/add".equals(String.valueOf(r.get("path")))));
        ConsumerRecord<String, String> letter = KafkaRecords.deadLetterOf(Topics.BOOKINGS, incomplete,
                "vclaim-gateway");
        assertEquals(kb, letter.key());
        assertEquals("incomplete booking event " + eventId + " of " + kb,
                KafkaRecords.header(letter, DeadLetters.REASON));
        assertEquals(Topics.BOOKINGS, KafkaRecords.header(letter, DeadLetters.TOPIC));

        // the console's list names it with its reason, never its payload
        var listed = asAdmin().queryParam("topic", Topics.BOOKINGS).get("/api/dead-letters").then().statusCode(200)
                .extract().jsonPath();
        int i = listed.getList("offset", Long.class).indexOf(letter.offset());
        assertEquals("incomplete booking event " + eventId + " of " + kb, listed.getString("[" + i + "].reason"));
        assertEquals(kb, listed.getString("[" + i + "].key"));
        assertEquals(Topics.BOOKINGS, listed.getString("[" + i + "].sourceTopic"));
        assertFalse(listed.prettify().contains(eventId + "\\\""), "no payload in " + listed.prettify());
        asAdmin().queryParam("topic", "antrean.staff-accounts").get("/api/dead-letters").then().statusCode(400);
    }
}
