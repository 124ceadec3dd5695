package id.antreanonline.farmasi;

import static id.antreanonline.farmasi.Fixtures.at;
import static id.antreanonline.farmasi.Fixtures.newDay;
import static id.antreanonline.farmasi.Fixtures.taskEvents;
import static id.antreanonline.farmasi.Fixtures.timeline;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
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

/** A visit of the previous queue system (go-live migration): the tasks it sent are in the timeline, never sent again. */
@QuarkusTest
class MigratedVisitTest {

    @Inject
    TestClock clock;

    @Test
    void aMigratedVisitWithTasksOneAndTwoSentRecordsAndSendsOnlyTaskThreeAtCheckIn() {
        LocalDate day = newDay();
        clock.set(at(day, "23:00"));
        // admission was served by the old system: antrean-service announces a returning patient whose check-in is 3
        VisitSnapshot booking = Fixtures.booking(Fixtures.kodebooking(), day, false, "INT", "301", 6);
        String kb = booking.kodebooking();
        BookingEvent.Migrated migrated = new BookingEvent.Migrated(List.of(
                new BookingEvent.TaskSent(1, at(day, "07:00")), new BookingEvent.TaskSent(2, at(day, "07:10"))));
        VisitEvent created = new VisitEvent(UUID.randomUUID().toString(), BookingEvent.Kind.CREATED, kb,
                System.currentTimeMillis(), BookingSource.ONSITE, booking, null, migrated);
        Fixtures.publish(created);
        // the same event again (a redelivery under its id): recorded once
        Fixtures.publish(created);
        Fixtures.awaitLastTask(kb, 2);

        Fixtures.publish(Fixtures.checkedIn(booking, at(day, "07:30")));
        Fixtures.awaitLastTask(kb, 3);

        List<TaskEvent> sent = taskEvents(kb, 1);
        assertEquals(List.of(3), sent.stream().map(TaskEvent::taskid).toList());
        assertEquals(1, Fixtures.outboxRows(kb));
        timeline(kb).statusCode(200)
                .body("tasks.taskid", contains(1, 2, 3))
                .body("tasks.delivery.status", contains("delivered", "delivered", "pending"))
                .body("tasks[0].waktu", equalTo(at(day, "07:00")))
                .body("booking.call", equalTo("ANTREAN_ADD"))
                .body("booking.delivery.status", equalTo("delivered"));
    }
}
