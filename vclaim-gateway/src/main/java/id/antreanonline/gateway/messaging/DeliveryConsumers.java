package id.antreanonline.gateway.messaging;

import java.time.Duration;

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
 * after the transaction did; a failure to store is retried without end, so nothing is skipped). Storing is
 * idempotent on the event id: a redelivered record changes nothing.
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
    public Uni<Void> onBooking(String payload) {
        BookingEvent event = parse(payload, BookingEvent.class);
        if (event == null || event.eventId() == null || event.kodebooking() == null || event.kind() == null) {
            return Uni.createFrom().voidItem();
        }
        return stored(Uni.createFrom().deferred(() -> intake.booking(event)));
    }

    @Incoming("tasks")
    public Uni<Void> onTask(String payload) {
        TaskEvent event = parse(payload, TaskEvent.class);
        if (event == null || event.eventId() == null || event.kodebooking() == null || event.kind() == null) {
            return Uni.createFrom().voidItem();
        }
        return stored(Uni.createFrom().deferred(() -> intake.task(event)));
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
