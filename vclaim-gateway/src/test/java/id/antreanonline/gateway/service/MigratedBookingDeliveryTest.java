package id.antreanonline.gateway.service;

import static id.antreanonline.gateway.Staff.asAdmin;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import id.antreanonline.gateway.Simulator;
import id.antreanonline.shared.event.BookingEvent;
import id.antreanonline.shared.event.BookingSource;
import io.quarkus.test.junit.QuarkusTest;

/** A booking of the previous queue system (go-live migration): BPJS has it, so only what happens here is sent. */
@QuarkusTest
class MigratedBookingDeliveryTest {

    @Test
    void aMigratedOnsiteBookingIsNotAddedAgainAndItsLaterTasksAreDelivered() {
        String kb = Flows.newKodebooking("MIG");
        // the old system added it at BPJS; the tasks it sent (none yet) are farmasi's to keep
        Simulator.registerMobileJkn(kb, false);
        Flows.onsiteBooking(kb, false, new BookingEvent.Migrated(List.of()));
        Flows.task(kb, BookingSource.ONSITE, 3, Flows.time(300));
        Flows.task(kb, BookingSource.ONSITE, 4, Flows.time(310));

        await().atMost(Duration.ofSeconds(60)).until(() -> Simulator.tasks(kb).size() == 2);
        assertEquals(List.of(3, 4), Simulator.tasks(kb));
        List<String> paths = Simulator.received(kb).stream().map(r -> String.valueOf(r.get("path"))).toList();
        assertEquals(List.of("/antreanrs/antrean/updatewaktu", "/antreanrs/antrean/updatewaktu"), paths);
        await().atMost(Duration.ofSeconds(30)).until(() -> asAdmin().queryParam("kodebooking", kb)
                .queryParam("status", "DELIVERED").get("/bpjs/deliveries").jsonPath().getList("$").size() == 3);
        List<Map<String, Object>> adds = asAdmin().queryParam("kodebooking", kb).get("/bpjs/deliveries")
                .jsonPath().<Map<String, Object>>getList("$").stream()
                .filter(d -> "ANTREAN_ADD".equals(d.get("delivery"))).toList();
        assertEquals(1, adds.size());
        assertEquals(0, adds.get(0).get("attempts"));
        assertEquals("Sudah dikirim ke BPJS oleh sistem antrean sebelumnya", adds.get(0).get("message"));
    }
}
