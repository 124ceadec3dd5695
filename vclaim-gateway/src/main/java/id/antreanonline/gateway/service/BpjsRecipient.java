package id.antreanonline.gateway.service;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
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
import id.antreanonline.outbox.Failures;
import id.antreanonline.outbox.Outbox;
import id.antreanonline.shared.event.DeliveryOutcomeEvent;
import id.antreanonline.shared.event.Topics;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * BPJS's Antrean WS: 200 and 208 are delivered; another BPJS code parks the item with BPJS's message; no answer
 * (transport, 5xx, HTML, empty) is retried without end. Every finished item is told on antrean.delivery-outcomes.
 */
@ApplicationScoped
public class BpjsRecipient implements Recipient {

    private static final Logger LOG = Logger.getLogger(DeliverySender.class);

    private final AntreanWsClient antrean;
    private final ObjectMapper mapper;

    BpjsRecipient(AntreanWsClient antrean, ObjectMapper mapper) {
        this.antrean = antrean;
        this.mapper = mapper;
    }

    @Override
    public Delivery.Receiver receiver() {
        return Delivery.Receiver.BPJS;
    }

    @Override
    public Uni<Verdict> send(Delivery d) {
        Uni<BpjsAnswer> answer = switch (d.kind) {
            case ANTREAN_ADD -> antrean.addBooking(stored(d, NewBooking.class));
            case ANTREAN_BATAL -> antrean.cancelBooking(stored(d, BookingCancellation.class));
            case UPDATE_WAKTU -> antrean.updateTaskTime(stored(d, TaskTime.class));
            case FARMASI_ADD -> antrean.addPharmacyNumber(stored(d, PharmacyNumber.class));
        };
        return answer.map(a -> new Verdict(a.ok() || a.code() == BpjsAnswer.ALREADY_THERE, a.code(), a.message()));
    }

    /** The body stored at intake, read back as the record it was written from (so BPJS gets the same JSON). */
    private <T> T stored(Delivery d, Class<T> body) {
        try {
            return mapper.readValue(d.body, body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("delivery " + d.id + " has a body that is not a " + body.getSimpleName());
        }
    }

    @Override
    public Outbox.Event finished(Delivery d, Verdict verdict, Instant now) {
        if (verdict.delivered()) {
            LOG.debugf("delivery %d (%s %s task %s) delivered: %d", d.id, d.kind, d.kodebooking, d.taskid,
                    verdict.code());
        } else {
            LOG.warnf("delivery %d (%s %s task %s) parked: BPJS %d %s", d.id, d.kind, d.kodebooking, d.taskid,
                    verdict.code(), d.message);
        }
        DeliveryOutcomeEvent e = new DeliveryOutcomeEvent(UUID.randomUUID().toString(), d.sourceEventId,
                d.kodebooking, d.kind, d.taskid,
                verdict.delivered() ? DeliveryOutcomeEvent.Status.DELIVERED : DeliveryOutcomeEvent.Status.PARKED,
                verdict.code(), d.message, now.toEpochMilli());
        return new Outbox.Event(Topics.DELIVERY_OUTCOMES, e.kodebooking(), e.eventId(), e);
    }

    @Override
    public String notReached(Throwable failure) {
        // BPJS's failures say what went wrong without data; anything else (a bug) is named by its type only
        String why = failure instanceof BpjsUnavailableException ? failure.getMessage() : Failures.typeOf(failure);
        return "BPJS not reached, retrying: " + why;
    }

    @Override
    public Optional<Duration> giveUpAfter() {
        return Optional.empty();
    }
}
