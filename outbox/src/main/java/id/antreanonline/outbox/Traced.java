package id.antreanonline.outbox;

import java.util.List;

/**
 * An event as a consumer read it, with the trace it continues: the {@code traceparent} of the consumer's span for it
 * (a child of the producer's), to be stored with whatever the event leaves for later (the gateway's delivery); null
 * when its record carried no trace context.
 */
public record Traced<E>(E event, String traceparent) {

    /** The events alone, in their order. */
    public static <E> List<E> events(List<Traced<E>> traced) {
        return traced.stream().map(Traced::event).toList();
    }
}
