package id.antreanonline.outbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Writes an event into the outbox table inside the caller's current transaction (call it from a
 * {@code @WithTransaction} method): the event exists if and only if the change it describes was committed.
 * {@link OutboxRelay} sends it on to Kafka.
 */
@ApplicationScoped
public class Outbox {

    private final ObjectMapper mapper;
    private final OutboxRelay relay;

    Outbox(ObjectMapper mapper, OutboxRelay relay) {
        this.mapper = mapper;
        this.relay = relay;
    }

    public Uni<Void> publish(String topic, String key, String eventId, Object payload) {
        String json;
        try {
            json = mapper.writeValueAsString(payload);
        } catch (JsonProcessingException e) {
            return Uni.createFrom().failure(new IllegalArgumentException("event cannot be serialised", e));
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
}
