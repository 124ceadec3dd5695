package id.antreanonline.gateway.service;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import id.antreanonline.gateway.Delivery;
import id.antreanonline.gateway.config.DeliveryConfig;
import id.antreanonline.outbox.Outbox;
import io.smallrye.mutiny.Uni;

/**
 * With the production settings (back-off 1 s doubling to 30 s, give up after 72 h), a SIMRS down for minutes or a
 * weekend gets everything afterwards; only an item that kept failing for 72 hours is parked. BPJS is never given up.
 */
class WebhookGiveUpTest {

    private final DeliverySender sender = new DeliverySender(null, null, null, new ProductionDefaults(), null, null);

    @Test
    void aTwoMinuteOutageIsWaitedOutAndOnlyThreeDaysOfFailuresPark() {
        Recipient simrs = recipient(Optional.of(Duration.ofHours(72)));
        int tries = 0;
        Duration failingFor = Duration.ZERO;
        // the receiver down for two minutes (and far beyond): every try fails, none is given up
        while (failingFor.compareTo(Duration.ofHours(71)) < 0) {
            assertFalse(sender.givenUp(simrs, failed(tries)), "given up after " + failingFor);
            tries++;
            failingFor = sender.waitedAfter(tries);
        }
        int triesIn72Hours = tries;
        while (sender.waitedAfter(triesIn72Hours).compareTo(Duration.ofHours(72)) < 0) {
            triesIn72Hours++;
        }
        assertTrue(sender.givenUp(simrs, failed(triesIn72Hours)));
    }

    @Test
    void bpjsIsNeverGivenUp() {
        assertFalse(sender.givenUp(recipient(Optional.empty()), failed(100_000)));
    }

    private static Delivery failed(int tries) {
        Delivery d = new Delivery();
        d.attempts = tries;
        return d;
    }

    private static Recipient recipient(Optional<Duration> giveUpAfter) {
        return new Recipient() {
            @Override
            public Delivery.Receiver receiver() {
                return Delivery.Receiver.SIMRS;
            }

            @Override
            public Uni<Verdict> send(Delivery d) {
                throw new UnsupportedOperationException();
            }

            @Override
            public Outbox.Event finished(Delivery d, Verdict verdict, Instant now) {
                return null;
            }

            @Override
            public String notReached(Throwable failure) {
                return "";
            }

            @Override
            public Optional<Duration> giveUpAfter() {
                return giveUpAfter;
            }
        };
    }

    /** application.properties' production values. */
    private static final class ProductionDefaults implements DeliveryConfig {
        @Override
        public int workers() {
            return 4;
        }

        @Override
        public int batchSize() {
            return 500;
        }

        @Override
        public int concurrentCalls() {
            return 32;
        }

        @Override
        public Duration pollInterval() {
            return Duration.ofMillis(500);
        }

        @Override
        public Duration backoffInitial() {
            return Duration.ofSeconds(1);
        }

        @Override
        public Duration backoffMax() {
            return Duration.ofSeconds(30);
        }

        @Override
        public boolean enabled() {
            return true;
        }
    }
}
