package id.antreanonline.farmasi.service;

import id.antreanonline.farmasi.DeliveryState;
import id.antreanonline.shared.event.DeliveryOutcomeEvent;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Keeps, per task and per pharmacy number, what BPJS answered to its delivery (the gateway's outcomes). A parked
 * delivery the gateway later re-plays successfully arrives as a newer outcome; an older outcome never overwrites a
 * newer one. The booking's own calls (antrean/add of an onsite booking, antrean/batal) are kept on the visit.
 * <p>
 * One update per outcome, on the consumer's connection: the row is locked by the update itself, and "never older"
 * is part of its condition.
 */
@ApplicationScoped
public class DeliveryOutcomeService {

    private static final String TASK = "update task_record set delivery = $2, delivery_code = $3, "
            + "delivery_message = $4, delivery_at = $5 where event_id = $1 and (delivery_at is null or delivery_at <= $5)";
    private static final String PHARMACY_NUMBER = "update visit set farmasi_delivery = $2, farmasi_delivery_code = $3, "
            + "farmasi_delivery_message = $4, farmasi_delivery_at = $5 where farmasi_event_id = $1 "
            + "and (farmasi_delivery_at is null or farmasi_delivery_at <= $5)";
    private static final String BOOKING = "update visit set booking_delivery = $2, booking_delivery_code = $3, "
            + "booking_delivery_message = $4, booking_delivery_at = $5, booking_delivery_call = $6 "
            + "where kodebooking = $1 and (booking_delivery_at is null or booking_delivery_at <= $5)";

    public Uni<Void> apply(SqlClient conn, DeliveryOutcomeEvent outcome) {
        if (outcome.sourceEventId() == null || outcome.status() == null || outcome.call() == null) {
            return Uni.createFrom().voidItem();
        }
        DeliveryState state = outcome.status() == DeliveryOutcomeEvent.Status.DELIVERED ? DeliveryState.DELIVERED
                : DeliveryState.REJECTED;
        return switch (outcome.call()) {
            case UPDATE_WAKTU -> update(conn, TASK, answer(outcome.sourceEventId(), state, outcome));
            case FARMASI_ADD -> update(conn, PHARMACY_NUMBER, answer(outcome.sourceEventId(), state, outcome));
            case ANTREAN_ADD, ANTREAN_BATAL -> outcome.kodebooking() == null ? Uni.createFrom().voidItem()
                    : update(conn, BOOKING, answer(outcome.kodebooking(), state, outcome)
                            .addString(outcome.call().name()));
        };
    }

    /** $1 the row, $2..$5 what BPJS answered and when. */
    private static Tuple answer(String row, DeliveryState state, DeliveryOutcomeEvent outcome) {
        return Tuple.of(row, state.name(), outcome.code(), outcome.message(), outcome.at());
    }

    private static Uni<Void> update(SqlClient conn, String sql, Tuple values) {
        return conn.preparedQuery(sql).execute(values).replaceWithVoid();
    }
}
