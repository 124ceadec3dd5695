package id.antreanonline.shared.event;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * Topic {@link Topics#VISITS}, key {@code kodebooking}: a {@link BookingEvent} as the stations need it, written in the
 * same transaction as the booking event, so both topics tell the same changes in the same order. {@code visit} is
 * always present; {@code checkIn} only for {@link BookingEvent.Kind#CHECKED_IN}. The cancellation's reason stays on
 * {@link Topics#BOOKINGS}: it is free text, and a station needs only to know that the visit is off. {@code migrated}
 * as on the booking event: the tasks the previous queue system already sent to BPJS.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record VisitEvent(
        String eventId,
        BookingEvent.Kind kind,
        String kodebooking,
        long occurredAt,
        BookingSource source,
        VisitSnapshot visit,
        BookingEvent.CheckIn checkIn,
        BookingEvent.Migrated migrated) implements VersionedEvent {

    /** An event of a booking taken here. */
    public VisitEvent(String eventId, BookingEvent.Kind kind, String kodebooking, long occurredAt, BookingSource source,
            VisitSnapshot visit, BookingEvent.CheckIn checkIn) {
        this(eventId, kind, kodebooking, occurredAt, source, visit, checkIn, null);
    }

    /** The stations' copy of {@code booking}, under an id of its own (an outbox row per event). */
    public static VisitEvent of(String eventId, BookingEvent booking) {
        return new VisitEvent(eventId, booking.kind(), booking.kodebooking(), booking.occurredAt(), booking.source(),
                booking.booking() == null ? null : VisitSnapshot.of(booking.booking()), booking.checkIn(),
                booking.migrated());
    }
}
