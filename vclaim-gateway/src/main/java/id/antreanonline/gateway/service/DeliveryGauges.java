package id.antreanonline.gateway.service;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import id.antreanonline.outbox.DatabaseSample;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.vertx.core.Vertx;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Deliveries still owed, per receiver (BPJS, the SIMRS's webhook): {@code deliveries_open{receiver, status}} for
 * pending and parked, and {@code deliveries_oldest_pending_seconds{receiver}}. A parked delivery waits for a person
 * (replay from the console); an old pending one means BPJS has not been reached for that long, which BPJS's own
 * dashboard shows as the hospital being late.
 */
@ApplicationScoped
public class DeliveryGauges {

    private static final String[] RECEIVERS = { "BPJS", "SIMRS" };
    private static final String[] STATES = { "PENDING", "PARKED" };
    private static final String SAMPLE = "select receiver, status, count(*),"
            + " coalesce(extract(epoch from now() - min(created_at)), 0) from delivery"
            + " where status in ('PENDING', 'PARKED') group by receiver, status";

    private final Map<String, AtomicLong> open = new HashMap<>();
    private final Map<String, AtomicLong> oldestPending = new HashMap<>();
    private final Duration interval;
    private DatabaseSample sample;

    DeliveryGauges(MeterRegistry registry,
            @ConfigProperty(name = "antrean.metrics.sample-interval", defaultValue = "15s") Duration interval) {
        this.interval = interval;
        for (String receiver : RECEIVERS) {
            for (String state : STATES) {
                open.put(receiver + state, registry.gauge("deliveries.open",
                        Tags.of("receiver", receiver, "status", state.toLowerCase()), new AtomicLong()));
            }
            oldestPending.put(receiver, registry.gauge("deliveries.oldest.pending.seconds",
                    Tags.of("receiver", receiver), new AtomicLong()));
        }
    }

    void start(@Observes StartupEvent ignored, Vertx vertx, Pool pool) {
        sample = DatabaseSample.every(interval, vertx, pool, SAMPLE, rows -> {
            Map<String, Long> counts = new HashMap<>();
            Map<String, Long> ages = new HashMap<>();
            for (Row r : rows) {
                counts.put(r.getString(0) + r.getString(1), r.getLong(2));
                if ("PENDING".equals(r.getString(1))) {
                    ages.put(r.getString(0), (long) r.getDouble(3).doubleValue());
                }
            }
            // a state with no row is zero, not its last value
            open.forEach((key, gauge) -> gauge.set(counts.getOrDefault(key, 0L)));
            oldestPending.forEach((receiver, gauge) -> gauge.set(ages.getOrDefault(receiver, 0L)));
        });
    }

    void stop(@Observes ShutdownEvent ignored) {
        if (sample != null) {
            sample.stop();
        }
    }
}
