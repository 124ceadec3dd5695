package id.antreanonline.gateway.service;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import id.antreanonline.gateway.Delivery;
import id.antreanonline.gateway.client.AntreanWsClient;
import id.antreanonline.gateway.client.BookingCancellation;
import id.antreanonline.gateway.client.BpjsAnswer;
import id.antreanonline.gateway.client.BpjsUnavailableException;
import id.antreanonline.gateway.client.NewBooking;
import id.antreanonline.gateway.client.PharmacyNumber;
import id.antreanonline.gateway.client.TaskTime;
import id.antreanonline.gateway.config.DeliveryConfig;
import id.antreanonline.gateway.repository.DeliveryRepository;
import id.antreanonline.outbox.Failures;
import id.antreanonline.outbox.Outbox;
import id.antreanonline.shared.event.DeliveryOutcomeEvent;
import id.antreanonline.shared.event.Topics;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.SqlConnection;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Sends due deliveries to BPJS inside the transaction that locked them, and stores what BPJS answered in the same
 * transaction, with the outcome events for the outbox. A round claims a batch, sends the first claimed item of each
 * booking (so a booking's calls stay in order; the rest wait for a later round) concurrently over the pooled
 * keep-alive client, then records every outcome. 200 and 208 are delivered; another BPJS code parks the item with
 * BPJS's message; no answer (transport, 5xx, HTML, empty) keeps it pending with a doubled delay.
 */
@ApplicationScoped
public class DeliverySender {

    private static final Logger LOG = Logger.getLogger(DeliverySender.class);

    private final Pool pool;
    private final DeliveryRepository deliveries;
    private final AntreanWsClient antrean;
    private final Outbox outbox;
    private final DeliveryConfig config;
    private final ObjectMapper mapper;
    private final Clock clock;

    DeliverySender(Pool pool, DeliveryRepository deliveries, AntreanWsClient antrean, Outbox outbox,
            DeliveryConfig config, ObjectMapper mapper, Clock clock) {
        this.pool = pool;
        this.mapper = mapper;
        this.deliveries = deliveries;
        this.antrean = antrean;
        this.outbox = outbox;
        this.config = config;
        this.clock = clock;
    }

    /**
     * One round: claim, send, record.
     *
     * @return true when more may be due at once: the batch was full, or an item finished and its booking's next one
     *         may go now
     */
    public Uni<Boolean> sendDue() {
        return pool.withTransaction(conn -> deliveries.lockDue(conn, clock.instant(), config.batchSize())
                .chain(claimed -> Multi.createFrom().iterable(firstOfEachBooking(claimed))
                        .onItem().transformToUni(this::attempt).merge(config.concurrentCalls())
                        .collect().asList()
                        .chain(attempts -> record(conn, attempts))
                        .map(finished -> finished > 0 || claimed.size() == config.batchSize())));
    }

    /** A claim may hold two items of one booking (an antrean/add may go beside a task): only the first goes now. */
    public static List<Delivery> firstOfEachBooking(List<Delivery> claimed) {
        Map<String, Delivery> first = new LinkedHashMap<>();
        claimed.forEach(d -> first.putIfAbsent(d.kodebooking, d));
        return List.copyOf(first.values());
    }

    /** One delivery's try: BPJS's answer, or why BPJS was not heard. */
    private record Attempt(Delivery delivery, BpjsAnswer answer, Throwable failure) {
    }

    private Uni<Attempt> attempt(Delivery d) {
        return Uni.createFrom().deferred(() -> send(d))
                .map(answer -> new Attempt(d, answer, null))
                .onFailure().recoverWithItem(e -> new Attempt(d, null, e));
    }

    private Uni<BpjsAnswer> send(Delivery d) {
        return switch (d.kind) {
            case ANTREAN_ADD -> antrean.addBooking(stored(d, NewBooking.class));
            case ANTREAN_BATAL -> antrean.cancelBooking(stored(d, BookingCancellation.class));
            case UPDATE_WAKTU -> antrean.updateTaskTime(stored(d, TaskTime.class));
            case FARMASI_ADD -> antrean.addPharmacyNumber(stored(d, PharmacyNumber.class));
        };
    }

    /** The body stored at intake, read back as the record it was written from (so BPJS gets the same JSON). */
    private <T> T stored(Delivery d, Class<T> body) {
        try {
            return mapper.readValue(d.body, body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("delivery " + d.id + " has a body that is not a " + body.getSimpleName());
        }
    }

    /**
     * Stores every outcome of a round and the events of the finished ones, sent together on the round's connection.
     *
     * @return how many finished (delivered or parked)
     */
    private Uni<Integer> record(SqlConnection conn, List<Attempt> attempts) {
        if (attempts.isEmpty()) {
            return Uni.createFrom().item(0);
        }
        Instant now = clock.instant();
        List<Outbox.Event> outcomes = new ArrayList<>();
        for (Attempt a : attempts) {
            if (a.answer() == null) {
                retryLater(a.delivery(), a.failure(), now);
            } else {
                DeliveryOutcomeEvent e = finish(a.delivery(), a.answer(), now);
                outcomes.add(new Outbox.Event(Topics.DELIVERY_OUTCOMES, e.kodebooking(), e.eventId(), e));
            }
        }
        Uni<Void> stored = deliveries.storeAttempts(conn, attempts.stream().map(Attempt::delivery).toList());
        Uni<Void> published = outcomes.isEmpty() ? Uni.createFrom().voidItem() : outbox.publishAll(conn, outcomes);
        return Uni.combine().all().unis(stored, published).discardItems().replaceWith(outcomes.size());
    }

    private DeliveryOutcomeEvent finish(Delivery d, BpjsAnswer answer, Instant now) {
        boolean delivered = answer.ok() || answer.code() == BpjsAnswer.ALREADY_THERE;
        d.finish(delivered, answer.code(), answer.message(), now);
        if (delivered) {
            LOG.debugf("delivery %d (%s %s task %s) delivered: %d", d.id, d.kind, d.kodebooking, d.taskid,
                    answer.code());
        } else {
            LOG.warnf("delivery %d (%s %s task %s) parked: BPJS %d %s", d.id, d.kind, d.kodebooking, d.taskid,
                    answer.code(), d.message);
        }
        return new DeliveryOutcomeEvent(UUID.randomUUID().toString(), d.sourceEventId, d.kodebooking, d.kind,
                d.taskid, delivered ? DeliveryOutcomeEvent.Status.DELIVERED : DeliveryOutcomeEvent.Status.PARKED,
                answer.code(), d.message, now.toEpochMilli());
    }

    private void retryLater(Delivery d, Throwable failure, Instant now) {
        Duration delay = backoff(d.attempts + 1);
        // BPJS's failures say what went wrong without data; anything else (a bug) is named by its type only
        String why = failure instanceof BpjsUnavailableException ? failure.getMessage() : Failures.typeOf(failure);
        d.retryAfter(delay, "BPJS not reached, retrying: " + why, now);
        // during hours of downtime every pending booking retries: say it on the first try and every tenth
        LOG.logf(d.attempts == 1 || d.attempts % 10 == 0 ? Logger.Level.INFO : Logger.Level.DEBUG,
                "delivery %d (%s %s task %s) not delivered (attempt %d), next try in %d ms: %s", d.id, d.kind,
                d.kodebooking, d.taskid, d.attempts, delay.toMillis(), why);
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
