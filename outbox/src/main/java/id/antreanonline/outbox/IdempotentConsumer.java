package id.antreanonline.outbox;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.jboss.logging.Logger;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * What every Kafka consumer does with its records: read them, send those unreadable or incomplete to their topic's
 * dead-letter topic with the reason ({@link DeadLetters}), apply the rest in one transaction and retry a failed one
 * with back-off without end. The returned Uni completes
 * only after the effect was committed, so the offset is committed only then and nothing is lost. Log lines name the
 * event id and kodebooking, never a payload or an exception's message (either may carry personal data).
 */
@ApplicationScoped
public class IdempotentConsumer {

    private static final Logger LOG = Logger.getLogger(IdempotentConsumer.class);
    private static final Duration FIRST_RETRY = Duration.ofMillis(200);
    private static final Duration LAST_RETRY = Duration.ofSeconds(10);

    private final ObjectMapper mapper;
    private final Inbox inbox;
    private final Transaction transaction;
    private final DeadLetterSink deadLetters;

    /** Panache's transaction in the service, a stand-in in unit tests. */
    interface Transaction {
        <T> Uni<T> run(Supplier<Uni<T>> work);
    }

    /** Where rejected records go ({@link DeadLetters}); completes once they are stored. */
    public interface DeadLetterSink {
        Uni<Void> store(List<Rejected> rejected);
    }

    /** A record no consumer can apply, and why, in words that quote nothing of it. */
    public record Rejected(ConsumerRecord<String, String> record, String reason) {
    }

    @Inject
    IdempotentConsumer(ObjectMapper mapper, Inbox inbox, DeadLetters deadLetters) {
        this(mapper, inbox, Panache::withTransaction, deadLetters);
    }

    IdempotentConsumer(ObjectMapper mapper, Inbox inbox, Transaction transaction, DeadLetterSink deadLetters) {
        this.mapper = mapper;
        this.inbox = inbox;
        this.transaction = transaction;
        this.deadLetters = deadLetters;
    }

    /** What one poll brought: the events to apply, in order, and the records rejected. */
    private record Batch<E>(List<E> events, List<Rejected> rejected) {
    }

    /**
     * Applies a batch (what one poll returned, in partition order) in one transaction: each readable, complete event
     * in its order, once per event id: {@code effect} runs in the transaction that records the id in the
     * {@link Inbox}, and not at all for an id already there. One commit for the poll instead of one per record; a
     * failure retries the whole batch, which the inbox makes harmless. The rest go to the dead-letter topic first.
     */
    public <E> Uni<Void> applyOnce(ConsumerRecords<String, String> records, IncomingEvent<E> kind,
            Function<E, Uni<Void>> effect) {
        return applyOnce(list(records), kind, effect);
    }

    <E> Uni<Void> applyOnce(List<ConsumerRecord<String, String>> records, IncomingEvent<E> kind,
            Function<E, Uni<Void>> effect) {
        Batch<E> batch = read(records, kind);
        List<E> events = batch.events();
        return deadLetters.store(batch.rejected()).chain(() -> events.isEmpty() ? Uni.createFrom().voidItem()
                : untilStored(() -> Multi.createFrom().iterable(events)
                        .onItem().transformToUniAndConcatenate(event -> kind.logging(event, () -> inbox
                                .firstDelivery(kind.eventId().apply(event))
                                .chain(first -> {
                                    if (!first) {
                                        LOG.debugf("%s already applied", kind.describe(event));
                                        return Uni.createFrom().voidItem();
                                    }
                                    return effect.apply(event)
                                            .invoke(() -> LOG.debugf("%s applied", kind.describe(event)));
                                })))
                        .collect().last().replaceWithVoid(), describe(events, kind)));
    }

    /**
     * Stores a batch (what one poll returned, in partition order) in one transaction: the readable, complete events,
     * in their order; the rest go to the dead-letter topic first. {@code store} must itself drop event ids it already
     * stored. The item is {@code store}'s, after the commit (null when no record was worth storing).
     */
    public <E, R> Uni<R> storeBatch(ConsumerRecords<String, String> records, IncomingEvent<E> kind,
            Function<List<E>, Uni<R>> store) {
        return storeBatch(list(records), kind, store);
    }

    <E, R> Uni<R> storeBatch(List<ConsumerRecord<String, String>> records, IncomingEvent<E> kind,
            Function<List<E>, Uni<R>> store) {
        Batch<E> batch = read(records, kind);
        List<E> events = batch.events();
        return deadLetters.store(batch.rejected()).chain(() -> {
            if (events.isEmpty()) {
                return Uni.createFrom().<R> nullItem();
            }
            // a batch's lines name one booking only when it is about one
            Supplier<Uni<R>> stored = () -> untilStored(() -> store.apply(events), describe(events, kind));
            return events.size() == 1 ? kind.logging(events.get(0), stored) : stored.get();
        });
    }

    private static List<ConsumerRecord<String, String>> list(ConsumerRecords<String, String> records) {
        List<ConsumerRecord<String, String>> list = new ArrayList<>(records.count());
        records.forEach(list::add);
        return list;
    }

    private static <E> String describe(List<E> events, IncomingEvent<E> kind) {
        return events.size() == 1 ? kind.describe(events.get(0))
                : "a batch of " + events.size() + " from " + kind.describe(events.get(0));
    }

    /** Deferred: each attempt builds its transaction anew (a session and context found at that moment). */
    private <T> Uni<T> untilStored(Supplier<Uni<T>> work, String what) {
        return Uni.createFrom().deferred(() -> transaction.run(work))
                .onFailure().invoke(e -> LOG.warnf("%s not stored yet, retrying: %s", what, Failures.typeOf(e)))
                .onFailure().retry().withBackOff(FIRST_RETRY, LAST_RETRY).indefinitely();
    }

    private <E> Batch<E> read(List<ConsumerRecord<String, String>> records, IncomingEvent<E> kind) {
        List<E> events = new ArrayList<>(records.size());
        List<Rejected> rejected = new ArrayList<>();
        for (ConsumerRecord<String, String> record : records) {
            String why = null;
            E event = null;
            try {
                event = record.value() == null ? null : mapper.readValue(record.value(), kind.type());
            } catch (JsonProcessingException e) {
                // the message quotes the record: say only where reading failed
                JsonLocation at = e.getLocation();
                why = "unreadable " + kind.name() + (at == null ? ""
                        : " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")");
            } catch (IllegalArgumentException e) {
                why = "unreadable " + kind.name() + " (" + e.getClass().getSimpleName() + ")";
            }
            if (why == null && (event == null || !kind.complete().test(event))) {
                why = "incomplete " + (event == null ? kind.name() : kind.describe(event));
            }
            if (why == null) {
                events.add(event);
            } else {
                LOG.warnf("skipped an %s", why);
                rejected.add(new Rejected(record, why));
            }
        }
        return new Batch<>(events, rejected);
    }
}
