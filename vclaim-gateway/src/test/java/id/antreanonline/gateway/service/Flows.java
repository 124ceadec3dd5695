package id.antreanonline.gateway.service;

import static id.antreanonline.gateway.Staff.asAdmin;

import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import id.antreanonline.gateway.Simulator;
import id.antreanonline.shared.Wib;
import id.antreanonline.shared.event.BookingSnapshot;
import id.antreanonline.shared.event.BookingEvent;
import id.antreanonline.shared.event.BookingSource;
import id.antreanonline.shared.event.TaskEvent;
import id.antreanonline.shared.event.Topics;

/** Builds and publishes the events other services publish for one visit. */
final class Flows {

    private static final AtomicInteger SEQ = new AtomicInteger();

    private Flows() {
    }

    static String newKodebooking(String prefix) {
        return prefix + System.currentTimeMillis() % 100000000 + SEQ.incrementAndGet();
    }

    /** Times of today (WIB) that increase per call and stay on the visit date. */
    static long time(int minute) {
        ZonedDateTime start = Simulator.today().atTime(LocalTime.of(0, 0)).atZone(Wib.ZONE);
        return start.plusMinutes(minute).toInstant().toEpochMilli() + SEQ.incrementAndGet();
    }

    static String task(String kodebooking, BookingSource source, int taskid, long waktu) {
        return task(kodebooking, source, taskid, waktu, null);
    }

    /** The same, as the outbox relay sends it: with the trace context of the step that recorded it. */
    static String task(String kodebooking, BookingSource source, int taskid, long waktu, String traceparent) {
        String id = UUID.randomUUID().toString();
        Simulator.publish(Topics.TASKS, kodebooking, new TaskEvent(id, TaskEvent.Kind.TASK, kodebooking, source,
                taskid, waktu, null, null, null, waktu), traceparent);
        return id;
    }

    static String pharmacyNumber(String kodebooking, BookingSource source, long at) {
        String id = UUID.randomUUID().toString();
        Simulator.publish(Topics.TASKS, kodebooking, new TaskEvent(id, TaskEvent.Kind.PHARMACY_NUMBER, kodebooking,
                source, null, null, "non racikan", 7, "", at));
        return id;
    }

    /** An onsite booking for today with a doctor who practises today (from BPJS's own HFIS schedules). */
    static String onsiteBooking(String kodebooking, boolean newPatient) {
        return onsiteBooking(kodebooking, newPatient, null);
    }

    /** The same, taken by the previous queue system when {@code migrated} is given (go-live migration). */
    static String onsiteBooking(String kodebooking, boolean newPatient, BookingEvent.Migrated migrated) {
        String today = Simulator.today().format(Wib.DATE);
        Map<String, Object> slot = null;
        List<String> polis = asAdmin().get("/bpjs/antrean/ref/poli").then().statusCode(200).extract().jsonPath()
                .getList("kdpoli", String.class).stream().distinct().toList();
        for (String poli : polis) {
            var response = asAdmin().get("/bpjs/antrean/jadwaldokter/" + poli + "/" + today);
            if (response.statusCode() == 200) {
                List<Map<String, Object>> slots = response.jsonPath().getList("$");
                if (!slots.isEmpty()) {
                    slot = slots.get(0);
                    break;
                }
            }
        }
        if (slot == null) {
            throw new IllegalStateException("no doctor practises today in the simulator's HFIS");
        }
        BookingSnapshot booking = BookingSnapshot.builder()
                .kodebooking(kodebooking)
                .jenispasien("JKN")
                .patient("3212345678900001", "0001234567890", "081234567890", "RM" + kodebooking.hashCode() % 100000)
                .newPatient(newPatient)
                .practice(String.valueOf(slot.get("kodepoli")), String.valueOf(slot.get("namapoli")),
                        String.valueOf(slot.get("kodedokter")), String.valueOf(slot.get("namadokter")), today,
                        String.valueOf(slot.get("jadwal")))
                .referral(1, "0301R0011121K000001")
                .number("A-1", 1, System.currentTimeMillis() + 3_600_000L)
                .jknQuota(29, 30)
                .nonJknQuota(29, 30)
                .keterangan("")
                .build();
        String id = UUID.randomUUID().toString();
        Simulator.publish(Topics.BOOKINGS, kodebooking, new BookingEvent(id, BookingEvent.Kind.CREATED, kodebooking,
                System.currentTimeMillis(), BookingSource.ONSITE, booking, null, null, migrated));
        return id;
    }
}
