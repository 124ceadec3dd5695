package id.antreanonline.farmasi;

import static id.antreanonline.farmasi.Fixtures.at;
import static id.antreanonline.farmasi.Fixtures.book;
import static id.antreanonline.farmasi.Fixtures.newDay;
import static id.antreanonline.farmasi.Fixtures.record;
import static id.antreanonline.farmasi.Fixtures.taskEvents;
import static id.antreanonline.farmasi.Fixtures.timeline;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import id.antreanonline.shared.event.BookingEvent;
import id.antreanonline.shared.event.BookingSource;
import id.antreanonline.shared.event.TaskEvent;
import id.antreanonline.shared.event.VisitEvent;
import id.antreanonline.shared.event.VisitSnapshot;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;

/** Whole visits: bookings arrive through the real broker (antrean.visits), stations record the rest, antrean.tasks shows it all. */
@QuarkusTest
class VisitFlowTest {

    @Inject
    TestClock clock;

    @Test
    void newPatientVisitRunsOneToSevenThroughTheBroker() {
        LocalDate day = newDay();
        clock.set(at(day, "23:00"));
        VisitSnapshot booking = book(day, true, "ANA", "101", 1, at(day, "07:00"));
        String kb = booking.kodebooking();

        record("admisi", kb, 2, at(day, "07:10"), null).statusCode(200).body("duplicate", is(false));
        record("admisi", kb, 3, at(day, "07:25"), null).statusCode(200);
        record("poli", kb, 4, at(day, "08:00"), null).statusCode(200);
        record("poli", kb, 5, at(day, "08:20"), "Racikan").statusCode(200).body("jenisresep", equalTo("racikan"));
        record("farmasi", kb, 6, at(day, "08:30"), null).statusCode(200);
        record("farmasi", kb, 7, at(day, "08:45"), null).statusCode(200);

        List<TaskEvent> events = taskEvents(kb, 8);
        assertEquals(8, events.size(), events.toString());
        assertEquals(List.of("TASK1", "TASK2", "TASK3", "TASK4", "TASK5", "PHARMACY_NUMBERnull", "TASK6", "TASK7"),
                events.stream().map(e -> e.kind().name() + e.taskid()).toList());
        assertEquals(List.of(at(day, "07:00"), at(day, "07:10"), at(day, "07:25"), at(day, "08:00"),
                at(day, "08:20"), at(day, "08:30"), at(day, "08:45")),
                events.stream().filter(e -> e.kind() == TaskEvent.Kind.TASK).map(TaskEvent::waktu).toList());
        events.forEach(e -> assertEquals(BookingSource.MOBILE_JKN, e.source()));
        TaskEvent number = events.get(5);
        assertEquals(1, number.nomorantrean());
        assertEquals("racikan", number.jenisresep());
        assertEquals("racikan", events.get(4).jenisresep());
        assertEquals("racikan", events.get(7).jenisresep());
        assertNull(events.get(3).jenisresep());

        timeline(kb).statusCode(200)
                .body("tasks.taskid", contains(1, 2, 3, 4, 5, 6, 7))
                .body("tasks.delivery.status", everyItem(equalTo("pending")))
                .body("farmasi.nomorantrean", equalTo(1))
                .body("status", equalTo("open"));
    }

    @Test
    void returningPatientVisitRunsThreeToSeven() {
        LocalDate day = newDay();
        clock.set(at(day, "23:00"));
        VisitSnapshot booking = Fixtures.booking(Fixtures.kodebooking(), day, false, "INT", "202", 4);
        String kb = booking.kodebooking();
        Fixtures.publish(new VisitEvent(UUID.randomUUID().toString(), BookingEvent.Kind.CREATED, kb,
                System.currentTimeMillis(), BookingSource.ONSITE, booking, null));
        Fixtures.publish(Fixtures.checkedIn(booking, at(day, "07:30")));
        Fixtures.awaitLastTask(kb, 3);

        record("poli", kb, 4, at(day, "08:00"), null).statusCode(200);
        record("poli", kb, 5, at(day, "08:15"), "non racikan").statusCode(200);
        record("farmasi", kb, 6, at(day, "08:20"), null).statusCode(200);
        record("farmasi", kb, 7, at(day, "08:40"), null).statusCode(200);

        List<TaskEvent> events = taskEvents(kb, 6);
        assertEquals(List.of("TASK3", "TASK4", "TASK5", "PHARMACY_NUMBERnull", "TASK6", "TASK7"),
                events.stream().map(e -> e.kind().name() + e.taskid()).toList());
        events.forEach(e -> assertEquals(BookingSource.ONSITE, e.source()));
        assertEquals("non racikan", events.get(3).jenisresep());
        timeline(kb).statusCode(200).body("tasks.taskid", contains(3, 4, 5, 6, 7)).body("source", equalTo("ONSITE"));
    }

    @Test
    void aRedeliveredVisitEventIsAppliedOnce() {
        LocalDate day = newDay();
        clock.set(at(day, "23:00"));
        VisitSnapshot booking = book(day, false, "INT", "203", 2, null);
        VisitEvent checkIn = Fixtures.checkedIn(booking, at(day, "07:00"));
        Fixtures.publish(checkIn);
        Fixtures.publish(checkIn);
        // the same check-in again under another event id: the same step with the same time, harmless
        VisitEvent again = Fixtures.checkedIn(booking, at(day, "07:00"));
        Fixtures.publish(again);
        await().atMost(Duration.ofSeconds(60)).until(() -> Fixtures.inboxHas(again.eventId()));
        Fixtures.awaitLastTask(booking.kodebooking(), 3);
        record("poli", booking.kodebooking(), 4, at(day, "08:00"), null).statusCode(200);

        List<TaskEvent> events = taskEvents(booking.kodebooking(), 2);
        assertEquals(List.of(3, 4), events.stream().map(TaskEvent::taskid).toList());
        assertEquals(2, Fixtures.outboxRows(booking.kodebooking()));
    }

    @Test
    void aBookingAndItsCheckInRedeliveredTogetherAreAppliedOnce() {
        LocalDate day = newDay();
        clock.set(at(day, "23:00"));
        VisitSnapshot booking = Fixtures.booking(Fixtures.kodebooking(), day, true, "ANA", "206", 7);
        VisitEvent created = Fixtures.created(booking);
        VisitEvent checkIn = Fixtures.checkedIn(booking, at(day, "07:05"));
        // back to back, as one poll brings them; then the same two again (a redelivery after a lost commit)
        Fixtures.publish(created);
        Fixtures.publish(checkIn);
        Fixtures.publish(created);
        Fixtures.publish(checkIn);
        Fixtures.awaitLastTask(booking.kodebooking(), 1);
        // a later record of the same booking (the same step under another id, harmless): once it is applied, the
        // redelivered ones before it were too
        VisitEvent after = Fixtures.checkedIn(booking, at(day, "07:05"));
        Fixtures.publish(after);
        await().atMost(Duration.ofSeconds(60)).until(() -> Fixtures.inboxHas(after.eventId()));

        timeline(booking.kodebooking()).statusCode(200).body("tasks.taskid", contains(1))
                .body("tasks[0].waktu", equalTo(at(day, "07:05"))).body("status", equalTo("open"));
        assertEquals(1, Fixtures.outboxRows(booking.kodebooking()));
        record("admisi", booking.kodebooking(), 2, at(day, "07:15"), null).statusCode(200);
    }

    @Test
    void bookingsArrivingTogetherOpenTheirVisitsInOrderWithCheckInsAndCancellationsAmongThem() {
        LocalDate day = newDay();
        clock.set(at(day, "23:00"));
        List<VisitSnapshot> bookings = new ArrayList<>();
        List<VisitEvent> burst = new ArrayList<>();
        for (int i = 1; i <= 12; i++) {
            VisitSnapshot booking = Fixtures.booking(Fixtures.kodebooking(), day, i % 2 == 0, "ANA", "207", i);
            bookings.add(booking);
            burst.add(Fixtures.created(booking));
            if (i == 4) {
                // checked in right after its booking: the visit it records on is the one opened just before
                burst.add(Fixtures.checkedIn(booking, at(day, "07:04")));
            }
            if (i == 7) {
                burst.add(Fixtures.cancelled(bookings.get(2)));
            }
            if (i == 9) {
                // the first booking again under another event id, with other numbers: the visit stays as it was
                VisitSnapshot first = bookings.get(0);
                burst.add(Fixtures.created(new VisitSnapshot(first.kodebooking(), "INT", "999", first.tanggalperiksa(),
                        first.jampraktek(), "I-99", 99, 1, "RM99")));
            }
        }
        Fixtures.publishTogether(burst);
        await().atMost(Duration.ofSeconds(60)).until(() -> burst.stream().allMatch(e -> Fixtures.inboxHas(e.eventId())));

        for (VisitSnapshot booking : bookings) {
            timeline(booking.kodebooking()).statusCode(200)
                    .body("angkaantrean", equalTo(booking.angkaantrean()))
                    .body("nomorantrean", equalTo(booking.nomorantrean()))
                    .body("pasienbaru", equalTo(booking.pasienbaru()))
                    .body("kodepoli", equalTo("ANA"))
                    .body("status", equalTo(booking == bookings.get(2) ? "cancelled" : "open"))
                    .body("tasks.taskid", booking == bookings.get(3) ? contains(1) : empty());
        }
        record("admisi", bookings.get(3).kodebooking(), 2, at(day, "07:10"), null).statusCode(200);
    }

    @Test
    void unreadableOrRefusedVisitEventsDoNotStopTheConsumer() {
        LocalDate day = newDay();
        clock.set(at(day, "23:00"));
        Fixtures.publish(id.antreanonline.shared.event.Topics.VISITS, "RUSAK", "bukan json");
        Fixtures.publish(id.antreanonline.shared.event.Topics.VISITS, "RUSAK", "{\"eventId\":\"x\"}");
        VisitSnapshot wrongDay = Fixtures.booking(Fixtures.kodebooking(), day, false, "INT", "205", 1);
        Fixtures.publish(Fixtures.created(wrongDay));
        // checked in the day before the visit: refused, logged, skipped
        Fixtures.publish(Fixtures.checkedIn(wrongDay, at(day.minusDays(1), "07:00")));

        VisitSnapshot fine = book(day, false, "INT", "205", 2, at(day, "07:00"));
        timeline(fine.kodebooking()).body("tasks.taskid", contains(3));
        timeline(wrongDay.kodebooking()).statusCode(200).body("tasks.size()", equalTo(0));
        assertEquals(0, Fixtures.outboxRows(wrongDay.kodebooking()));
    }

    @Test
    void aCancelledBookingTakesNoMoreTasks() {
        LocalDate day = newDay();
        clock.set(at(day, "23:00"));
        VisitSnapshot booking = book(day, false, "INT", "204", 3, at(day, "07:00"));
        Fixtures.publish(Fixtures.cancelled(booking));
        await().atMost(Duration.ofSeconds(60)).until(() -> "cancelled".equals(
                timeline(booking.kodebooking()).extract().jsonPath().getString("status")));

        record("poli", booking.kodebooking(), 4, at(day, "08:00"), null).statusCode(409)
                .body("message", equalTo("Antrean ini sudah dibatalkan; task tidak dapat dicatat"));
        assertEquals(1, Fixtures.outboxRows(booking.kodebooking()));
    }
}
