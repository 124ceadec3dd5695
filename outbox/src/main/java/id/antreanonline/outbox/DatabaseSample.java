package id.antreanonline.outbox;

import java.time.Duration;
import java.util.function.Consumer;

import org.jboss.logging.Logger;

import io.vertx.core.Vertx;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.RowSet;

/**
 * A query run every so often whose answer feeds gauges: a scrape reads the last answer and never waits on the
 * database. Rounds never overlap, and a round the database cannot answer keeps the last values (a database that is
 * down shows in readiness and its own alert, not as a backlog of zero).
 */
public final class DatabaseSample {

    private static final Logger LOG = Logger.getLogger(DatabaseSample.class);

    private final Vertx vertx;
    private final Pool pool;
    private final String sql;
    private final Consumer<RowSet<Row>> read;
    private volatile boolean running;
    private long timer = -1;

    private DatabaseSample(Vertx vertx, Pool pool, String sql, Consumer<RowSet<Row>> read) {
        this.vertx = vertx;
        this.pool = pool;
        this.sql = sql;
        this.read = read;
    }

    /** Starts sampling now and then every {@code interval}; {@link #stop()} ends it. */
    public static DatabaseSample every(Duration interval, Vertx vertx, Pool pool, String sql,
            Consumer<RowSet<Row>> read) {
        DatabaseSample sample = new DatabaseSample(vertx, pool, sql, read);
        sample.round();
        sample.timer = vertx.setPeriodic(interval.toMillis(), id -> sample.round());
        return sample;
    }

    private void round() {
        if (running) {
            return;
        }
        running = true;
        pool.query(sql).execute()
                .onSuccess(read::accept)
                .onFailure(e -> LOG.debugf("metrics sample skipped: %s", e.getMessage()))
                .onComplete(done -> running = false);
    }

    public void stop() {
        if (timer >= 0) {
            vertx.cancelTimer(timer);
        }
    }
}
