package id.antreanonline.antrean.messaging;

import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import id.antreanonline.antrean.repository.PatientDirectory;
import id.antreanonline.outbox.IdempotentConsumer;
import id.antreanonline.outbox.IncomingEvent;
import id.antreanonline.outbox.Traced;
import id.antreanonline.shared.event.PatientEvent;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Keeps the read model of patients current from {@code pasien.patients}, so that a booking finds its patient without
 * calling pasien-service. A poll's records are stored in one statement before their offsets are committed; storing
 * is an upsert by norm that an older event cannot undo, so a redelivered record changes nothing.
 */
@ApplicationScoped
public class PatientConsumer {

    // the norm is the event's key; no log line names it (nor the card number or NIK it carries)
    private static final IncomingEvent<PatientEvent> PATIENTS = IncomingEvent
            .of(PatientEvent.class, "patient event", PatientEvent::eventId, e -> null)
            .requiring(e -> e.norm() != null && !e.norm().isBlank() && e.norm().length() <= 30);

    private final IdempotentConsumer consumer;
    private final PatientDirectory directory;

    PatientConsumer(IdempotentConsumer consumer, PatientDirectory directory) {
        this.consumer = consumer;
        this.directory = directory;
    }

    @Incoming("patients")
    public Uni<Void> onPatients(ConsumerRecords<String, String> records) {
        return consumer.storeTracedBatchAtomically(records, PATIENTS, traced -> directory.remember(Traced.events(traced)))
                .replaceWithVoid();
    }
}
