package id.antreanonline.outbox;

import java.util.function.Function;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.SqlConnection;

/**
 * A transaction that does not wait for its BEGIN. Vert.x's {@code withTransaction} sends BEGIN and waits for the
 * answer before the work's first statement; here BEGIN goes out together with the work's first statements, in one round
 * trip, and PostgreSQL runs them in the order sent. On a hot path that is one round trip of five saved.
 * <p>
 * The work's Uni succeeding commits; failing (a statement refused, a failure of the work itself) rolls back, and the
 * connection goes back to the pool only once the transaction has ended either way. A rollback that fails (the
 * connection is gone) does not hide the failure that caused it: the server ends that session's transaction itself.
 */
public final class PipelinedTransaction {

    private PipelinedTransaction() {
    }

    public static <T> Uni<T> run(Pool pool, Function<SqlConnection, Uni<T>> work) {
        return pool.withConnection(conn -> {
            Uni<Void> begin = conn.query("begin").execute().replaceWithVoid();
            // subscribed in this order: BEGIN is queued on the connection before the work's first statement
            return Uni.combine().all().unis(begin, Uni.createFrom().deferred(() -> work.apply(conn))).asTuple()
                    .onFailure().call(() -> conn.query("rollback").execute().onFailure().recoverWithNull())
                    .chain(done -> conn.query("commit").execute().replaceWith(done.getItem2()));
        });
    }
}
