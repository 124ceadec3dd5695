package id.antreanonline.gateway.service;

import static id.antreanonline.gateway.Staff.asAdmin;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import id.antreanonline.gateway.Simulator;
import id.antreanonline.shared.event.BookingSource;
import io.quarkus.test.junit.QuarkusTest;

/** BPJS down, then failing with 5xx, then serving HTML: nothing is lost, nothing arrives out of order. */
@QuarkusTest
class OutageDeliveryTest {

    @AfterEach
    void healthy() {
        Simulator.clearFaults();
    }

    @Test
    void tasksRecordedDuringAnOutageAllArriveInOrderOnceBpjsIsBack() {
        List<String> bookings = List.of(Flows.newKodebooking("OUTA"), Flows.newKodebooking("OUTB"));
        bookings.forEach(kb -> Simulator.registerMobileJkn(kb, false));
        Simulator.fault("DOWN", 60, 0);
        List<Long> times = new ArrayList<>();
        for (int task = 3; task <= 7; task++) {
            long waktu = Flows.time(300 + task * 5);
            times.add(waktu);
            for (String kb : bookings) {
                Flows.task(kb, BookingSource.MOBILE_JKN, task, waktu);
            }
        }
        await().atMost(Duration.ofSeconds(20)).until(() -> asAdmin().queryParam("kodebooking", bookings.get(0))
                .get("/bpjs/deliveries").jsonPath().getList("attempts", Integer.class).stream()
                .anyMatch(a -> a > 0));
        Simulator.fault("HTTP_500", 60, 0);
        await().pollDelay(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(10)).until(() -> true);
        Simulator.fault("HTML", 60, 0);
        await().pollDelay(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(10)).until(() -> true);
        assertTrue(bookings.stream().allMatch(kb -> Simulator.tasks(kb).size() < 5), "nothing may pass the outage");
        Simulator.clearFaults();

        for (String kb : bookings) {
            await().atMost(Duration.ofSeconds(60)).until(() -> Simulator.tasks(kb).size() == 5);
            assertEquals(List.of(3, 4, 5, 6, 7), Simulator.tasks(kb));
            assertEquals(times, Simulator.tasksJson(kb).getList("waktu", Long.class));
            // BPJS never refused one because of its order: every accepted call came in task order
            assertTrue(Simulator.received(kb).stream()
                    .noneMatch(r -> "201".equals(String.valueOf(r.get("code")))), "a task arrived out of order");
        }
    }
}
