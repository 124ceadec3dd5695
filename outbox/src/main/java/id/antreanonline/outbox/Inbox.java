package id.antreanonline.outbox;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Makes consumers idempotent: call {@link #firstDelivery} inside the transaction that applies the event; it answers
 * false (and the caller does nothing) when this event id was already applied.
 */
@ApplicationScoped
public class Inbox {

    public Uni<Boolean> firstDelivery(String eventId) {
        return Panache.getSession()
                .chain(session -> session.createNativeQuery(
                        "insert into inbox (event_id) values (?1) on conflict do nothing")
                        .setParameter(1, eventId)
                        .executeUpdate())
                .map(inserted -> inserted == 1);
    }
}
