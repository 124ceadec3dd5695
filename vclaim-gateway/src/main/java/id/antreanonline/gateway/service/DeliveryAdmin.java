package id.antreanonline.gateway.service;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;

import id.antreanonline.gateway.Delivery;
import id.antreanonline.gateway.repository.DeliveryRepository;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * What operators see and do about a receiver's deliveries: look at them, replay parked ones after fixing the cause.
 * An id of the other receiver's list is not found here.
 */
@ApplicationScoped
public class DeliveryAdmin {

    /** At most this many parked items are put back in line by one replay of them all. */
    public static final int REPLAY_ALL_LIMIT = 10_000;

    private final DeliveryRepository deliveries;
    private final Dispatcher dispatcher;
    private final Clock clock;

    DeliveryAdmin(DeliveryRepository deliveries, Dispatcher dispatcher, Clock clock) {
        this.deliveries = deliveries;
        this.dispatcher = dispatcher;
        this.clock = clock;
    }

    @WithSession
    public Uni<List<Delivery>> search(Delivery.Receiver receiver, Delivery.Status status, String key,
            LocalDate tanggal, int limit) {
        return deliveries.search(receiver, status, key, tanggal, limit);
    }

    @WithSession
    public Uni<List<DeliveryRepository.DayBacklog>> backlogByDay() {
        return deliveries.backlogByDay();
    }

    /** @return the delivery, or null when {@code receiver} has none with that id */
    @WithSession
    public Uni<Delivery> find(Delivery.Receiver receiver, long id) {
        return deliveries.findById(id).map(d -> d == null || d.receiver != receiver ? null : d);
    }

    /**
     * Puts a parked (or still pending) delivery back in line, due now. A delivered one is left alone.
     *
     * @return the delivery, or null when {@code receiver} has none with that id
     */
    public Uni<Delivery> replay(Delivery.Receiver receiver, long id) {
        return replayed(receiver, id).invoke(d -> dispatcher.wakeUp());
    }

    @WithTransaction
    Uni<Delivery> replayed(Delivery.Receiver receiver, long id) {
        return deliveries.lock(id).map(d -> {
            if (d == null || d.receiver != receiver) {
                return null;
            }
            requeue(d);
            return d;
        });
    }

    /**
     * Replays every parked delivery of a key (BPJS: the booking; SIMRS: the event's key), in their original order.
     *
     * @return all the key's deliveries, in order
     */
    public Uni<List<Delivery>> replayBooking(Delivery.Receiver receiver, String key) {
        return replayedKey(receiver, key).invoke(list -> dispatcher.wakeUp());
    }

    @WithTransaction
    Uni<List<Delivery>> replayedKey(Delivery.Receiver receiver, String key) {
        return deliveries.lockOfKey(receiver, key).invoke(list -> list.stream()
                .filter(d -> d.status == Delivery.Status.PARKED)
                .forEach(this::requeue));
    }

    /** Replays every parked delivery of the receiver (up to {@link #REPLAY_ALL_LIMIT}), in their original order. */
    public Uni<List<Delivery>> replayAllParked(Delivery.Receiver receiver) {
        return replayedAll(receiver).invoke(list -> dispatcher.wakeUp());
    }

    @WithTransaction
    Uni<List<Delivery>> replayedAll(Delivery.Receiver receiver) {
        return deliveries.lockParked(receiver, REPLAY_ALL_LIMIT).invoke(list -> list.forEach(this::requeue));
    }

    /** Replays the parked deliveries among {@code ids} (the operator's selection), in their original order. */
    public Uni<List<Delivery>> replaySelection(Delivery.Receiver receiver, List<Long> ids) {
        return replayed(() -> deliveries.lockParked(receiver, ids));
    }

    /** Replays the parked deliveries of a visit date (up to {@link #REPLAY_ALL_LIMIT}), in their original order. */
    public Uni<List<Delivery>> replayDay(Delivery.Receiver receiver, LocalDate tanggal) {
        return replayed(() -> deliveries.lockParked(receiver, tanggal, REPLAY_ALL_LIMIT));
    }

    private Uni<List<Delivery>> replayed(Supplier<Uni<List<Delivery>>> locked) {
        return Panache.withTransaction(() -> locked.get().invoke(list -> list.forEach(this::requeue)))
                .invoke(list -> dispatcher.wakeUp());
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
