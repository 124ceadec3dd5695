package id.antreanonline.gateway.config;

import java.time.Duration;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * The hospital's SIMRS receiving events by webhook (SIMRS_WEBHOOK_URL, SIMRS_WEBHOOK_SECRET). Without a URL nothing is
 * stored for it and nothing sent; with a URL the secret is required. Retries and their back-off are the deliveries'
 * ({@link DeliveryConfig}).
 */
@ConfigMapping(prefix = "simrs.webhook")
public interface SimrsWebhookConfig {

    /** Where every event is POSTed; empty: webhooks off. */
    Optional<String> url();

    /** The shared secret of the HMAC-SHA256 signature; never logged. */
    Optional<String> secret();

    /** Whether the URL may be plain http (SIMRS_WEBHOOK_ALLOW_PLAIN_HTTP): the body carries NIK, card and phone. */
    @WithDefault("false")
    boolean allowPlainHttp();

    /** How long to wait for the TCP (and TLS) connection. */
    @WithDefault("5s")
    Duration connectTimeout();

    /** How long to wait for the SIMRS's whole answer. */
    @WithDefault("10s")
    Duration readTimeout();

    /** How long the waits between one webhook's tries may add up to before it is parked for a person to replay. */
    @WithDefault("72h")
    Duration giveUpAfter();

    /** Parallel senders in this replica (row locks keep them apart, as for BPJS). */
    @WithDefault("1")
    int workers();

    default boolean enabled() {
        return url().filter(u -> !u.isBlank()).isPresent();
    }
}
