package id.antreanonline.outbox;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.reactive.pg.client.PgPoolCreator;
import io.vertx.core.Vertx;
import io.vertx.pgclient.PgConnectOptions;
import io.vertx.pgclient.PgPool;
import io.vertx.sqlclient.PoolOptions;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The service's PostgreSQL pool, bounded so that it cannot hang a request: waiting for a connection ends after
 * {@code database.pool.acquire-timeout} (the request is then answered 503 + Retry-After, not after Vert.x's default
 * 30 s; counted in {@code db.pool.waits.timed.out}; {@link LendsInTime} keeps that timeout, not Vert.x),
 * the queue of waiters is bounded, and the server ends any session left idle inside a transaction
 * ({@code idle_in_transaction_session_timeout}), which also gives back a connection whose holder vanished. Each
 * connection names its service and host ({@code application_name}), so {@link PoolWatch} can find its own sessions.
 */
@ApplicationScoped
public class BoundedPool implements PgPoolCreator {

    private final Duration acquireTimeout;
    private final int maxWaiting;
    private final Duration idleInTransaction;
    private final String applicationName;
    private final Counter timedOut;
    private volatile PgConnectOptions server;

    BoundedPool(@ConfigProperty(name = "database.pool.acquire-timeout", defaultValue = "2s") Duration acquireTimeout,
            @ConfigProperty(name = "database.pool.max-waiting", defaultValue = "256") int maxWaiting,
            @ConfigProperty(name = "database.pool.idle-in-transaction-timeout", defaultValue = "60s")
            Duration idleInTransaction,
            @ConfigProperty(name = "quarkus.application.name", defaultValue = "antrean-online") String service,
            MeterRegistry registry) {
        this.timedOut = registry.counter("db.pool.waits.timed.out");
        this.acquireTimeout = acquireTimeout;
        this.maxWaiting = maxWaiting;
        this.idleInTransaction = idleInTransaction;
        this.applicationName = applicationName(service);
    }

    @Override
    public PgPool create(Input input) {
        PoolOptions options = new PoolOptions(input.poolOptions()).setMaxWaitQueueSize(maxWaiting);
        if (input.poolOptions().getIdleTimeout() <= 0) {
            // an unlent connection is closed after this; PoolWatch counts one idle for much longer as leaked
            options.setIdleTimeout(30).setIdleTimeoutUnit(TimeUnit.SECONDS);
        }
        List<PgConnectOptions> servers = input.pgConnectOptionsList().stream().map(this::withSessionSettings).toList();
        server = servers.get(0);
        return lendingInTime(input.vertx(), servers, options, acquireTimeout, timedOut::increment);
    }

    /**
     * A pool that lends within {@code acquireTimeout} or fails the wait (503 at the edge), and never loses a
     * connection to a wait that ended ({@link LendsInTime}); {@code options}' own connection timeout is not used.
     * {@code timedOut} is told of each wait that ended without a connection.
     */
    @SuppressWarnings("deprecation") // Quarkus casts what a creator returns to PgPool
    public static PgPool lendingInTime(Vertx vertx, List<PgConnectOptions> servers, PoolOptions options,
            Duration acquireTimeout, Runnable timedOut) {
        PoolOptions untimed = new PoolOptions(options).setConnectionTimeout(0);
        return new LendsInTime(vertx, PgPool.pool(vertx, servers, untimed), Math.max(1, acquireTimeout.toMillis()),
                timedOut);
    }

    private PgConnectOptions withSessionSettings(PgConnectOptions server) {
        return new PgConnectOptions(server)
                .addProperty("application_name", applicationName)
                .addProperty("idle_in_transaction_session_timeout", Long.toString(idleInTransaction.toMillis()));
    }

    /** Where a connection outside the pool goes (PoolWatch's check that PostgreSQL itself answers). */
    PgConnectOptions serverOptions() {
        return server;
    }

    /** This replica's name in pg_stat_activity: the service and the host (the pod's name in Kubernetes). */
    public String applicationName() {
        return applicationName;
    }

    static String applicationName(String service) {
        String host = System.getenv().getOrDefault("HOSTNAME", "");
        if (host.isBlank()) {
            try {
                host = java.net.InetAddress.getLocalHost().getHostName();
            } catch (java.io.IOException e) {
                host = "local";
            }
        }
        String name = service + "@" + host + "#" + ProcessHandle.current().pid();
        return name.length() > 63 ? name.substring(0, 63) : name; // PostgreSQL keeps 63 bytes
    }
}
