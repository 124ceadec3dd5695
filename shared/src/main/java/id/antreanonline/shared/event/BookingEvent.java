package id.antreanonline.shared.event;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * Topic {@link Topics#BOOKINGS}, key {@code kodebooking}. {@code booking} is always present; {@code cancellation}
 * only for {@link Kind#CANCELLED}, {@code checkIn} only for {@link Kind#CHECKED_IN}. {@code migrated} only on the
 * events of a booking the hospital's previous queue system took (go-live migration): BPJS has it already.
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
        CheckIn checkIn,
        Migrated migrated) implements VersionedEvent {

    /** An event of a booking taken here. */
    public BookingEvent(String eventId, Kind kind, String kodebooking, long occurredAt, BookingSource source,
            BookingSnapshot booking, Cancellation cancellation, CheckIn checkIn) {
        this(eventId, kind, kodebooking, occurredAt, source, booking, cancellation, checkIn, null);
    }

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

    /**
     * A booking the previous queue system took and already reported to BPJS (its antrean/add, or Mobile JKN's own),
     * with the tasks that system already sent: none of it is sent again.
     */
    public record Migrated(List<TaskSent> tasksSent) {
    }

    /** A task time BPJS already received (antrean/updatewaktu), epoch ms. */
    public record TaskSent(int taskid, long waktu) {
    }
}
