package id.antreanonline.outbox;

import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Writes an event into the outbox table inside the caller's current transaction (call it from a
 * {@code @WithTransaction} method): the event exists if and only if the change it describes was committed.
 * {@link OutboxRelay} sends it on to Kafka. A path that works on a connection of its own (not Hibernate's session)
 * writes its events with {@link #publishAll}, in its own transaction.
 */
@ApplicationScoped
public class Outbox {

    private final ObjectMapper mapper;
    private final OutboxRelay relay;

    Outbox(ObjectMapper mapper, OutboxRelay relay) {
        this.mapper = mapper;
        this.relay = relay;
    }

    /** One event to write: the record's topic and key, its id, and the payload to serialise as JSON. */
    public record Event(String topic, String key, String eventId, Object payload) {
    }

    public Uni<Void> publish(String topic, String key, String eventId, Object payload) {
        String json;
        try {
            json = json(payload);
        } catch (IllegalArgumentException e) {
            return Uni.createFrom().failure(e);
        }
        return Panache.getSession()
                .chain(session -> session.createNativeQuery(
                        "insert into outbox (event_id, topic, record_key, payload) values (?1, ?2, ?3, ?4)")
                        .setParameter(1, eventId)
                        .setParameter(2, topic)
                        .setParameter(3, key)
                        .setParameter(4, json)
                        .executeUpdate())
                .invoke(relay::wakeUp)
                .replaceWithVoid();
    }

    /** Writes the events in one statement, in their order, on {@code connection} inside its open transaction. */
    public Uni<Void> publishAll(SqlConnection connection, List<Event> events) {
        int n = events.size();
        String[] ids = new String[n];
        String[] topics = new String[n];
        String[] keys = new String[n];
        String[] payloads = new String[n];
        try {
            for (int i = 0; i < n; i++) {
                Event e = events.get(i);
                ids[i] = e.eventId();
                topics[i] = e.topic();
                keys[i] = e.key();
                payloads[i] = json(e.payload());
            }
        } catch (IllegalArgumentException e) {
            return Uni.createFrom().failure(e);
        }
        // unnest keeps the arrays' order, and the ids (bigserial) are drawn in it: the relay sends in that order
        return connection.preparedQuery("insert into outbox (event_id, topic, record_key, payload) "
                + "select * from unnest($1::varchar[], $2::varchar[], $3::varchar[], $4::text[])")
                .execute(Tuple.of(ids, topics, keys, payloads))
                .invoke(relay::wakeUp)
                .replaceWithVoid();
    }

    private String json(Object payload) {
        try {
            return mapper.writeValueAsString(payload);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("event cannot be serialised", e);
        }
    }
}
