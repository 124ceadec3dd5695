package id.antreanonline.gateway.service;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jboss.logging.Logger;

import id.antreanonline.gateway.Delivery;
import id.antreanonline.gateway.config.DeliveryConfig;
import id.antreanonline.gateway.repository.DeliveryRepository;
import id.antreanonline.outbox.BookingLog;
import id.antreanonline.outbox.Outbox;
import id.antreanonline.outbox.Tracing;
import io.opentelemetry.api.trace.SpanKind;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.SqlConnection;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Sends due deliveries to their receiver inside the transaction that locked them, and stores what the receiver
 * answered in the same transaction, with the events to publish. A round claims a batch of one receiver's items,
 * sends the first claimed item of each key (so a booking's items stay in order; the rest wait for a later round)
 * concurrently, then records every outcome. What the answer means is the {@link Recipient}'s; no answer keeps the
 * item pending with a doubled delay, until the recipient's give-up time (if it has one) parks it.
 */
@ApplicationScoped
public class DeliverySender {

    private static final Logger LOG = Logger.getLogger(DeliverySender.class);

    private final Pool pool;
    private final DeliveryRepository deliveries;
    private final Outbox outbox;
    private final DeliveryConfig config;
    private final Clock clock;
    private final Tracing tracing;

    DeliverySender(Pool pool, DeliveryRepository deliveries, Outbox outbox, DeliveryConfig config, Clock clock,
            Tracing tracing) {
        this.pool = pool;
        this.deliveries = deliveries;
        this.outbox = outbox;
        this.config = config;
        this.clock = clock;
        this.tracing = tracing;
    }

    /**
     * One round for {@code recipient}: claim, send, record.
     *
     * @return true when more may be due at once: the batch was full, or an item finished and its key's next one
     *         may go now
     */
    public Uni<Boolean> sendDue(Recipient recipient) {
        return pool.withTransaction(conn -> deliveries.lockDue(conn, recipient.receiver(), clock.instant(),
                config.batchSize())
                .chain(claimed -> Multi.createFrom().iterable(firstOfEachBooking(claimed))
                        .onItem().transformToUni(d -> attempt(recipient, d)).merge(config.concurrentCalls())
                        .collect().asList()
                        .chain(attempts -> record(conn, recipient, attempts))
                        .map(finished -> finished > 0 || claimed.size() == config.batchSize())));
    }

    /** A claim may hold two items of one key (an antrean/add may go beside a task): only the first goes now. */
    public static List<Delivery> firstOfEachBooking(List<Delivery> claimed) {
        Map<String, Delivery> first = new LinkedHashMap<>();
        claimed.forEach(d -> first.putIfAbsent(d.orderedBy(), d));
        return List.copyOf(first.values());
    }

    /** One delivery's try: the receiver's verdict, or why it was not heard. */
    private record Attempt(Delivery delivery, Recipient.Verdict verdict, Throwable failure) {
    }

    /** Each try continues the trace stored with the item, however many tries and restarts came before. */
    private Uni<Attempt> attempt(Recipient recipient, Delivery d) {
        return tracing.calling("deliver " + (d.kind != null ? d.kind : d.eventType), SpanKind.INTERNAL, d.traceparent,
                span -> {
                    span.setAttribute(Tracing.EVENT_ID, d.sourceEventId);
                    return recipient.send(d);
                })
                .map(verdict -> new Attempt(d, verdict, null))
                .onFailure().recoverWithItem(e -> new Attempt(d, null, e));
    }

    /**
     * Stores every outcome of a round and the events of the finished ones, sent together on the round's connection.
     *
     * @return how many finished (delivered or parked)
     */
    private Uni<Integer> record(SqlConnection conn, Recipient recipient, List<Attempt> attempts) {
        if (attempts.isEmpty()) {
            return Uni.createFrom().item(0);
        }
        Instant now = clock.instant();
        List<Outbox.Event> events = new ArrayList<>();
        int finished = 0;
        for (Attempt a : attempts) {
            Delivery d = a.delivery();
            // the round's deliveries are sent together: each one's lines carry its own booking
            try (BookingLog.Fields before = BookingLog.open(d.kodebooking, d.sourceEventId,
                    Tracing.traceIdOf(d.traceparent))) {
                if (a.verdict() == null && !givenUp(recipient, d)) {
                    retryLater(d, recipient.notReached(a.failure()), now);
                    continue;
                }
                Recipient.Verdict verdict = a.verdict() != null ? a.verdict()
                        : new Recipient.Verdict(false, 0, "given up after " + (d.attempts + 1) + " tries: "
                                + recipient.notReached(a.failure()));
                d.finish(verdict.delivered(), verdict.code(), verdict.message(), now);
                finished++;
                Outbox.Event event = recipient.finished(d, verdict, now);
                if (event != null) {
                    events.add(event.continuing(d.traceparent));
                }
            }
        }
        Uni<Void> stored = deliveries.storeAttempts(conn, attempts.stream().map(Attempt::delivery).toList());
        Uni<Void> published = events.isEmpty() ? Uni.createFrom().voidItem() : outbox.publishAll(conn, events);
        return Uni.combine().all().unis(stored, published).discardItems().replaceWith(finished);
    }

    private void retryLater(Delivery d, String why, Instant now) {
        Duration delay = backoff(d.attempts + 1);
        d.retryAfter(delay, why, now);
        // during hours of downtime every pending item retries: say it on the first try and every tenth
        LOG.logf(d.attempts == 1 || d.attempts % 10 == 0 ? Logger.Level.INFO : Logger.Level.DEBUG,
                "delivery %d (%s) not delivered (attempt %d), next try in %d ms: %s", d.id, d.describe(), d.attempts,
                delay.toMillis(), why);
    }

    /** The waits between this item's tries, the one it would wait now included, reach the recipient's limit. */
    boolean givenUp(Recipient recipient, Delivery d) {
        return recipient.giveUpAfter().map(limit -> waitedAfter(d.attempts + 1).compareTo(limit) >= 0).orElse(false);
    }

    /** The sum of the back-off delays after {@code attempts} failed tries: the least time they took. */
    Duration waitedAfter(int attempts) {
        Duration waited = Duration.ZERO;
        Duration max = config.backoffMax();
        int tries = 0;
        // the doubling part (a few dozen at most), then every further wait is the cap
        for (; tries < attempts && backoff(tries + 1).compareTo(max) < 0; tries++) {
            waited = waited.plus(backoff(tries + 1));
        }
        return waited.plus(max.multipliedBy(attempts - tries));
    }

    /** initial x 2^(attempts-1), capped. */
    Duration backoff(int attempts) {
        long initial = config.backoffInitial().toMillis();
        long max = config.backoffMax().toMillis();
        int doublings = Math.min(Math.max(attempts - 1, 0), 30);
        long millis = initial << doublings;
        return Duration.ofMillis(millis <= 0 || millis > max ? max : millis);
    }
}
