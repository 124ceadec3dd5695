package id.antreanonline.antrean.messaging;

import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import id.antreanonline.antrean.service.QueueLedger;
import id.antreanonline.outbox.IdempotentConsumer;
import id.antreanonline.outbox.IncomingEvent;
import id.antreanonline.shared.event.TaskEvent;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Task transitions from farmasi-task-service: task 4 makes the booking the last one called, 5 and 99 take it out of
 * sisaantrean. Applied once per event id; a database failure is retried until the effect is stored. After the start's
 * booking catch-up only, so that a task of a booking the catch-up gives back finds it.
 */
@ApplicationScoped
public class TaskConsumer {

    private static final IncomingEvent<TaskEvent> TASKS = IncomingEvent.of(TaskEvent.class, "task event",
            TaskEvent::eventId, TaskEvent::kodebooking);

    private final QueueLedger ledger;
    private final IdempotentConsumer consumer;
    private final CatchUpOnStart catchUp;

    TaskConsumer(QueueLedger ledger, IdempotentConsumer consumer, CatchUpOnStart catchUp) {
        this.ledger = ledger;
        this.consumer = consumer;
        this.catchUp = catchUp;
    }

    @Incoming("tasks")
    public Uni<Void> onTask(ConsumerRecords<String, String> records) {
        return catchUp.finished().chain(() -> consumer.applyOnceOnPool(records, TASKS, ledger::applyTask));
    }
}
