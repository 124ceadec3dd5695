package id.antreanonline.gateway.service;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
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
import id.antreanonline.outbox.Outbox;
import id.antreanonline.shared.event.DeliveryOutcomeEvent;
import id.antreanonline.shared.event.Topics;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Sends one due delivery to BPJS inside the transaction that locked it, and stores what BPJS answered in the same
 * transaction, with the outcome event for the outbox. 200 and 208 are delivered; another BPJS code parks the item
 * with BPJS's message; no answer (transport, 5xx, HTML, empty) keeps it pending with a doubled delay.
 */
@ApplicationScoped
public class DeliverySender {

    private static final Logger LOG = Logger.getLogger(DeliverySender.class);

    private final DeliveryRepository deliveries;
    private final AntreanWsClient antrean;
    private final Outbox outbox;
    private final DeliveryConfig config;
    private final ObjectMapper mapper;
    private final Clock clock;

    DeliverySender(DeliveryRepository deliveries, AntreanWsClient antrean, Outbox outbox, DeliveryConfig config,
            ObjectMapper mapper, Clock clock) {
        this.mapper = mapper;
        this.deliveries = deliveries;
        this.antrean = antrean;
        this.outbox = outbox;
        this.config = config;
        this.clock = clock;
    }

    /** @return true when a delivery was attempted (there may be more), false when nothing was due */
    public Uni<Boolean> sendNextDue() {
        return Panache.withTransaction(() -> deliveries.lockNextDue(clock.instant())
                .chain(d -> d == null ? Uni.createFrom().item(false)
                        : send(d).chain(answer -> record(d, answer))
                                .onFailure(BpjsUnavailableException.class).recoverWithUni(e -> retryLater(d, e))
                                .replaceWith(true)));
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

    private Uni<Void> record(Delivery d, BpjsAnswer answer) {
        boolean delivered = answer.ok() || answer.code() == BpjsAnswer.ALREADY_THERE;
        Instant now = clock.instant();
        d.status = delivered ? Delivery.Status.DELIVERED : Delivery.Status.PARKED;
        d.attempts++;
        d.code = answer.code();
        d.message = truncate(answer.message());
        d.finishedAt = now;
        if (delivered) {
            LOG.debugf("delivery %d (%s %s task %s) delivered: %d", d.id, d.kind, d.kodebooking, d.taskid,
                    answer.code());
        } else {
            LOG.warnf("delivery %d (%s %s task %s) parked: BPJS %d %s", d.id, d.kind, d.kodebooking, d.taskid,
                    answer.code(), d.message);
        }
        DeliveryOutcomeEvent event = new DeliveryOutcomeEvent(UUID.randomUUID().toString(), d.sourceEventId,
                d.kodebooking, d.kind, d.taskid,
                delivered ? DeliveryOutcomeEvent.Status.DELIVERED : DeliveryOutcomeEvent.Status.PARKED,
                answer.code(), d.message, now.toEpochMilli());
        return outbox.publish(Topics.DELIVERY_OUTCOMES, d.kodebooking, event.eventId(), event);
    }

    private Uni<Void> retryLater(Delivery d, Throwable failure) {
        d.attempts++;
        Duration delay = backoff(d.attempts);
        d.nextAttemptAt = clock.instant().plus(delay);
        d.message = truncate("BPJS not reached, retrying: " + failure.getMessage());
        // during hours of downtime every pending booking retries: say it on the first try and every tenth
        LOG.logf(d.attempts == 1 || d.attempts % 10 == 0 ? Logger.Level.INFO : Logger.Level.DEBUG,
                "delivery %d (%s %s task %s) not delivered (attempt %d), next try in %d ms: %s", d.id, d.kind,
                d.kodebooking, d.taskid, d.attempts, delay.toMillis(), failure.getMessage());
        return Uni.createFrom().voidItem();
    }

    /** initial x 2^(attempts-1), capped. */
    Duration backoff(int attempts) {
        long initial = config.backoffInitial().toMillis();
        long max = config.backoffMax().toMillis();
        int doublings = Math.min(Math.max(attempts - 1, 0), 30);
        long millis = initial << doublings;
        return Duration.ofMillis(millis <= 0 || millis > max ? max : millis);
    }

    private static String truncate(String message) {
        if (message == null) {
            return null;
        }
        return message.length() <= 1000 ? message : message.substring(0, 1000);
    }
}
