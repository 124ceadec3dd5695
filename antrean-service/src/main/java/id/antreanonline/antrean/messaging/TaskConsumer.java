package id.antreanonline.antrean.messaging;

import java.time.Duration;

import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.ObjectMapper;

import id.antreanonline.antrean.service.QueueLedger;
import id.antreanonline.outbox.Inbox;
import id.antreanonline.shared.event.TaskEvent;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Task transitions from farmasi-task-service: task 4 makes the booking the last one called, 5 and 99 take it out of
 * sisaantrean. Applied once per event id (Inbox); a database failure is retried until the effect is stored.
 */
@ApplicationScoped
public class TaskConsumer {

    private static final Logger LOG = Logger.getLogger(TaskConsumer.class);

    private final QueueLedger ledger;
    private final Inbox inbox;
    private final ObjectMapper mapper;

    TaskConsumer(QueueLedger ledger, Inbox inbox, ObjectMapper mapper) {
        this.ledger = ledger;
        this.inbox = inbox;
        this.mapper = mapper;
    }

    @Incoming("tasks")
    public Uni<Void> onTask(String payload) {
        TaskEvent event;
        try {
            event = mapper.readValue(payload, TaskEvent.class);
        } catch (Exception e) {
            LOG.warnf("skipped an unreadable task event (%d characters)", payload == null ? 0 : payload.length());
            return Uni.createFrom().voidItem();
        }
        if (event == null || event.eventId() == null) {
            LOG.warn("skipped a task event without eventId");
            return Uni.createFrom().voidItem();
        }
        return Panache.withTransaction(() -> inbox.firstDelivery(event.eventId())
                .chain(first -> first ? ledger.applyTask(event) : Uni.createFrom().voidItem()))
                .onFailure().invoke(e -> LOG.warnf("task event %s not applied yet, retrying: %s", event.eventId(),
                        e.getClass().getSimpleName()))
                .onFailure().retry().withBackOff(Duration.ofMillis(200), Duration.ofSeconds(10)).indefinitely();
    }
}
