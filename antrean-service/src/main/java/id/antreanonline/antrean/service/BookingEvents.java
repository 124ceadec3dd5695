package id.antreanonline.antrean.service;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import id.antreanonline.antrean.Booking;
import id.antreanonline.antrean.DoctorSchedule;
import id.antreanonline.antrean.HeldPlaces;
import id.antreanonline.antrean.config.AntreanConfig;
import id.antreanonline.outbox.Outbox;
import id.antreanonline.shared.event.BookingEvent;
import id.antreanonline.shared.event.Topics;
import id.antreanonline.shared.event.VisitEvent;
import jakarta.enterprise.context.ApplicationScoped;

/** The events a change to a booking publishes, with the schedule's places as they are after it. */
@ApplicationScoped
public class BookingEvents {

    private final AntreanConfig config;
    private final Clock clock;

    BookingEvents(AntreanConfig config, Clock clock) {
        this.config = config;
        this.clock = clock;
    }

    /**
     * The booking event for BPJS's side, and the same change for the stations without the patient's NIK, card number
     * and phone (only BPJS needs them).
     */
    public List<Outbox.Event> of(Booking b, BookingEvent.Kind kind, DoctorSchedule s, HeldPlaces held,
            BookingEvent.Cancellation cancellation, BookingEvent.CheckIn checkIn) {
        return both(new BookingEvent(UUID.randomUUID().toString(), kind, b.kodebooking, clock.millis(), b.source,
                b.snapshot(s, held, note(b)), cancellation, checkIn, null));
    }

    /**
     * The events of a booking the previous queue system took: CREATED, or CANCELLED when it was cancelled there,
     * marked so that nothing of it (antrean/add, antrean/batal, the tasks it lists) is sent to BPJS again.
     */
    public List<Outbox.Event> migrated(Booking b, DoctorSchedule s, HeldPlaces held, BookingEvent.Migrated migrated) {
        BookingEvent.Kind kind = b.active() ? BookingEvent.Kind.CREATED : BookingEvent.Kind.CANCELLED;
        BookingEvent.Cancellation cancellation = b.active() ? null
                : new BookingEvent.Cancellation(b.cancelledBy, b.cancelReason);
        return both(new BookingEvent(UUID.randomUUID().toString(), kind, b.kodebooking, clock.millis(), b.source,
                b.snapshot(s, held, note(b)), cancellation, null, migrated));
    }

    private static List<Outbox.Event> both(BookingEvent event) {
        VisitEvent visit = VisitEvent.of(UUID.randomUUID().toString(), event);
        return List.of(new Outbox.Event(Topics.BOOKINGS, event.kodebooking(), event.eventId(), event),
                new Outbox.Event(Topics.VISITS, event.kodebooking(), visit.eventId(), visit));
    }

    /** What the patient is told to do on arrival (BPJS's keterangan). */
    public String note(Booking b) {
        return b.newPatient ? config.booking().noteNewPatient() : config.booking().noteReturningPatient();
    }
}
