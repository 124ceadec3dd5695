package id.antreanonline.outbox;

import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Supplier;

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
 * What every Kafka consumer does with its records: read them, skip (with a log line) those unreadable or incomplete,
 * apply the rest in one transaction and retry a failed one with back-off without end. The returned Uni completes
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

    /** Panache's transaction in the service, a stand-in in unit tests. */
    interface Transaction {
        <T> Uni<T> run(Supplier<Uni<T>> work);
    }

    @Inject
    IdempotentConsumer(ObjectMapper mapper, Inbox inbox) {
        this(mapper, inbox, Panache::withTransaction);
    }

    IdempotentConsumer(ObjectMapper mapper, Inbox inbox, Transaction transaction) {
        this.mapper = mapper;
        this.inbox = inbox;
        this.transaction = transaction;
    }

    /**
     * Applies one record's event once per event id: {@code effect} runs in the transaction that records the id in
     * the {@link Inbox}, and not at all for an id already there.
     */
    public <E> Uni<Void> applyOnce(String record, IncomingEvent<E> kind, Function<E, Uni<Void>> effect) {
        return applyOnce(Collections.singletonList(record), kind, effect);
    }

    /**
     * Applies a batch (what one poll returned, in partition order) in one transaction: each readable, complete event
     * in its order, once per event id as {@link #applyOnce(String, IncomingEvent, Function)} does. One commit for the
     * poll instead of one per record; a failure retries the whole batch, which the inbox makes harmless.
     */
    public <E> Uni<Void> applyOnce(List<String> records, IncomingEvent<E> kind, Function<E, Uni<Void>> effect) {
        List<E> events = records.stream().map(r -> read(r, kind)).filter(Objects::nonNull).toList();
        if (events.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        return untilStored(() -> Multi.createFrom().iterable(events)
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
                .collect().last().replaceWithVoid(), describe(events, kind));
    }

    /**
     * Stores a batch (what one poll returned, in partition order) in one transaction: the readable, complete events,
     * in their order. {@code store} must itself drop event ids it already stored. The item is {@code store}'s,
     * after the commit (null when no record was worth storing).
     */
    public <E, R> Uni<R> storeBatch(List<String> records, IncomingEvent<E> kind, Function<List<E>, Uni<R>> store) {
        List<E> events = records.stream().map(r -> read(r, kind)).filter(Objects::nonNull).toList();
        if (events.isEmpty()) {
            return Uni.createFrom().nullItem();
        }
        // a batch's lines name one booking only when it is about one
        Supplier<Uni<R>> stored = () -> untilStored(() -> store.apply(events), describe(events, kind));
        return events.size() == 1 ? kind.logging(events.get(0), stored) : stored.get();
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

    private <E> E read(String record, IncomingEvent<E> kind) {
        E event;
        try {
            event = mapper.readValue(record, kind.type());
        } catch (JsonProcessingException e) {
            // the message quotes the record: say only where reading failed
            JsonLocation at = e.getLocation();
            LOG.warnf("skipped an unreadable %s%s", kind.name(), at == null ? ""
                    : " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")");
            return null;
        } catch (IllegalArgumentException e) {
            LOG.warnf("skipped an unreadable %s (%s)", kind.name(), e.getClass().getSimpleName());
            return null;
        }
        if (event == null || !kind.complete().test(event)) {
            LOG.warnf("skipped an incomplete %s", event == null ? kind.name() : kind.describe(event));
            return null;
        }
        return event;
    }
}
