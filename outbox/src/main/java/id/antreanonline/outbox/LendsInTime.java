package id.antreanonline.outbox;

import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import java.util.stream.Collector;

import io.vertx.core.AsyncResult;
import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.Handler;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.VertxException;
import io.vertx.pgclient.PgPool;
import io.vertx.sqlclient.PrepareOptions;
import io.vertx.sqlclient.PreparedQuery;
import io.vertx.sqlclient.Query;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.RowSet;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.SqlConnection;
import io.vertx.sqlclient.SqlResult;
import io.vertx.sqlclient.Tuple;

/**
 * The service's pool as everything in it sees it (our code, Hibernate Reactive): a connection is lent within the
 * acquire timeout or the wait fails with {@link NoConnectionInTime}, and a statement sent to the pool itself waits no
 * longer.
 * <p>
 * The timeout is kept here, not by Vert.x. Vert.x's own (PoolOptions' connection timeout, 4.5.28) can lose a
 * connection: a connection given back is handed to the next waiter, and when that waiter's timer fires on its event
 * loop before the hand-over runs there, the pool cancels the wait as if nothing had been handed, fails it, and then
 * delivers the connection to a caller that is gone. That connection stays lent for good (the hang-up drill left 1 to
 * 18 of 20 lent in pasien-service, 5 in the gateway, the pool's queue gauge as far below zero). Here the wait's end
 * and the connection's arrival are settled on one promise: a connection that arrives after its caller was answered
 * goes straight back to the pool. The wrapped pool's waiters still count towards its bounded queue until it serves
 * them.
 */
final class LendsInTime implements PgPool {

    /** The wait for a connection ended before the pool lent one. */
    static final class NoConnectionInTime extends VertxException {

        private static final long serialVersionUID = 1L;

        NoConnectionInTime(long millis) {
            super(DatabaseOutage.NO_CONNECTION_IN_TIME + " (" + millis + " ms)", true);
        }
    }

    private final Vertx vertx;
    private final PgPool pool;
    private final long timeoutMillis;
    private final Runnable timedOut;

    /**
     * @param pool a pool without a connection timeout of its own (it would race this one)
     * @param timedOut told of each wait that ended without a connection (a metric)
     */
    LendsInTime(Vertx vertx, PgPool pool, long timeoutMillis, Runnable timedOut) {
        this.vertx = vertx;
        this.pool = pool;
        this.timeoutMillis = timeoutMillis;
        this.timedOut = timedOut;
    }

    @Override
    public Future<SqlConnection> getConnection() {
        Future<SqlConnection> asked = pool.getConnection();
        if (asked.isComplete()) {
            return asked; // lent (or refused) at once: nothing to wait for
        }
        // the timer and the answer settle the wait once between them, whichever thread each runs on (a caller
        // outside any Vert.x context has them on two event loops); a wait that ended is counted before its caller
        // hears of it, so whoever reads the count after the refusal sees it
        Promise<SqlConnection> lent = Promise.promise();
        AtomicBoolean settled = new AtomicBoolean();
        long timer = vertx.setTimer(timeoutMillis, id -> {
            if (settled.compareAndSet(false, true)) {
                timedOut.run();
                lent.fail(new NoConnectionInTime(timeoutMillis));
            }
        });
        asked.onComplete(answer -> {
            vertx.cancelTimer(timer);
            if (settled.compareAndSet(false, true)) {
                lent.handle(answer);
            } else if (answer.succeeded()) {
                answer.result().close(); // its caller was already told no: back to the pool at once
            }
        });
        return lent.future();
    }

    @Override
    public void getConnection(Handler<AsyncResult<SqlConnection>> handler) {
        getConnection().onComplete(handler);
    }

    @Override
    public Query<RowSet<Row>> query(String sql) {
        return new OnLentConnection<>(conn -> conn.query(sql));
    }

    @Override
    public PreparedQuery<RowSet<Row>> preparedQuery(String sql) {
        return new PreparedOnLentConnection<>(conn -> conn.preparedQuery(sql));
    }

    @Override
    public PreparedQuery<RowSet<Row>> preparedQuery(String sql, PrepareOptions options) {
        return new PreparedOnLentConnection<>(conn -> conn.preparedQuery(sql, options));
    }

    @Override
    public PgPool connectHandler(Handler<SqlConnection> handler) {
        pool.connectHandler(handler);
        return this;
    }

    @Override
    public PgPool connectionProvider(Function<Context, Future<SqlConnection>> provider) {
        pool.connectionProvider(provider);
        return this;
    }

    @Override
    public int size() {
        return pool.size();
    }

    @Override
    public void close(Handler<AsyncResult<Void>> handler) {
        pool.close(handler);
    }

    @Override
    public Future<Void> close() {
        return pool.close();
    }

    /** A statement sent to the pool: on a connection lent as above, given back when the statement has ended. */
    private class OnLentConnection<T> implements Query<T> {

        final Function<SqlClient, ? extends Query<T>> on;

        OnLentConnection(Function<SqlClient, ? extends Query<T>> on) {
            this.on = on;
        }

        @Override
        public Future<T> execute() {
            return withConnection(conn -> on.apply(conn).execute());
        }

        @Override
        public void execute(Handler<AsyncResult<T>> handler) {
            execute().onComplete(handler);
        }

        @Override
        public <R> Query<SqlResult<R>> collecting(Collector<Row, ?, R> collector) {
            return new OnLentConnection<>(conn -> on.apply(conn).collecting(collector));
        }

        @Override
        public <U> Query<RowSet<U>> mapping(Function<Row, U> mapper) {
            return new OnLentConnection<>(conn -> on.apply(conn).mapping(mapper));
        }
    }

    private final class PreparedOnLentConnection<T> extends OnLentConnection<T> implements PreparedQuery<T> {

        private final Function<SqlClient, PreparedQuery<T>> prepared;

        PreparedOnLentConnection(Function<SqlClient, PreparedQuery<T>> prepared) {
            super(prepared);
            this.prepared = prepared;
        }

        @Override
        public Future<T> execute(Tuple tuple) {
            return withConnection(conn -> prepared.apply(conn).execute(tuple));
        }

        @Override
        public void execute(Tuple tuple, Handler<AsyncResult<T>> handler) {
            execute(tuple).onComplete(handler);
        }

        @Override
        public Future<T> executeBatch(List<Tuple> batch) {
            return withConnection(conn -> prepared.apply(conn).executeBatch(batch));
        }

        @Override
        public void executeBatch(List<Tuple> batch, Handler<AsyncResult<T>> handler) {
            executeBatch(batch).onComplete(handler);
        }

        @Override
        public <R> PreparedQuery<SqlResult<R>> collecting(Collector<Row, ?, R> collector) {
            return new PreparedOnLentConnection<>(conn -> prepared.apply(conn).collecting(collector));
        }

        @Override
        public <U> PreparedQuery<RowSet<U>> mapping(Function<Row, U> mapper) {
            return new PreparedOnLentConnection<>(conn -> prepared.apply(conn).mapping(mapper));
        }
    }
}
