package id.antreanonline.outbox;

import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;

import io.smallrye.mutiny.Uni;

/**
 * One kind of event a consumer reads: its type, its name in log lines, how to find its id and its booking (the only
 * fields a log line may name), and whether a record carries everything applying it needs (an id, always).
 */
public record IncomingEvent<E>(Class<E> type, String name, Function<E, String> eventId,
        Function<E, String> kodebooking, Predicate<E> complete) {

    public static <E> IncomingEvent<E> of(Class<E> type, String name, Function<E, String> eventId,
            Function<E, String> kodebooking) {
        return new IncomingEvent<>(type, name, eventId, kodebooking, e -> eventId.apply(e) != null);
    }

    /** The same kind, which a record must also satisfy {@code also} to be applied. */
    public IncomingEvent<E> requiring(Predicate<E> also) {
        return new IncomingEvent<>(type, name, eventId, kodebooking, complete.and(also));
    }

    /**
     * {@code work} with this event's booking fields on its log lines ({@link BookingLog}); {@code traceId} the trace it
     * continues, null for none (the event id stands in).
     */
    <T> Uni<T> logging(E event, String traceId, Supplier<Uni<T>> work) {
        return BookingLog.handling(kodebooking.apply(event), eventId.apply(event), traceId, work);
    }

    String describe(E event) {
        String booking = kodebooking.apply(event);
        return name + " " + eventId.apply(event) + (booking == null ? "" : " of " + booking);
    }
}
