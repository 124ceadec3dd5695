package id.antreanonline.outbox;

import java.util.function.Function;
import java.util.function.Supplier;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.SqlConnection;

/**
 * A transaction that does not wait for its BEGIN, and may not wait before its COMMIT. Vert.x's
 * {@code withTransaction} sends BEGIN and waits for the answer before the work's first statement; here BEGIN goes out
 * together with the work's first statements, in one round trip, and PostgreSQL runs them in the order sent. A work
 * whose writes are all in one last statement ({@link #runEnding}) has that statement and the COMMIT sent together
 * too. On a hot path that is two round trips of five saved.
 * <p>
 * The work's Uni succeeding commits; failing (a statement refused, a failure of the work itself) rolls back, and the
 * connection goes back to the pool only once the transaction has ended either way. A rollback that fails (the
 * connection is gone) does not hide the failure that caused it: the server ends that session's transaction itself.
 */
public final class PipelinedTransaction {

    /**
     * What a work ends with: its result and, when it writes, the one statement that carries every one of its writes
     * (null for none), sent with the COMMIT in one round trip.
     * <p>
     * That statement failing fails the transaction, as any other: refused by the server, it aborted the transaction
     * and the COMMIT ends it with nothing written. Failing in the client before it is sent (a parameter it cannot
     * encode), it writes nothing, but the COMMIT is already on its way and commits what came before it. So what came
     * before it must not write: locks and reads only. A work that writes earlier ends with {@link #nothingMore}.
     */
    public record Ending<T>(T result, Supplier<Uni<?>> writes) {

        public static <T> Ending<T> nothingMore(T result) {
            return new Ending<>(result, null);
        }
    }

    private PipelinedTransaction() {
    }

    public static <T> Uni<T> run(Pool pool, Function<SqlConnection, Uni<T>> work) {
        return runEnding(pool, conn -> work.apply(conn).map(Ending::nothingMore));
    }

    /** The same, the work's last statement sent together with the COMMIT when it has one. */
    public static <T> Uni<T> runEnding(Pool pool, Function<SqlConnection, Uni<Ending<T>>> work) {
        return pool.withConnection(conn -> {
            Uni<Void> begin = conn.query("begin").execute().replaceWithVoid();
            // subscribed in this order: BEGIN is queued on the connection before the work's first statement
            return Uni.combine().all().unis(begin, Uni.createFrom().deferred(() -> work.apply(conn))).asTuple()
                    .onFailure().call(() -> conn.query("rollback").execute().onFailure().recoverWithNull())
                    .chain(done -> end(conn, done.getItem2()));
        });
    }

    private static <T> Uni<T> end(SqlConnection conn, Ending<T> ending) {
        if (ending.writes() == null) {
            return conn.query("commit").execute().replaceWith(ending.result());
        }
        // subscribed in this order: the writes are queued before the COMMIT. Both answers are waited for, so that the
        // connection goes back only once the transaction has ended; the writes' failure is the one the caller sees.
        Uni<Throwable> writes = Uni.createFrom().deferred(ending.writes()).onItemOrFailure().transform((i, f) -> f);
        Uni<Throwable> commit = conn.query("commit").execute().onItemOrFailure().transform((i, f) -> f);
        return Uni.combine().all().unis(writes, commit).asTuple().chain(failures -> {
            Throwable failure = failures.getItem1() != null ? failures.getItem1() : failures.getItem2();
            return failure == null ? Uni.createFrom().item(ending.result()) : Uni.createFrom().failure(failure);
        });
    }
}
