package id.antreanonline.gateway.service;

import static id.antreanonline.gateway.Staff.asAdmin;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

import id.antreanonline.gateway.Simulator;
import id.antreanonline.shared.event.BookingSource;
import io.quarkus.test.junit.QuarkusTest;

/** A refusal (201) that retrying cannot change is parked with BPJS's message, shown, and re-playable. */
@QuarkusTest
class ParkedDeliveryTest {

    @Test
    void aRefusedTaskIsParkedHoldsBackItsBookingAndIsDeliveredWhenReplayed() {
        String kb = Flows.newKodebooking("PRK");
        String other = Flows.newKodebooking("PRO");
        Simulator.registerMobileJkn(other, false);
        // BPJS does not know kb yet: task 3 is refused, task 4 must wait behind it
        Flows.task(kb, BookingSource.MOBILE_JKN, 3, Flows.time(400));
        Flows.task(kb, BookingSource.MOBILE_JKN, 4, Flows.time(405));
        Flows.task(other, BookingSource.MOBILE_JKN, 3, Flows.time(400));

        await().atMost(Duration.ofSeconds(30)).until(() -> asAdmin().queryParam("status", "PARKED")
                .queryParam("kodebooking", kb).get("/bpjs/deliveries").jsonPath().getList("$").size() == 1);
        var parked = asAdmin().queryParam("status", "PARKED").queryParam("kodebooking", kb).get("/bpjs/deliveries")
                .then().statusCode(200).body("[0].taskid", equalTo(3)).body("[0].code", equalTo(201))
                .extract().jsonPath();
        assertEquals(false, parked.getString("[0].message").isBlank());
        // the other booking is not held back
        await().atMost(Duration.ofSeconds(30)).until(() -> Simulator.tasks(other).equals(List.of(3)));
        // task 4 of kb was never sent: BPJS would refuse it without task 3
        asAdmin().queryParam("kodebooking", kb).queryParam("status", "PENDING").get("/bpjs/deliveries").then()
                .body("[0].taskid", equalTo(4));
        assertEquals(1, Simulator.received(kb).size());

        Simulator.registerMobileJkn(kb, false);
        long id = parked.getLong("[0].id");
        asAdmin().post("/bpjs/deliveries/" + id + "/replay").then().statusCode(200).body("status", equalTo("PENDING"));

        await().atMost(Duration.ofSeconds(30)).until(() -> Simulator.tasks(kb).equals(List.of(3, 4)));
        asAdmin().get("/bpjs/deliveries/" + id).then().body("status", equalTo("DELIVERED"));
    }

    @Test
    void replayOfAnUnknownDeliveryIsNotFound() {
        asAdmin().post("/bpjs/deliveries/987654321/replay").then().statusCode(404);
    }
}
