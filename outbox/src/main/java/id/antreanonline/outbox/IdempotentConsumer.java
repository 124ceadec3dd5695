package id.antreanonline.outbox;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.common.header.Header;
import org.jboss.logging.Logger;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.api.trace.SpanKind;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.SqlConnection;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * What every Kafka consumer does with its records: read them, send those unreadable or incomplete to their topic's
 * dead-letter topic with the reason ({@link DeadLetters}), apply the rest in one transaction and retry a failed one
 * with back-off without end. The returned Uni completes
 * only after the effect was committed, so the offset is committed only then and nothing is lost. Log lines name the
 * event id and kodebooking, never a payload or an exception's message (either may carry personal data). A record
 * whose {@code traceparent} header names a trace is applied in a consumer span of that trace, current while the
 * effect runs, so the events it writes to the outbox continue the trace; a record without one starts none.
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
    private final Tracing tracing;
    private final Pool pool;

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
    IdempotentConsumer(ObjectMapper mapper, Inbox inbox, DeadLetters deadLetters, Tracing tracing, Pool pool) {
        this(mapper, inbox, Panache::withTransaction, deadLetters, tracing, pool);
    }

    /** Without a pool: {@link #applyOnceOnPool} cannot be used (unit tests). */
    IdempotentConsumer(ObjectMapper mapper, Inbox inbox, Transaction transaction, DeadLetterSink deadLetters,
            Tracing tracing) {
        this(mapper, inbox, transaction, deadLetters, tracing, null);
    }

    private IdempotentConsumer(ObjectMapper mapper, Inbox inbox, Transaction transaction, DeadLetterSink deadLetters,
            Tracing tracing, Pool pool) {
        this.mapper = mapper;
        this.inbox = inbox;
        this.transaction = transaction;
        this.deadLetters = deadLetters;
        this.tracing = tracing;
        this.pool = pool;
    }

    /** What one poll brought: the events to apply, in order, each with its record's trace context, and the rejected. */
    private record Batch<E>(List<Traced<E>> events, List<Rejected> rejected) {
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
        return applyingOnce(records, kind, events -> transaction.run(() -> applyEach(events, kind, effect)));
    }

    /**
     * The same on the reactive pool instead of a Hibernate session, for a consumer whose effect writes by SQL: the
     * poll's transaction is one of {@code pool}'s connections, the inbox learns the poll's ids in one statement on it,
     * and {@code effect} gets that connection for its own statements.
     */
    public <E> Uni<Void> applyOnceOnPool(ConsumerRecords<String, String> records, IncomingEvent<E> kind,
            BiFunction<SqlConnection, E, Uni<Void>> effect) {
        return applyOnceOnPool(records, kind, effect, event -> false, (connection, run) -> {
            throw new IllegalStateException("no event joins a run");
        });
    }

    /**
     * The same, with runs: neighbours in the poll that {@code joins} accepts are applied by one call of
     * {@code together} (one statement for many, say), the others one by one by {@code effect}, all in the poll's
     * order. An event already applied is left out and does not break a run. Each event of a run still gets its
     * consumer span, not current while {@code together} runs (so a run must not write events that continue a trace),
     * and log lines name the booking only when the run is of one event.
     */
    public <E> Uni<Void> applyOnceOnPool(ConsumerRecords<String, String> records, IncomingEvent<E> kind,
            BiFunction<SqlConnection, E, Uni<Void>> effect, Predicate<E> joins,
            BiFunction<SqlConnection, List<E>, Uni<Void>> together) {
        return applyingOnce(list(records), kind, events -> pool.withTransaction(connection -> inbox
                .firstDeliveries(connection, events.stream().map(t -> kind.eventId().apply(t.event())).toList())
                .chain(fresh -> Multi.createFrom().iterable(runs(events, kind, fresh, joins))
                        .onItem().transformToUniAndConcatenate(run -> run.joined()
                                ? consumingTogether(kind, run.events(),
                                        () -> together.apply(connection, Traced.events(run.events())))
                                : consuming(kind, run.events().get(0), () -> {
                                    E event = run.events().get(0).event();
                                    return effect.apply(connection, event)
                                            .invoke(() -> LOG.debugf("%s applied", kind.describe(event)));
                                }))
                        .collect().last().replaceWithVoid())));
    }

    /** Events applied by one call: several that joined, or one alone. */
    record Run<E>(boolean joined, List<Traced<E>> events) {
    }

    /**
     * The events not applied before ({@code fresh}, emptied on the way so an id twice in a poll counts once), in their
     * order: each alone, except neighbours {@code joins} accepts, which make one run.
     */
    static <E> List<Run<E>> runs(List<Traced<E>> events, IncomingEvent<E> kind, Set<String> fresh,
            Predicate<E> joins) {
        List<Run<E>> runs = new ArrayList<>();
        Run<E> run = null;
        for (Traced<E> traced : events) {
            E event = traced.event();
            if (!fresh.remove(kind.eventId().apply(event))) {
                LOG.debugf("%s already applied", kind.describe(event));
            } else if (!joins.test(event)) {
                runs.add(new Run<>(false, List.of(traced)));
                run = null;
            } else if (run != null) {
                run.events().add(traced);
            } else {
                run = new Run<>(true, new ArrayList<>(List.of(traced)));
                runs.add(run);
            }
        }
        return runs;
    }

    /** A run's work, its events' consumer spans ended after it; the booking's log fields when it is of one. */
    private <E> Uni<Void> consumingTogether(IncomingEvent<E> kind, List<Traced<E>> run, Supplier<Uni<Void>> work) {
        List<Span> spans = startSpans(kind, run);
        Supplier<Uni<Void>> logged = () -> work.get()
                .invoke(() -> LOG.debugf("%s applied", describe(Traced.events(run), kind)));
        SpanContext first = spans.get(0).getSpanContext();
        Uni<Void> done = run.size() == 1
                ? kind.logging(run.get(0).event(), first.isValid() ? first.getTraceId() : null, logged)
                : logged.get();
        return done.onItemOrFailure().invoke((item, failure) -> spans.forEach(s -> Tracing.end(s, failure)));
    }

    /** A consumer span, started now, for each event whose record carried a trace; an invalid one for the others. */
    private <E> List<Span> startSpans(IncomingEvent<E> kind, List<Traced<E>> events) {
        List<Span> spans = new ArrayList<>(events.size());
        for (Traced<E> traced : events) {
            Span span = traced.traceparent() == null ? Span.getInvalid()
                    : tracing.start("consume " + kind.name(), SpanKind.CONSUMER,
                            Tracing.parentOf(traced.traceparent()));
            span.setAttribute(Tracing.EVENT_ID, kind.eventId().apply(traced.event()));
            spans.add(span);
        }
        return spans;
    }

    /** Reads a poll, sends the unreadable to the dead-letter topic, then runs {@code attempt} until it commits. */
    private <E> Uni<Void> applyingOnce(List<ConsumerRecord<String, String>> records, IncomingEvent<E> kind,
            Function<List<Traced<E>>, Uni<Void>> attempt) {
        Batch<E> batch = read(records, kind);
        List<Traced<E>> events = batch.events();
        return deadLetters.store(batch.rejected()).chain(() -> events.isEmpty() ? Uni.createFrom().voidItem()
                : untilStored(() -> attempt.apply(events), describe(Traced.events(events), kind)));
    }

    /** Each event in its order, its effect only when the {@link Inbox} has not seen its id; inside a transaction. */
    private <E> Uni<Void> applyEach(List<Traced<E>> events, IncomingEvent<E> kind, Function<E, Uni<Void>> effect) {
        return Multi.createFrom().iterable(events)
                .onItem().transformToUniAndConcatenate(traced -> consuming(kind, traced, () -> {
                    E event = traced.event();
                    return inbox.firstDelivery(kind.eventId().apply(event)).chain(first -> {
                        if (!first) {
                            LOG.debugf("%s already applied", kind.describe(event));
                            return Uni.createFrom().voidItem();
                        }
                        return effect.apply(event).invoke(() -> LOG.debugf("%s applied", kind.describe(event)));
                    });
                }))
                .collect().last().replaceWithVoid();
    }

    /** One event's work in its consumer span (when its record carried a trace) and with its booking's log fields. */
    private <E, T> Uni<T> consuming(IncomingEvent<E> kind, Traced<E> traced, Supplier<Uni<T>> work) {
        if (traced.traceparent() == null) {
            return kind.logging(traced.event(), null, work);
        }
        return tracing.within("consume " + kind.name(), SpanKind.CONSUMER, traced.traceparent(), span -> {
            span.setAttribute(Tracing.EVENT_ID, kind.eventId().apply(traced.event()));
            return kind.logging(traced.event(), span.getSpanContext().getTraceId(), work);
        });
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
        return storeTracedBatch(records, kind, traced -> store.apply(Traced.events(traced)));
    }

    /**
     * The same, for a store that keeps each event's trace context ({@link Traced}): each event with a trace gets a
     * consumer span of its own, ended after the commit, whose {@code traceparent} is the one handed to the store.
     */
    public <E, R> Uni<R> storeTracedBatch(ConsumerRecords<String, String> records, IncomingEvent<E> kind,
            Function<List<Traced<E>>, Uni<R>> store) {
        return storeTracedBatch(list(records), kind, store);
    }

    <E, R> Uni<R> storeTracedBatch(List<ConsumerRecord<String, String>> records, IncomingEvent<E> kind,
            Function<List<Traced<E>>, Uni<R>> store) {
        return storeTracedBatch(records, kind, store, true);
    }

    /**
     * The same, for a store that is atomic by itself (one statement on the pool, or a transaction of its own): no
     * session or transaction is opened around it, which spares a poll its BEGIN and COMMIT.
     */
    public <E, R> Uni<R> storeTracedBatchAtomically(ConsumerRecords<String, String> records, IncomingEvent<E> kind,
            Function<List<Traced<E>>, Uni<R>> store) {
        return storeTracedBatch(list(records), kind, store, false);
    }

    <E, R> Uni<R> storeTracedBatch(List<ConsumerRecord<String, String>> records, IncomingEvent<E> kind,
            Function<List<Traced<E>>, Uni<R>> store, boolean inTransaction) {
        Batch<E> batch = read(records, kind);
        List<Traced<E>> events = batch.events();
        return deadLetters.store(batch.rejected()).chain(() -> {
            if (events.isEmpty()) {
                return Uni.createFrom().<R> nullItem();
            }
            List<Span> spans = startSpans(kind, events);
            List<Traced<E>> consumed = new ArrayList<>(events.size());
            for (int i = 0; i < events.size(); i++) {
                consumed.add(new Traced<>(events.get(i).event(), Tracing.traceparentOf(spans.get(i).getSpanContext())));
            }
            // a batch's lines name one booking (and one trace) only when it is about one
            Supplier<Uni<R>> stored = () -> untilStored(
                    () -> inTransaction ? transaction.run(() -> store.apply(consumed)) : store.apply(consumed),
                    describe(Traced.events(events), kind));
            Uni<R> done = events.size() == 1 ? kind.logging(events.get(0).event(),
                    Tracing.traceIdOf(consumed.get(0).traceparent()), stored) : stored.get();
            return done.onItemOrFailure().invoke((item, failure) -> spans.forEach(s -> Tracing.end(s, failure)));
        });
    }

    private static String traceparentOf(ConsumerRecord<String, String> record) {
        Header header = record.headers().lastHeader(Tracing.TRACEPARENT);
        return header == null || header.value() == null ? null
                : new String(header.value(), StandardCharsets.US_ASCII);
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

    /** Deferred: each attempt builds its transaction anew (a session or connection found at that moment). */
    private <T> Uni<T> untilStored(Supplier<Uni<T>> attempt, String what) {
        return Uni.createFrom().deferred(attempt::get)
                .onFailure().invoke(e -> LOG.warnf("%s not stored yet, retrying: %s", what, Failures.typeOf(e)))
                .onFailure().retry().withBackOff(FIRST_RETRY, LAST_RETRY).indefinitely();
    }

    private <E> Batch<E> read(List<ConsumerRecord<String, String>> records, IncomingEvent<E> kind) {
        List<Traced<E>> events = new ArrayList<>(records.size());
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
                events.add(new Traced<>(event, traceparentOf(record)));
            } else {
                LOG.warnf("skipped an %s", why);
                rejected.add(new Rejected(record, why));
            }
        }
        return new Batch<>(events, rejected);
    }
}
