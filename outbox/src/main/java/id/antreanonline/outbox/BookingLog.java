package id.antreanonline.outbox;

import java.util.UUID;
import java.util.function.Supplier;

import org.jboss.logging.MDC;

import io.smallrye.mutiny.Uni;

/**
 * The fields every log line about a booking carries: {@code kodebooking}, {@code eventId} (the event being applied)
 * and {@code traceId} (the W3C trace id of the request or of the record's trace ({@link Tracing}); an event whose
 * record carried none has its own id instead). They live in the
 * MDC, which Quarkus keeps in the Vert.x duplicated context: a request's context ends with the request, so
 * {@link #aboutBooking} needs no clean-up; a consumer's or a worker's context outlives one record, so
 * {@link #handling} and {@link #open} remove what they set. Never a name, NIK, card number or phone here.
 */
public final class BookingLog {

    public static final String KODEBOOKING = "kodebooking";
    public static final String EVENT_ID = "eventId";
    public static final String TRACE_ID = "traceId";

    private BookingLog() {
    }

    /** The rest of this request is about {@code kodebooking}; its trace id is the request's trace's. */
    public static void aboutBooking(String kodebooking) {
        if (kodebooking != null && !kodebooking.isBlank()) {
            MDC.put(KODEBOOKING, kodebooking.trim());
        }
        if (MDC.get(TRACE_ID) == null) {
            String traceId = Tracing.currentTraceId();
            // outside a traced request (none here today), one id still ties the request's lines together
            MDC.put(TRACE_ID, traceId != null ? traceId : UUID.randomUUID().toString());
        }
    }

    /**
     * One event's processing, asynchronous: the fields set when it starts and removed when it ends (either way), so
     * they never reach the next record's lines.
     */
    public static <T> Uni<T> handling(String kodebooking, String eventId, String traceId, Supplier<Uni<T>> work) {
        return Uni.createFrom().deferred(() -> {
            set(kodebooking, eventId, traceId);
            return work.get();
        }).eventually(BookingLog::clear);
    }

    /**
     * One event's lines written synchronously (a worker handling several deliveries at once): the fields until
     * {@link Fields#close()}, which puts back what was there before.
     */
    public static Fields open(String kodebooking, String eventId, String traceId) {
        Fields before = new Fields((String) MDC.get(KODEBOOKING), (String) MDC.get(EVENT_ID),
                (String) MDC.get(TRACE_ID));
        set(kodebooking, eventId, traceId);
        return before;
    }

    /** What the fields were before {@link #open}; closing restores them. */
    public record Fields(String kodebooking, String eventId, String traceId) implements AutoCloseable {
        @Override
        public void close() {
            clear();
            if (kodebooking != null || eventId != null || traceId != null) {
                set(kodebooking, eventId, traceId);
            }
        }
    }

    private static void set(String kodebooking, String eventId, String traceId) {
        put(KODEBOOKING, kodebooking);
        put(EVENT_ID, eventId);
        put(TRACE_ID, traceId != null ? traceId : eventId);
    }

    private static void put(String key, String value) {
        if (value == null) {
            MDC.remove(key);
        } else {
            MDC.put(key, value);
        }
    }

    private static void clear() {
        MDC.remove(KODEBOOKING);
        MDC.remove(EVENT_ID);
        MDC.remove(TRACE_ID);
    }
}
