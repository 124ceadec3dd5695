package id.antreanonline.gateway.config;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The dispatcher that sends stored deliveries to BPJS. */
@ConfigMapping(prefix = "gateway.delivery")
public interface DeliveryConfig {

    /** Parallel senders in this replica; each claims its own batch (row locks keep the batches apart). */
    @WithDefault("4")
    int workers();

    /** How many due deliveries a sender claims in one statement (one per booking is sent in a round). */
    @WithDefault("500")
    int batchSize();

    /** How many calls of one batch are in flight to BPJS at once. */
    @WithDefault("32")
    int concurrentCalls();

    /** How often an idle sender looks for due work (a stored delivery wakes it sooner). */
    @WithDefault("500ms")
    Duration pollInterval();

    /** First retry delay after a transport failure; doubled on each further failure. */
    @WithDefault("1s")
    Duration backoffInitial();

    /** The longest delay between two retries of one delivery. */
    @WithDefault("30s")
    Duration backoffMax();

    /** Whether this replica sends at all (off for maintenance). */
    @WithDefault("true")
    boolean enabled();
}
