package id.antreanonline.outbox;

import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Writes an event into the outbox table inside the caller's current transaction (call it from a
 * {@code @WithTransaction} method): the event exists if and only if the change it describes was committed.
 * {@link OutboxRelay} sends it on to Kafka. A path that works on a connection of its own (not Hibernate's session)
 * writes its events with {@link #publishAll}, in its own transaction. Each row keeps the trace context it was written
 * in ({@link Tracing}), which the relay sends on as the record's {@code traceparent} header.
 */
@ApplicationScoped
public class Outbox {

    private final ObjectMapper mapper;
    private final OutboxRelay relay;

    Outbox(ObjectMapper mapper, OutboxRelay relay) {
        this.mapper = mapper;
        this.relay = relay;
    }

    /**
     * One event to write: the record's topic and key, its id, the payload to serialise as JSON, and the trace it
     * continues ({@code traceparent}, null for none).
     */
    public record Event(String topic, String key, String eventId, Object payload, String traceparent) {

        /** An event of the current trace. */
        public Event(String topic, String key, String eventId, Object payload) {
            this(topic, key, eventId, payload, Tracing.currentTraceparent());
        }

        /** The same event, continuing the trace {@code traceparent} instead. */
        public Event continuing(String traceparent) {
            return new Event(topic, key, eventId, payload, traceparent);
        }
    }

    public Uni<Void> publish(String topic, String key, String eventId, Object payload) {
        String traceparent = Tracing.currentTraceparent();
        String json;
        try {
            json = json(payload);
        } catch (IllegalArgumentException e) {
            return Uni.createFrom().failure(e);
        }
        return Panache.getSession()
                .chain(session -> session.createNativeQuery(
                        "insert into outbox (event_id, topic, record_key, payload, trace_parent) "
                                + "values (?1, ?2, ?3, ?4, ?5)")
                        .setParameter(1, eventId)
                        .setParameter(2, topic)
                        .setParameter(3, key)
                        .setParameter(4, json)
                        .setParameter(5, traceparent)
                        .executeUpdate())
                .invoke(relay::wakeUp)
                .replaceWithVoid();
    }

    /** Writes the events in one statement, in their order, on {@code connection} inside its open transaction. */
    public Uni<Void> publishAll(SqlClient connection, List<Event> events) {
        if (events.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        List<Object> columns;
        try {
            columns = columns(events);
        } catch (IllegalArgumentException e) {
            return Uni.createFrom().failure(e);
        }
        return connection.preparedQuery(insertFrom(1)).execute(Tuple.tuple(columns))
                .invoke(relay::wakeUp)
                .replaceWithVoid();
    }

    /**
     * The insert of events as part of a caller's own statement (a data-modifying {@code WITH}), its five arrays bound
     * from parameter {@code first} on: {@link #columns} gives them. Once the caller's transaction has committed, it
     * calls {@link #written}.
     */
    public static String insertFrom(int first) {
        // unnest keeps the arrays' order, and the ids (bigserial) are drawn in it: the relay sends in that order
        return "insert into outbox (event_id, topic, record_key, payload, trace_parent) select * from unnest($" + first
                + "::varchar[], $" + (first + 1) + "::varchar[], $" + (first + 2) + "::varchar[], $" + (first + 3)
                + "::text[], $" + (first + 4) + "::varchar[])";
    }

    /**
     * The five arrays of {@link #insertFrom} for {@code events}, in their order.
     *
     * @throws IllegalArgumentException when a payload cannot be serialised
     */
    public List<Object> columns(List<Event> events) {
        return List.of(Columns.of(events, Event::eventId, String[]::new),
                Columns.of(events, Event::topic, String[]::new), Columns.of(events, Event::key, String[]::new),
                Columns.of(events, e -> json(e.payload()), String[]::new),
                Columns.of(events, Event::traceparent, String[]::new));
    }

    /** Events were committed by a caller's own statement ({@link #insertFrom}): the relay looks sooner. */
    public void written() {
        relay.wakeUp();
    }

    private String json(Object payload) {
        try {
            return mapper.writeValueAsString(payload);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("event cannot be serialised", e);
        }
    }
}
