package id.antreanonline.gateway.service;

import java.time.Clock;
import java.util.List;

import id.antreanonline.gateway.Delivery;
import id.antreanonline.gateway.repository.DeliveryRepository;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/** What operators see and do about deliveries: look at them, replay parked ones after fixing the cause. */
@ApplicationScoped
public class DeliveryAdmin {

    private final DeliveryRepository deliveries;
    private final Dispatcher dispatcher;
    private final Clock clock;

    DeliveryAdmin(DeliveryRepository deliveries, Dispatcher dispatcher, Clock clock) {
        this.deliveries = deliveries;
        this.dispatcher = dispatcher;
        this.clock = clock;
    }

    @WithSession
    public Uni<List<Delivery>> search(Delivery.Status status, String kodebooking, int limit) {
        return deliveries.search(status, kodebooking, limit);
    }

    @WithSession
    public Uni<Delivery> find(long id) {
        return deliveries.findById(id);
    }

    /**
     * Puts a parked (or still pending) delivery back in line, due now. A delivered one is left alone.
     *
     * @return the delivery, or null when there is none with that id
     */
    public Uni<Delivery> replay(long id) {
        return replayed(id).invoke(d -> dispatcher.wakeUp());
    }

    @WithTransaction
    Uni<Delivery> replayed(long id) {
        return deliveries.lock(id).invoke(d -> {
            if (d != null) {
                requeue(d);
            }
        });
    }

    /** Replays every parked delivery of a booking, in their original order. */
    public Uni<List<Delivery>> replayBooking(String kodebooking) {
        return replayedBooking(kodebooking).invoke(list -> dispatcher.wakeUp());
    }

    @WithTransaction
    Uni<List<Delivery>> replayedBooking(String kodebooking) {
        return deliveries.lockOfBooking(kodebooking).invoke(list -> list.stream()
                .filter(d -> d.status == Delivery.Status.PARKED)
                .forEach(this::requeue));
    }

    void requeue(Delivery d) {
        if (d.status == Delivery.Status.DELIVERED) {
            return;
        }
        d.status = Delivery.Status.PENDING;
        d.attempts = 0;
        d.nextAttemptAt = clock.instant();
        d.finishedAt = null;
    }
}
