package id.antreanonline.gateway.service;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.jboss.logging.Logger;

import id.antreanonline.gateway.Delivery;
import id.antreanonline.gateway.client.SimrsWebhook;
import id.antreanonline.gateway.client.WebhookUnavailableException;
import id.antreanonline.gateway.config.SimrsWebhookConfig;
import id.antreanonline.outbox.Failures;
import id.antreanonline.outbox.Outbox;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The hospital's SIMRS, by webhook: a 2xx is delivered; a 4xx that waiting cannot change parks the item; anything
 * else is retried with back-off until the waits add up to {@link SimrsWebhookConfig#giveUpAfter()}, then parked.
 * Nothing is published about it: the SIMRS's receipt is no one else's business.
 */
@ApplicationScoped
public class SimrsRecipient implements Recipient {

    private static final Logger LOG = Logger.getLogger(SimrsRecipient.class);

    private final SimrsWebhook webhook;
    private final SimrsWebhookConfig config;

    SimrsRecipient(SimrsWebhook webhook, SimrsWebhookConfig config) {
        this.webhook = webhook;
        this.config = config;
    }

    @Override
    public Delivery.Receiver receiver() {
        return Delivery.Receiver.SIMRS;
    }

    @Override
    public Uni<Verdict> send(Delivery d) {
        return webhook.post(d.sourceEventId, d.eventType, d.body)
                .map(a -> new Verdict(a.ok(), a.status(), a.ok() ? null : "the SIMRS refused it: HTTP " + a.status()));
    }

    @Override
    public Outbox.Event finished(Delivery d, Verdict verdict, Instant now) {
        if (verdict.delivered()) {
            LOG.debugf("delivery %s (%s) delivered: HTTP %s", String.valueOf(d.id), d.describe(), verdict.code());
        } else {
            LOG.warnf("delivery %d (%s) parked: %s", d.id, d.describe(), d.message);
        }
        return null;
    }

    @Override
    public String notReached(Throwable failure) {
        String why = failure instanceof WebhookUnavailableException ? failure.getMessage() : Failures.typeOf(failure);
        return "SIMRS not reached, retrying: " + why;
    }

    @Override
    public Optional<Duration> giveUpAfter() {
        return Optional.of(config.giveUpAfter());
    }
}
