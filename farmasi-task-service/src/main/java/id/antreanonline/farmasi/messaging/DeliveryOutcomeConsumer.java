package id.antreanonline.farmasi.messaging;

import java.time.Duration;

import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.ObjectMapper;

import id.antreanonline.farmasi.service.DeliveryOutcomeService;
import id.antreanonline.outbox.Inbox;
import id.antreanonline.shared.event.DeliveryOutcomeEvent;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/** antrean.delivery-outcomes: what BPJS answered to each task and pharmacy number, for the timeline. */
@ApplicationScoped
public class DeliveryOutcomeConsumer {

    private static final Logger LOG = Logger.getLogger(DeliveryOutcomeConsumer.class);

    private final ObjectMapper mapper;
    private final Inbox inbox;
    private final DeliveryOutcomeService outcomes;

    DeliveryOutcomeConsumer(ObjectMapper mapper, Inbox inbox, DeliveryOutcomeService outcomes) {
        this.mapper = mapper;
        this.inbox = inbox;
        this.outcomes = outcomes;
    }

    @Incoming("outcomes")
    public Uni<Void> consume(String payload) {
        DeliveryOutcomeEvent event;
        try {
            event = mapper.readValue(payload, DeliveryOutcomeEvent.class);
        } catch (Exception e) {
            LOG.warn("unparseable delivery outcome skipped");
            return Uni.createFrom().voidItem();
        }
        if (event == null || event.eventId() == null) {
            LOG.warn("delivery outcome without eventId skipped");
            return Uni.createFrom().voidItem();
        }
        return Uni.createFrom().deferred(() -> Panache.withTransaction(() -> inbox.firstDelivery(event.eventId())
                .chain(first -> first ? outcomes.apply(event) : Uni.createFrom().voidItem())))
                .onFailure().invoke(e -> LOG.warnf("delivery outcome %s not stored yet, retrying: %s",
                        event.eventId(), e.toString()))
                .onFailure().retry().withBackOff(Duration.ofMillis(200), Duration.ofSeconds(10)).indefinitely();
    }
}
