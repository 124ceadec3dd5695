package id.antreanonline.outbox;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;
import org.jboss.logging.Logger;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.pgclient.PgConnection;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Watches the service's connection pool from the outside, every few seconds, with work that no caller can cancel:
 * <ul>
 * <li>a connection lent and never given back shows in PostgreSQL as a session of this replica that has been idle
 * (outside any transaction) for longer than the pool keeps an unlent connection: such sessions are counted as leaked
 * and ended, and the pool, seeing them closed, takes new ones;</li>
 * <li>a pool that lends nothing while PostgreSQL itself answers a fresh connection is wedged: liveness turns DOWN once
 * that has lasted {@code database.pool.wedged-after}, so Kubernetes replaces the pod (a database outage is not a wedged
 * pool: restarting would not help, liveness stays UP).</li>
 * </ul>
 */
@Liveness
@ApplicationScoped
public class PoolWatch implements HealthCheck {

    private static final Logger LOG = Logger.getLogger(PoolWatch.class);
    /** Sessions of this replica idle outside a transaction for too long: lent, then forgotten. */
    private static final String LEAKED = "select pg_terminate_backend(pid) from pg_stat_activity "
            + "where application_name = $1 and state = 'idle' and pid <> pg_backend_pid() "
            + "and state_change < now() - make_interval(secs => $2)";

    private final Vertx vertx;
    private final Pool pool;
    private final BoundedPool settings;
    private final Duration interval;
    private final Duration wedgedAfter;
    private final Duration leakedAfter;
    private final AtomicLong leaked = new AtomicLong();
    private final AtomicLong reclaimed = new AtomicLong();
    private volatile long wedgedSince;
    private volatile boolean probing;
    private long timer = -1;

    PoolWatch(Vertx vertx, Pool pool, BoundedPool settings, MeterRegistry registry,
            @ConfigProperty(name = "database.pool.probe-interval", defaultValue = "5s") Duration interval,
            @ConfigProperty(name = "database.pool.wedged-after", defaultValue = "60s") Duration wedgedAfter,
            @ConfigProperty(name = "database.pool.leaked-after", defaultValue = "90s") Duration leakedAfter) {
        this.vertx = vertx;
        this.pool = pool;
        this.settings = settings;
        this.interval = interval;
        this.wedgedAfter = wedgedAfter;
        this.leakedAfter = leakedAfter;
        registry.gauge("db.pool.leaked", leaked);
        registry.more().counter("db.pool.leaks.reclaimed", java.util.List.of(), reclaimed);
        registry.gauge("db.pool.wedged.seconds", this, w -> w.wedgedMillis() / 1000.0);
    }

    void start(@Observes StartupEvent ignored) {
        timer = vertx.setPeriodic(interval.toMillis(), id -> probe());
    }

    void stop(@Observes ShutdownEvent ignored) {
        if (timer >= 0) {
            vertx.cancelTimer(timer);
        }
    }

    /** One round; rounds never overlap, and a round ends by itself (the pool's acquire timeout bounds it). */
    void probe() {
        if (probing) {
            return;
        }
        probing = true;
        pool.withConnection(this::reclaimLeaked)
                .onSuccess(n -> wedgedSince = 0)
                .recover(poolFailure -> direct().map(n -> {
                    // PostgreSQL answers but the pool lends nothing: wedged
                    if (wedgedSince == 0) {
                        wedgedSince = System.currentTimeMillis();
                        LOG.warnf("the connection pool lends nothing while PostgreSQL answers (%s)",
                                poolFailure.getClass().getSimpleName());
                    }
                    return n;
                }).onFailure(dbFailure -> wedgedSince = 0))
                .onComplete(done -> probing = false);
    }

    private Future<Integer> direct() {
        if (settings.serverOptions() == null) {
            return Future.failedFuture("the pool was not created yet");
        }
        return PgConnection.connect(vertx, settings.serverOptions())
                .compose(conn -> reclaimLeaked(conn).eventually(() -> conn.close()));
    }

    private Future<Integer> reclaimLeaked(SqlClient client) {
        return client.preparedQuery(LEAKED).execute(Tuple.of(settings.applicationName(), leakedAfter.toSeconds()))
                .map(rows -> {
                    int ended = rows.size();
                    leaked.set(ended);
                    if (ended > 0) {
                        reclaimed.addAndGet(ended);
                        LOG.warnf("ended %d database session(s) of this service lent and left idle for over %ds: "
                                + "a connection leak; the pool replaces them", ended, leakedAfter.toSeconds());
                    }
                    return ended;
                });
    }

    long wedgedMillis() {
        long since = wedgedSince;
        return since == 0 ? 0 : System.currentTimeMillis() - since;
    }

    @Override
    public HealthCheckResponse call() {
        long wedged = wedgedMillis();
        return HealthCheckResponse.named("database pool")
                .status(wedged < wedgedAfter.toMillis())
                .withData("wedgedSeconds", wedged / 1000)
                .withData("leakedSessionsEnded", reclaimed.get())
                .build();
    }
}
