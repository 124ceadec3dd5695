package id.antreanonline.gateway.messaging;

import java.time.Duration;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;

import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import id.antreanonline.gateway.service.DeliveryIntake;
import id.antreanonline.gateway.service.Dispatcher;
import id.antreanonline.shared.event.BookingEvent;
import id.antreanonline.shared.event.TaskEvent;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Stores every booking and task event as a delivery before its offset is committed (the returned Uni completes only
 * after the transaction did; a failure to store is retried without end, so nothing is skipped). Records come in
 * batches (what one poll returned, in partition order) and a batch is stored in one transaction, in its order.
 * Storing is idempotent on the event id: a redelivered record changes nothing.
 */
@ApplicationScoped
public class DeliveryConsumers {

    private static final Logger LOG = Logger.getLogger(DeliveryConsumers.class);

    private final DeliveryIntake intake;
    private final Dispatcher dispatcher;
    private final ObjectMapper mapper;

    DeliveryConsumers(DeliveryIntake intake, Dispatcher dispatcher, ObjectMapper mapper) {
        this.intake = intake;
        this.dispatcher = dispatcher;
        this.mapper = mapper;
    }

    @Incoming("bookings")
    public Uni<Void> onBookings(List<String> payloads) {
        return store(payloads, BookingEvent.class,
                e -> e.eventId() != null && e.kodebooking() != null && e.kind() != null, intake::bookings);
    }

    @Incoming("tasks")
    public Uni<Void> onTasks(List<String> payloads) {
        return store(payloads, TaskEvent.class,
                e -> e.eventId() != null && e.kodebooking() != null && e.kind() != null, intake::tasks);
    }

    /** The readable, complete events of a batch, stored together; unreadable or incomplete records are skipped. */
    private <E> Uni<Void> store(List<String> payloads, Class<E> type, Predicate<E> complete,
            Function<List<E>, Uni<Boolean>> intake) {
        List<E> events = payloads.stream().map(p -> parse(p, type)).filter(e -> e != null && complete.test(e))
                .toList();
        return events.isEmpty() ? Uni.createFrom().voidItem()
                : stored(Uni.createFrom().deferred(() -> intake.apply(events)));
    }

    private Uni<Void> stored(Uni<Boolean> store) {
        return store
                .onFailure().invoke(e -> LOG.warnf("cannot store a delivery yet, retrying: %s", e.getMessage()))
                .onFailure().retry().withBackOff(Duration.ofMillis(200), Duration.ofSeconds(10)).indefinitely()
                .invoke(stored -> {
                    if (stored) {
                        dispatcher.wakeUp();
                    }
                })
                .replaceWithVoid();
    }

    private <T> T parse(String payload, Class<T> type) {
        try {
            return mapper.readValue(payload, type);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            // the payload may hold personal data: say only where it failed
            LOG.warnf("skipping an unreadable %s record: %s", type.getSimpleName(),
                    e instanceof JsonProcessingException j && j.getLocation() != null
                            ? "at line " + j.getLocation().getLineNr() + " column " + j.getLocation().getColumnNr()
                            : e.getClass().getSimpleName());
            return null;
        }
    }
}
