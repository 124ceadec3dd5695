package id.antreanonline.farmasi.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The public waiting-room displays. */
@ConfigMapping(prefix = "farmasi.display")
public interface DisplayConfig {

    /**
     * Event streams one caller address may hold open at once (the address as {@code edge.ClientAddress} finds it:
     * behind an ingress, set {@code antrean.http.trusted-proxies}, or every screen shares the ingress's address).
     */
    @WithDefault("4")
    int maxStreamsPerClient();

    /** Event streams this instance holds open at once, for all callers together. */
    @WithDefault("256")
    int maxStreams();

    /** Seconds a refused caller is told to wait (Retry-After). */
    @WithDefault("30")
    int retryAfterSeconds();
}
