package id.antreanonline.outbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.smallrye.mutiny.Uni;

/**
 * The consumer helper against an inbox kept in memory, whose transaction rolls back what a failed attempt recorded
 * (as PostgreSQL does for the inbox table).
 */
class IdempotentConsumerTest {

    record Arrival(String eventId, String kodebooking, String nik) {
    }

    private static final IncomingEvent<Arrival> ARRIVALS = IncomingEvent
            .of(Arrival.class, "arrival", Arrival::eventId, Arrival::kodebooking)
            .requiring(a -> a.kodebooking() != null);
    private static final String NIK = "3171234567890123";
    private static final Duration PATIENCE = Duration.ofSeconds(10);

    private final ObjectMapper mapper = new ObjectMapper();
    private final Set<String> applied = new HashSet<>();
    private final List<IdempotentConsumer.Rejected> deadLetters = new CopyOnWriteArrayList<>();
    private final Inbox inbox = new Inbox() {
        @Override
        public Uni<Boolean> firstDelivery(String eventId) {
            return Uni.createFrom().item(() -> applied.add(eventId));
        }
    };
    private final InMemorySpanExporter spans = InMemorySpanExporter.create();
    private final IdempotentConsumer consumer = new IdempotentConsumer(mapper, inbox, this::rollingBack,
            rejected -> Uni.createFrom().item(() -> deadLetters.addAll(rejected)).replaceWithVoid(),
            Tracing.exportingTo("test", spans));
    private final List<String> logLines = new CopyOnWriteArrayList<>();
    private final Handler logged = new Handler() {
        @Override
        public void publish(LogRecord r) {
            logLines.add(r.getMessage() + " " + Arrays.toString(r.getParameters()));
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    @BeforeEach
    void listen() {
        Logger.getLogger(IdempotentConsumer.class.getName()).addHandler(logged);
    }

    @AfterEach
    void stopListening() {
        Logger.getLogger(IdempotentConsumer.class.getName()).removeHandler(logged);
    }

    private final AtomicInteger transactions = new AtomicInteger();

    /** A transaction over the in-memory inbox: a failed attempt leaves no event id behind. */
    private <T> Uni<T> rollingBack(Supplier<Uni<T>> work) {
        transactions.incrementAndGet();
        Set<String> before = Set.copyOf(applied);
        return work.get().onFailure().invoke(() -> {
            applied.clear();
            applied.addAll(before);
        });
    }

    /** What a poll of one partition brought, in its offsets' order. */
    private static List<ConsumerRecord<String, String>> polled(String... values) {
        List<ConsumerRecord<String, String>> records = new ArrayList<>();
        for (String value : values) {
            records.add(new ConsumerRecord<>("arrivals", 0, records.size(), "KB", value));
        }
        return records;
    }

    private String record(String eventId, String kodebooking) throws Exception {
        return mapper.writeValueAsString(new Arrival(eventId, kodebooking, NIK));
    }

    @Test
    void aRecordDeliveredTwiceIsAppliedOnce() throws Exception {
        List<Arrival> effects = new ArrayList<>();
        String twice = record("ev-1", "KB-1");
        for (int i = 0; i < 2; i++) {
            consumer.applyOnce(polled(twice), ARRIVALS, a -> Uni.createFrom().item(effects.add(a)).replaceWithVoid())
                    .await().atMost(PATIENCE);
        }
        assertEquals(1, effects.size());
    }

    @Test
    void anUnreadableRecordIsSkippedWithItsPlaceNotItsContentAndTheNextApplied() throws Exception {
        List<Arrival> effects = new ArrayList<>();
        consumer.applyOnce(polled("{\"eventId\":\"ev-2\",\"nik\":\"" + NIK + "\","), ARRIVALS,
                a -> Uni.createFrom().item(effects.add(a)).replaceWithVoid()).await().atMost(PATIENCE);
        consumer.applyOnce(polled((String) null), ARRIVALS,
                a -> Uni.createFrom().item(effects.add(a)).replaceWithVoid()).await().atMost(PATIENCE);
        consumer.applyOnce(polled(record("ev-3", "KB-3")), ARRIVALS,
                a -> Uni.createFrom().item(effects.add(a)).replaceWithVoid()).await().atMost(PATIENCE);

        assertEquals(List.of("ev-3"), effects.stream().map(Arrival::eventId).toList());
        assertTrue(logLines.stream().anyMatch(l -> l.contains("unreadable") && l.contains("line 1")), logLines::toString);
        assertFalse(logLines.stream().anyMatch(l -> l.contains(NIK)), logLines::toString);
    }

    @Test
    void aRecordWithoutWhatApplyingNeedsIsSkippedByItsId() throws Exception {
        AtomicInteger effects = new AtomicInteger();
        consumer.applyOnce(polled(record("ev-4", null)), ARRIVALS, a -> Uni.createFrom().item(effects.incrementAndGet())
                .replaceWithVoid()).await().atMost(PATIENCE);
        consumer.applyOnce(polled(record(null, "KB-4")), ARRIVALS, a -> Uni.createFrom().item(effects.incrementAndGet())
                .replaceWithVoid()).await().atMost(PATIENCE);

        assertEquals(0, effects.get());
        assertTrue(applied.isEmpty());
        assertTrue(logLines.stream().anyMatch(l -> l.contains("incomplete") && l.contains("ev-4")), logLines::toString);
    }

    @Test
    void aFailureIsRetriedUntilTheEffectIsStoredAndLoggedWithoutItsMessage() throws Exception {
        AtomicInteger attempts = new AtomicInteger();
        consumer.applyOnce(polled(record("ev-5", "KB-5")), ARRIVALS, a -> attempts.incrementAndGet() < 3
                ? Uni.createFrom().failure(new IllegalStateException("duplicate key (nik)=(" + NIK + ")"))
                : Uni.createFrom().voidItem()).await().atMost(PATIENCE);

        assertEquals(3, attempts.get());
        assertEquals(Set.of("ev-5"), applied);
        assertTrue(logLines.stream().anyMatch(l -> l.contains("ev-5") && l.contains("KB-5")
                && l.contains("IllegalStateException")), logLines::toString);
        assertFalse(logLines.stream().anyMatch(l -> l.contains(NIK)), logLines::toString);
    }

    @Test
    void aBatchIsStoredTogetherInItsOrderWithoutItsUnreadableOrIncompleteRecords() throws Exception {
        List<List<Arrival>> stored = new ArrayList<>();
        consumer.storeBatch(polled(record("ev-6", "KB-6"), "not json", record("ev-7", null), record("ev-8", "KB-8")),
                ARRIVALS, batch -> Uni.createFrom().item(stored.add(batch)).replaceWithVoid())
                .await().atMost(PATIENCE);

        assertEquals(1, stored.size());
        assertEquals(List.of("ev-6", "ev-8"), stored.get(0).stream().map(Arrival::eventId).toList());
    }

    @Test
    void aFailedBatchIsRetriedWholeUntilStored() throws Exception {
        AtomicInteger attempts = new AtomicInteger();
        List<List<Arrival>> stored = new CopyOnWriteArrayList<>();
        consumer.storeBatch(polled(record("ev-9", "KB-9"), record("ev-10", "KB-10")), ARRIVALS,
                batch -> attempts.incrementAndGet() < 2 ? Uni.createFrom().failure(new IllegalStateException("away"))
                        : Uni.createFrom().item(stored.add(batch)).replaceWithVoid())
                .await().atMost(PATIENCE);

        assertEquals(2, attempts.get());
        assertEquals(List.of("ev-9", "ev-10"), stored.get(0).stream().map(Arrival::eventId).toList());
    }

    @Test
    void aStoreAtomicByItselfRunsWithoutATransactionAroundItAndIsRetriedUntilStored() throws Exception {
        AtomicInteger attempts = new AtomicInteger();
        List<List<String>> stored = new CopyOnWriteArrayList<>();
        consumer.storeTracedBatch(polled(record("ev-11", "KB-11"), "not json", record("ev-12", "KB-12")), ARRIVALS,
                batch -> attempts.incrementAndGet() < 2 ? Uni.createFrom().failure(new IllegalStateException("away"))
                        : Uni.createFrom().item(stored.add(batch.stream().map(t -> t.event().eventId()).toList())),
                false)
                .await().atMost(PATIENCE);

        assertEquals(0, transactions.get());
        assertEquals(2, attempts.get());
        assertEquals(List.of(List.of("ev-11", "ev-12")), stored);
    }

    @Test
    void aBatchOfNothingReadableStoresNothing() {
        AtomicInteger calls = new AtomicInteger();
        Integer stored = consumer.storeBatch(polled("[", "{}"), ARRIVALS,
                batch -> Uni.createFrom().item(calls.incrementAndGet())).await().atMost(PATIENCE);
        assertEquals(0, calls.get());
        assertEquals(null, stored);
    }

    @Test
    void aPollAppliesEachEventOnceInItsOrderAndAFailureRetriesItWithoutApplyingTwice() throws Exception {
        List<String> effects = new CopyOnWriteArrayList<>();
        AtomicInteger lastOnesAttempts = new AtomicInteger();
        // ev-12 arrives twice in the poll; the first attempt fails at ev-13 after ev-11 and ev-12 took effect
        consumer.applyOnce(polled(record("ev-11", "KB-11"), record("ev-12", "KB-12"), record("ev-12", "KB-12"),
                "not json", record("ev-13", "KB-13")), ARRIVALS, a -> {
                    if (a.eventId().equals("ev-13") && lastOnesAttempts.getAndIncrement() == 0) {
                        effects.clear(); // the rolled-back transaction takes its effects with it
                        return Uni.createFrom().failure(new IllegalStateException("away"));
                    }
                    return Uni.createFrom().item(effects.add(a.eventId())).replaceWithVoid();
                }).await().atMost(PATIENCE);

        assertEquals(2, lastOnesAttempts.get());
        assertEquals(List.of("ev-11", "ev-12", "ev-13"), effects);
    }

    @Test
    void neighboursThatJoinMakeOneRunAndAnEventAlreadyAppliedNeitherCountsNorBreaksARun() {
        // the J bookings may be applied together; ev-21 comes again after ev-23 (a redelivery in the same poll)
        List<Traced<Arrival>> polled = new ArrayList<>();
        for (String[] e : new String[][] { { "ev-21", "J-1" }, { "ev-22", "J-2" }, { "ev-23", "X-3" },
                { "ev-24", "J-4" }, { "ev-21", "J-1" }, { "ev-25", "J-5" }, { "ev-26", "X-6" }, { "ev-20", "J-0" },
                { "ev-27", "J-7" } }) {
            polled.add(new Traced<>(new Arrival(e[0], e[1], NIK), null));
        }
        // ev-20 was applied by an earlier poll
        Set<String> fresh = new HashSet<>(List.of("ev-21", "ev-22", "ev-23", "ev-24", "ev-25", "ev-26", "ev-27"));

        List<String> runs = IdempotentConsumer.runs(polled, ARRIVALS, fresh, a -> a.kodebooking().startsWith("J"))
                .stream().map(run -> (run.joined() ? "together " : "alone ")
                        + Traced.events(run.events()).stream().map(Arrival::eventId).toList())
                .toList();

        assertEquals(List.of("together [ev-21, ev-22]", "alone [ev-23]", "together [ev-24, ev-25]", "alone [ev-26]",
                "together [ev-27]"), runs);
    }

    @Test
    void unreadableAndIncompleteRecordsGoToTheDeadLettersWithAReasonThatQuotesNothing() throws Exception {
        List<String> effects = new CopyOnWriteArrayList<>();
        consumer.applyOnce(polled("{\"eventId\":\"ev-14\",\"nik\":\"" + NIK + "\",", record("ev-15", null),
                record("ev-16", "KB-16")), ARRIVALS,
                a -> Uni.createFrom().item(effects.add(a.eventId())).replaceWithVoid()).await().atMost(PATIENCE);

        assertEquals(List.of("ev-16"), effects);
        assertEquals(List.of(0L, 1L), deadLetters.stream().map(r -> r.record().offset()).toList());
        assertTrue(deadLetters.get(0).reason().startsWith("unreadable arrival (line 1"), deadLetters::toString);
        assertEquals("incomplete arrival ev-15", deadLetters.get(1).reason());
        assertFalse(deadLetters.stream().anyMatch(r -> r.reason().contains(NIK)), deadLetters::toString);
    }

    private static final String TRACE_ID = "4bf92f3577b34da6a3ce929d0e0e4736";
    private static final String PRODUCER_SPAN = "00f067aa0ba902b7";

    private static List<ConsumerRecord<String, String>> traced(String value) {
        List<ConsumerRecord<String, String>> records = polled(value);
        records.get(0).headers().add(Tracing.TRACEPARENT,
                ("00-" + TRACE_ID + "-" + PRODUCER_SPAN + "-01").getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        return records;
    }

    @Test
    void anEventIsAppliedInAConsumerSpanChildOfItsProducer() throws Exception {
        List<String> currentWhileApplied = new ArrayList<>();
        consumer.applyOnce(traced(record("ev-20", "KB-20")), ARRIVALS, a -> Uni.createFrom()
                .item(() -> currentWhileApplied.add(Tracing.currentTraceparent())).replaceWithVoid())
                .await().atMost(PATIENCE);

        SpanData consumed = spans.getFinishedSpanItems().get(0);
        assertEquals(SpanKind.CONSUMER, consumed.getKind());
        assertEquals(TRACE_ID, consumed.getTraceId());
        assertEquals(PRODUCER_SPAN, consumed.getParentSpanId());
        assertEquals(List.of(Tracing.traceparentOf(consumed.getSpanContext())), currentWhileApplied,
                "what the effect writes to the outbox continues the consumer's span");
        assertEquals(null, Tracing.currentTraceparent(), "the span is current only while its event is applied");
    }

    @Test
    void aStoredEventKeepsItsConsumerSpansTraceContext() throws Exception {
        List<Traced<Arrival>> stored = new ArrayList<>();
        consumer.storeTracedBatch(List.of(traced(record("ev-21", "KB-21")).get(0),
                polled(record("ev-22", "KB-22")).get(0)), ARRIVALS,
                batch -> Uni.createFrom().item(() -> stored.addAll(batch))).await().atMost(PATIENCE);

        SpanData consumed = spans.getFinishedSpanItems().get(0);
        assertEquals(1, spans.getFinishedSpanItems().size(), "a record without a trace starts none");
        assertEquals(PRODUCER_SPAN, consumed.getParentSpanId());
        assertEquals(Tracing.traceparentOf(consumed.getSpanContext()), stored.get(0).traceparent());
        assertEquals(null, stored.get(1).traceparent());
    }

    @Test
    void aRecordWithoutATraceIsAppliedOutsideAnyTrace() throws Exception {
        List<String> currentWhileApplied = new ArrayList<>();
        consumer.applyOnce(polled(record("ev-23", "KB-23")), ARRIVALS, a -> Uni.createFrom()
                .item(() -> currentWhileApplied.add(String.valueOf(Tracing.currentTraceparent()))).replaceWithVoid())
                .await().atMost(PATIENCE);
        assertEquals(List.of("null"), currentWhileApplied);
        assertTrue(spans.getFinishedSpanItems().isEmpty());
    }
}
