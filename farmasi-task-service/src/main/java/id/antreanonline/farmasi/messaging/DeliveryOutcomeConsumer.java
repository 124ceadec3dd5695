package id.antreanonline.farmasi.messaging;

import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import id.antreanonline.farmasi.service.DeliveryOutcomeService;
import id.antreanonline.outbox.IdempotentConsumer;
import id.antreanonline.outbox.IncomingEvent;
import id.antreanonline.shared.event.DeliveryOutcomeEvent;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/** antrean.delivery-outcomes: what BPJS answered to each task and pharmacy number, for the timeline. */
@ApplicationScoped
public class DeliveryOutcomeConsumer {

    private static final IncomingEvent<DeliveryOutcomeEvent> OUTCOMES = IncomingEvent.of(DeliveryOutcomeEvent.class,
            "delivery outcome", DeliveryOutcomeEvent::eventId, DeliveryOutcomeEvent::kodebooking);

    private final IdempotentConsumer consumer;
    private final DeliveryOutcomeService outcomes;

    DeliveryOutcomeConsumer(IdempotentConsumer consumer, DeliveryOutcomeService outcomes) {
        this.consumer = consumer;
        this.outcomes = outcomes;
    }

    @Incoming("outcomes")
    public Uni<Void> consume(ConsumerRecords<String, String> records) {
        return consumer.applyOnceOnPool(records, OUTCOMES, outcomes::apply);
    }
}
