package id.antreanonline.shared.event;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * Topic {@link Topics#BOOKINGS}, key {@code kodebooking}. {@code booking} is always present; {@code cancellation}
 * only for {@link Kind#CANCELLED}, {@code checkIn} only for {@link Kind#CHECKED_IN}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record BookingEvent(
        String eventId,
        Kind kind,
        String kodebooking,
        long occurredAt,
        BookingSource source,
        BookingSnapshot booking,
        Cancellation cancellation,
        CheckIn checkIn) implements VersionedEvent {

    public enum Kind {
        CREATED,
        CANCELLED,
        CHECKED_IN
    }

    /** {@code keterangan} is the reason as BPJS's antrean/batal expects it. */
    public record Cancellation(CancelledBy by, String keterangan) {
    }

    /** The task check-in records (1 for a new patient, 3 for a returning one) and when it happened (epoch ms). */
    public record CheckIn(int taskid, long waktu) {
    }
}
