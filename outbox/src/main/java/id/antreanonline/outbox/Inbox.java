package id.antreanonline.outbox;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Makes consumers idempotent: call {@link #firstDelivery} inside the transaction that applies the event; it answers
 * false (and the caller does nothing) when this event id was already applied. {@link #firstDeliveries} does the same
 * for a whole poll on a connection of the pool, in one statement.
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

    /**
     * The ids among {@code eventIds} not applied before, recorded as applied now, on {@code connection} inside its open
     * transaction; an id listed twice is new once at most.
     */
    public Uni<Set<String>> firstDeliveries(SqlClient connection, List<String> eventIds) {
        return connection.preparedQuery("insert into inbox (event_id) select unnest($1::varchar[])"
                + " on conflict do nothing returning event_id")
                .execute(Tuple.of(eventIds.toArray(String[]::new)))
                .map(rows -> {
                    Set<String> fresh = new HashSet<>();
                    rows.forEach(r -> fresh.add(r.getString(0)));
                    return fresh;
                });
    }
}
