package id.antreanonline.farmasi.display;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

import id.antreanonline.edge.RequestRefused;
import id.antreanonline.farmasi.config.DisplayConfig;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Caps the open display streams, per caller address and in total: the streams are public and each holds a connection
 * for as long as the caller likes, so one caller (or a crowd) could otherwise hold all of them. A stream takes a
 * place when it opens and gives it back when it ends, however it ends.
 */
@ApplicationScoped
@Startup // its gauge is there from the start, not from the first stream
public class StreamQuota {

    static final String TOO_MANY = "Terlalu banyak layar tersambung; coba lagi sebentar lagi";

    private final int perClient;
    private final int total;
    private final int retryAfterSeconds;
    private final Map<String, Integer> openByClient = new HashMap<>();
    private int open;

    @Inject
    StreamQuota(DisplayConfig config, MeterRegistry registry) {
        this(config.maxStreamsPerClient(), config.maxStreams(), config.retryAfterSeconds());
        registry.gauge("display.streams.open", this, StreamQuota::open);
    }

    StreamQuota(int perClient, int total, int retryAfterSeconds) {
        this.perClient = perClient;
        this.total = total;
        this.retryAfterSeconds = retryAfterSeconds;
    }

    /** A place for one more stream of {@code client}; refused (429, Retry-After) when the caller or all have the most. */
    public synchronized Place take(String client) {
        int ofClient = openByClient.getOrDefault(client, 0);
        if (ofClient >= perClient || open >= total) {
            throw RequestRefused.tooMany(TOO_MANY, retryAfterSeconds);
        }
        openByClient.put(client, ofClient + 1);
        open++;
        return new Place(client);
    }

    /** Display streams open now (the waiting-room screens and station consoles listening). */
    synchronized int open() {
        return open;
    }

    private synchronized void giveBack(String client) {
        openByClient.computeIfPresent(client, (c, n) -> n <= 1 ? null : n - 1);
        open--;
    }

    /** One open stream's place; giving it back twice gives back one. */
    public final class Place {

        private final String client;
        private final AtomicBoolean returned = new AtomicBoolean();

        private Place(String client) {
            this.client = client;
        }

        public void giveBack() {
            if (returned.compareAndSet(false, true)) {
                StreamQuota.this.giveBack(client);
            }
        }
    }
}
