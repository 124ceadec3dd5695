package id.antreanonline.gateway.service;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import id.antreanonline.gateway.Delivery;
import id.antreanonline.outbox.Outbox;
import io.smallrye.mutiny.Uni;

/**
 * What differs between the receivers of deliveries ({@link DeliverySender} does the rest, the same for all): how one
 * item is sent and what the answer means.
 */
public interface Recipient {

    /** The receiver was heard: it has the item, or refused it in a way retrying cannot change. */
    record Verdict(boolean delivered, int code, String message) {
    }

    Delivery.Receiver receiver();

    /** The verdict when the receiver answered; a failure when it could not be heard (the item is tried again). */
    Uni<Verdict> send(Delivery d);

    /** The item finished with {@code verdict}: says so in the log, and returns the event to publish, or null. */
    Outbox.Event finished(Delivery d, Verdict verdict, Instant now);

    /** Why the receiver was not heard, stored with the item: no body, no secret, no patient data. */
    String notReached(Throwable failure);

    /** How long the waits between an item's tries may add up to before it is parked; empty: retried without end. */
    Optional<Duration> giveUpAfter();
}
