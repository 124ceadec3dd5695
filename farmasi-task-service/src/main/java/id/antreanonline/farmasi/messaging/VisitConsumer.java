package id.antreanonline.farmasi.messaging;

import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import id.antreanonline.farmasi.service.VisitService;
import id.antreanonline.outbox.IdempotentConsumer;
import id.antreanonline.outbox.IncomingEvent;
import id.antreanonline.shared.event.VisitEvent;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * antrean.visits (the bookings as the stations need them, without NIK, card number or phone): each event applied
 * once, the offset committed only after the effect is stored. A poll is one transaction on the reactive pool, the
 * inbox on the same connection (every booking and check-in passes here: a hot path). New bookings next to each other
 * in a poll open their visits in one statement; check-ins and cancellations are applied one by one between them.
 */
@ApplicationScoped
public class VisitConsumer {

    private static final IncomingEvent<VisitEvent> VISITS = IncomingEvent
            .of(VisitEvent.class, "visit event", VisitEvent::eventId, VisitEvent::kodebooking)
            .requiring(e -> e.kind() != null && e.kodebooking() != null);

    private final IdempotentConsumer consumer;
    private final VisitService visits;

    VisitConsumer(IdempotentConsumer consumer, VisitService visits) {
        this.consumer = consumer;
        this.visits = visits;
    }

    @Incoming("visits")
    public Uni<Void> consume(ConsumerRecords<String, String> records) {
        return consumer.applyOnceOnPool(records, VISITS, visits::apply, visits::opensOnly, visits::openAll);
    }
}
