package id.antreanonline.outbox;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.vertx.core.Vertx;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * How far the outbox is behind: rows Kafka has not acknowledged and the age of the oldest ({@code outbox_backlog},
 * {@code outbox_oldest_seconds}). A backlog that grows means Kafka is unreachable or the relay is stuck; events wait
 * in the database meanwhile, so nothing is lost, but every reader downstream is late.
 */
@ApplicationScoped
public class OutboxGauges {

    private static final String SAMPLE = "select count(*), coalesce(extract(epoch from now() - min(created_at)), 0)"
            + " from outbox where sent_at is null";

    private final AtomicLong backlog = new AtomicLong();
    private final AtomicLong oldestSeconds = new AtomicLong();
    private final Duration interval;
    private DatabaseSample sample;

    OutboxGauges(MeterRegistry registry,
            @ConfigProperty(name = "antrean.metrics.sample-interval", defaultValue = "15s") Duration interval) {
        this.interval = interval;
        registry.gauge("outbox.backlog", backlog);
        registry.gauge("outbox.oldest.seconds", oldestSeconds);
    }

    void start(@Observes StartupEvent ignored, Vertx vertx, Pool pool) {
        sample = DatabaseSample.every(interval, vertx, pool, SAMPLE, rows -> {
            Row r = rows.iterator().next();
            backlog.set(r.getLong(0));
            oldestSeconds.set((long) r.getDouble(1).doubleValue());
        });
    }

    void stop(@Observes ShutdownEvent ignored) {
        if (sample != null) {
            sample.stop();
        }
    }
}
