package id.antreanonline.gateway.messaging;

import java.util.List;
import java.util.function.Function;

import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import id.antreanonline.gateway.config.SimrsWebhookConfig;
import id.antreanonline.gateway.service.DeliveryIntake;
import id.antreanonline.gateway.service.Dispatcher;
import id.antreanonline.outbox.IdempotentConsumer;
import id.antreanonline.outbox.IncomingEvent;
import id.antreanonline.outbox.Traced;
import id.antreanonline.shared.event.BookingEvent;
import id.antreanonline.shared.event.DeliveryOutcomeEvent;
import id.antreanonline.shared.event.PatientEvent;
import id.antreanonline.shared.event.TaskEvent;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Stores every booking and task event as a delivery (and, for the SIMRS's webhook, every patient event and BPJS
 * delivery outcome too) before its offset is committed (the returned Uni completes only
 * after the statement did; a failure to store is retried without end, so nothing is skipped). Records come in
 * batches (what one poll returned, in partition order) and a batch is stored in one statement, in its order.
 * Storing is idempotent on the event id: a redelivered record changes nothing. Each delivery keeps the trace context
 * of its event's record, so the call that delivers it continues the trace.
 */
@ApplicationScoped
public class DeliveryConsumers {

    private static final IncomingEvent<BookingEvent> BOOKINGS = IncomingEvent
            .of(BookingEvent.class, "booking event", BookingEvent::eventId, BookingEvent::kodebooking)
            .requiring(e -> e.kodebooking() != null && e.kind() != null);
    private static final IncomingEvent<TaskEvent> TASKS = IncomingEvent
            .of(TaskEvent.class, "task event", TaskEvent::eventId, TaskEvent::kodebooking)
            .requiring(e -> e.kodebooking() != null && e.kind() != null);
    /** A log line names a patient event by its id only: its key, the norm, identifies the patient. */
    private static final IncomingEvent<PatientEvent> PATIENTS = IncomingEvent
            .of(PatientEvent.class, "patient event", PatientEvent::eventId, e -> null)
            .requiring(e -> e.norm() != null && e.kind() != null);
    private static final IncomingEvent<DeliveryOutcomeEvent> OUTCOMES = IncomingEvent
            .of(DeliveryOutcomeEvent.class, "delivery outcome", DeliveryOutcomeEvent::eventId,
                    DeliveryOutcomeEvent::kodebooking)
            .requiring(e -> e.kodebooking() != null && e.status() != null);

    private final IdempotentConsumer consumer;
    private final DeliveryIntake intake;
    private final Dispatcher dispatcher;
    private final SimrsWebhookConfig simrs;

    DeliveryConsumers(IdempotentConsumer consumer, DeliveryIntake intake, Dispatcher dispatcher,
            SimrsWebhookConfig simrs) {
        this.simrs = simrs;
        this.consumer = consumer;
        this.intake = intake;
        this.dispatcher = dispatcher;
    }

    @Incoming("bookings")
    public Uni<Void> onBookings(ConsumerRecords<String, String> records) {
        return consumer.storeTracedBatchAtomically(records, BOOKINGS, intake::bookings)
                .invoke(this::wakeIfStored).replaceWithVoid();
    }

    @Incoming("tasks")
    public Uni<Void> onTasks(ConsumerRecords<String, String> records) {
        return consumer.storeTracedBatchAtomically(records, TASKS, intake::tasks)
                .invoke(this::wakeIfStored).replaceWithVoid();
    }

    @Incoming("patients")
    public Uni<Void> onPatients(ConsumerRecords<String, String> records) {
        return webhookOnly(records, PATIENTS, intake::patients);
    }

    @Incoming("delivery-outcomes")
    public Uni<Void> onOutcomes(ConsumerRecords<String, String> records) {
        return webhookOnly(records, OUTCOMES, intake::outcomes);
    }

    /**
     * Patients and BPJS's outcomes are stored only for the SIMRS's webhook: while it is off they are passed over
     * unread (nothing of them would be stored), which spares the gateway reading back every outcome it published.
     */
    private <E> Uni<Void> webhookOnly(ConsumerRecords<String, String> records, IncomingEvent<E> kind,
            Function<List<Traced<E>>, Uni<Boolean>> store) {
        if (!simrs.enabled()) {
            return Uni.createFrom().voidItem();
        }
        return consumer.storeTracedBatchAtomically(records, kind, store).invoke(this::wakeIfStored).replaceWithVoid();
    }

    /** After the commit: a sender woken earlier would not see the new rows yet. */
    private void wakeIfStored(Boolean stored) {
        if (Boolean.TRUE.equals(stored)) {
            dispatcher.wakeUp();
        }
    }
}
