package id.antreanonline.gateway.service;

import static id.antreanonline.gateway.Staff.asAdmin;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import id.antreanonline.gateway.Simulator;
import id.antreanonline.shared.event.BookingSource;
import id.antreanonline.shared.event.Topics;
import id.antreanonline.testsupport.ServiceInfrastructureContract;
import io.quarkus.test.junit.QuarkusTest;

/** Bookings and task times from Kafka reach the simulator in BPJS's order, signed, each exactly as recorded. */
@QuarkusTest
class OrderedDeliveryTest {

    @Test
    void newOnsitePatientFlowReachesBpjsAfterItsBookingInTaskOrder() {
        String kb = Flows.newKodebooking("NEW");
        // the tasks arrive before the booking: they must wait for antrean/add
        List<Long> times = new ArrayList<>();
        for (int task = 1; task <= 5; task++) {
            long waktu = Flows.time(60 + task * 5);
            times.add(waktu);
            Flows.task(kb, BookingSource.ONSITE, task, waktu);
        }
        Flows.onsiteBooking(kb, true);
        Flows.pharmacyNumber(kb, BookingSource.ONSITE, Flows.time(91));
        for (int task = 6; task <= 7; task++) {
            long waktu = Flows.time(60 + task * 5);
            times.add(waktu);
            Flows.task(kb, BookingSource.ONSITE, task, waktu);
        }

        await().atMost(Duration.ofSeconds(60)).until(() -> Simulator.tasks(kb).size() == 7);
        assertEquals(List.of(1, 2, 3, 4, 5, 6, 7), Simulator.tasks(kb));
        assertEquals(times, Simulator.tasksJson(kb).getList("waktu", Long.class));
        List<String> paths = Simulator.received(kb).stream().map(r -> String.valueOf(r.get("path"))).toList();
        assertEquals("/antreanrs/antrean/add", paths.get(0));
        assertEquals(paths.indexOf("/antreanrs/antrean/farmasi/add") + 1, indexOfTask(kb, 6));
        Simulator.received(kb).forEach(r -> assertEquals(Boolean.TRUE, r.get("signatureValid")));
    }

    @Test
    void returningMobileJknPatientFlowReachesBpjsInTaskOrder() {
        String kb = Flows.newKodebooking("RET");
        Simulator.registerMobileJkn(kb, false);
        List<Long> times = new ArrayList<>();
        for (int task = 3; task <= 5; task++) {
            long waktu = Flows.time(120 + task * 5);
            times.add(waktu);
            Flows.task(kb, BookingSource.MOBILE_JKN, task, waktu);
        }
        Flows.pharmacyNumber(kb, BookingSource.MOBILE_JKN, Flows.time(146));
        for (int task = 6; task <= 7; task++) {
            long waktu = Flows.time(120 + task * 5);
            times.add(waktu);
            Flows.task(kb, BookingSource.MOBILE_JKN, task, waktu);
        }

        await().atMost(Duration.ofSeconds(60)).until(() -> Simulator.tasks(kb).size() == 5);
        assertEquals(List.of(3, 4, 5, 6, 7), Simulator.tasks(kb));
        assertEquals(times, Simulator.tasksJson(kb).getList("waktu", Long.class));
        await().atMost(Duration.ofSeconds(30)).until(() -> asAdmin().queryParam("kodebooking", kb)
                .queryParam("status", "DELIVERED").get("/bpjs/deliveries").jsonPath().getList("$").size() == 6);
    }

    @Test
    void eachDeliveryOutcomeIsPublished() {
        String kb = Flows.newKodebooking("OUT");
        Simulator.registerMobileJkn(kb, false);
        String eventId = Flows.task(kb, BookingSource.MOBILE_JKN, 3, Flows.time(200));

        await().atMost(Duration.ofSeconds(60)).until(() -> ServiceInfrastructureContract
                .consume(Topics.DELIVERY_OUTCOMES, 1).stream().anyMatch(r -> r.value().contains(eventId)));
        var mine = ServiceInfrastructureContract.consume(Topics.DELIVERY_OUTCOMES, 1).stream()
                .filter(r -> r.value().contains(eventId)).toList();
        assertEquals(kb, mine.get(0).key());
        assertEquals(true, mine.get(0).value().contains("\"status\":\"DELIVERED\""));
        assertEquals(true, mine.get(0).value().contains("\"delivery\":\"UPDATE_WAKTU\""));
    }

    @Test
    void aRedeliveredEventIsDeliveredOnce() {
        String kb = Flows.newKodebooking("DUP");
        Simulator.registerMobileJkn(kb, false);
        long waktu = Flows.time(220);
        var event = new id.antreanonline.shared.event.TaskEvent(java.util.UUID.randomUUID().toString(),
                id.antreanonline.shared.event.TaskEvent.Kind.TASK, kb, BookingSource.MOBILE_JKN, 3, waktu, null, null,
                null, waktu);
        Simulator.publish(Topics.TASKS, kb, event);
        Simulator.publish(Topics.TASKS, kb, event);
        Flows.task(kb, BookingSource.MOBILE_JKN, 4, Flows.time(225));

        await().atMost(Duration.ofSeconds(30)).until(() -> Simulator.tasks(kb).size() == 2);
        assertEquals(2, asAdmin().queryParam("kodebooking", kb).get("/bpjs/deliveries").jsonPath().getList("$").size());
        assertEquals(2, Simulator.received(kb).size());
    }

    private static int indexOfTask(String kb, int taskid) {
        List<Map<String, Object>> received = Simulator.received(kb);
        for (int i = 0; i < received.size(); i++) {
            String body = String.valueOf(received.get(i).get("body"));
            if (String.valueOf(received.get(i).get("path")).endsWith("/updatewaktu")
                    && body.replace(" ", "").contains("\"taskid\":" + taskid)) {
                return i;
            }
        }
        return -1;
    }
}
