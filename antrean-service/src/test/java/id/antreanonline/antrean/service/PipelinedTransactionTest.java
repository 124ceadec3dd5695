package id.antreanonline.antrean.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import id.antreanonline.outbox.BoundedPool;
import id.antreanonline.outbox.DatabaseOutage;
import id.antreanonline.outbox.PipelinedTransaction;
import id.antreanonline.outbox.PipelinedTransaction.Ending;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import io.vertx.pgclient.PgException;
import io.vertx.sqlclient.PoolOptions;
import jakarta.inject.Inject;

/**
 * The transaction the hot paths send with their BEGIN unwaited (and their last write with their COMMIT) keeps what
 * {@code withTransaction} promised: the work's writes all committed or none, inside the one transaction, the failure
 * that caused a rollback the one the caller sees, and the connection back in the pool outside any transaction.
 */
@QuarkusTest
class PipelinedTransactionTest {

    private static final Duration WAIT = Duration.ofSeconds(10);
    private static final String INSERT = "insert into pipelined_probe (id) values ($1)";
    private static final String INSERT_ALL = "insert into pipelined_probe (id) select unnest($1::int[])";

    @Inject
    Pool pool;
    @Inject
    Vertx vertx;

    @Inject
    TestDatabase database;

    @BeforeEach
    void emptyTable() {
        pool.query("create table if not exists pipelined_probe (id int primary key)").execute()
                .chain(() -> pool.query("truncate pipelined_probe").execute()).await().atMost(WAIT);
    }

    @Test
    void theWorksWritesAreCommittedTogether() {
        int answer = PipelinedTransaction.run(pool, conn -> Uni.combine().all()
                .unis(conn.preparedQuery(INSERT).execute(Tuple.of(1)), conn.preparedQuery(INSERT).execute(Tuple.of(2)))
                .asTuple().replaceWith(42)).await().atMost(WAIT);

        assertEquals(42, answer);
        assertEquals(List.of(1, 2), ids());
    }

    @Test
    void aStatementTheServerRefusesRollsBackTheWritesBeforeItAndIsTheFailureSeen() {
        // the second insert breaks the primary key; the first, already run by the server, must not stay
        RuntimeException failure = assertThrows(RuntimeException.class, () -> PipelinedTransaction.run(pool,
                conn -> conn.preparedQuery(INSERT).execute(Tuple.of(7))
                        .chain(() -> conn.preparedQuery(INSERT).execute(Tuple.of(7))))
                .await().atMost(WAIT));

        assertTrue(failure instanceof PgException pg && "23505".equals(pg.getSqlState()), failure.toString());
        assertEquals(List.of(), ids());
    }

    @Test
    void aFailureOfTheWorkAfterItsWritesRollsThemBack() {
        IllegalStateException failure = assertThrows(IllegalStateException.class, () -> PipelinedTransaction.run(pool,
                conn -> conn.preparedQuery(INSERT).execute(Tuple.of(3))
                        .chain(() -> Uni.createFrom().failure(new IllegalStateException("decided against it"))))
                .await().atMost(WAIT));

        assertEquals("decided against it", failure.getMessage());
        assertEquals(List.of(), ids());
    }

    @Test
    void theConnectionGoesBackOutsideAnyTransaction() {
        Pool one = onlyOne();
        try {
            // one connection only: each step below gets the one the failed transactions gave back
            assertThrows(RuntimeException.class, () -> PipelinedTransaction.run(one, conn -> conn.preparedQuery(INSERT)
                    .execute(Tuple.of(5)).chain(() -> conn.query("select 1 / 0").execute())).await().atMost(WAIT));
            assertThrows(IllegalStateException.class, () -> PipelinedTransaction.run(one, conn -> conn
                    .preparedQuery(INSERT).execute(Tuple.of(5))
                    .chain(() -> Uni.createFrom().failure(new IllegalStateException()))).await().atMost(WAIT));

            // not in an aborted transaction (this would fail) nor in an open one (the row would not be seen elsewhere)
            one.preparedQuery(INSERT).execute(Tuple.of(6)).await().atMost(WAIT);
            assertEquals(List.of(6), ids());
        } finally {
            one.close().await().atMost(WAIT);
        }
    }

    @Test
    void aLastStatementSentWithTheCommitRunsInsideTheTransactionAndCommits() {
        long xid = PipelinedTransaction.runEnding(pool, conn -> conn.query("select txid_current() % 4294967296")
                .execute().map(rows -> rows.iterator().next().getLong(0))
                .map(id -> new Ending<>(id,
                        () -> conn.preparedQuery(INSERT_ALL).execute(Tuple.of(new Integer[] { 1, 2 })))))
                .await().atMost(WAIT);

        assertEquals(List.of(1, 2), ids());
        // written by the transaction that read before it, not by one of its own after the COMMIT
        assertEquals(List.of(xid, xid), pool.query("select xmin::text::bigint from pipelined_probe").execute()
                .await().atMost(WAIT).stream().map(r -> r.getLong(0)).toList());
    }

    @Test
    void aLastStatementTheServerRefusesWritesNothingAndIsTheFailureSeen() {
        pool.preparedQuery(INSERT).execute(Tuple.of(9)).await().atMost(WAIT);

        // 8 is new, 9 breaks the primary key: the statement, and so the transaction, writes neither
        RuntimeException failure = assertThrows(RuntimeException.class, () -> PipelinedTransaction.runEnding(pool,
                conn -> Uni.createFrom().item(new Ending<>(0,
                        () -> conn.preparedQuery(INSERT_ALL).execute(Tuple.of(new Integer[] { 8, 9 })))))
                .await().atMost(WAIT));

        assertTrue(failure instanceof PgException pg && "23505".equals(pg.getSqlState()), failure.toString());
        assertEquals(List.of(9), ids());
    }

    @Test
    void aLastStatementThatFailsInTheClientWritesNothingAndTheConnectionGoesBackOutsideAnyTransaction() {
        Pool one = onlyOne();
        try {
            // text where the statement takes numbers: refused before it is sent, while the COMMIT is on its way
            assertThrows(RuntimeException.class, () -> PipelinedTransaction.runEnding(one,
                    conn -> conn.query("select 1").execute().map(read -> new Ending<>(0,
                            () -> conn.preparedQuery(INSERT_ALL).execute(Tuple.of(new String[] { "sebelas" })))))
                    .await().atMost(WAIT));
            assertEquals(List.of(), ids());

            one.preparedQuery(INSERT).execute(Tuple.of(6)).await().atMost(WAIT);
            assertEquals(List.of(6), ids());
        } finally {
            one.close().await().atMost(WAIT);
        }
    }

    @Test
    void aConnectionTheServerEndsBetweenTwoStatementsFailsTheWorkAsAnOutage() {
        // PostgreSQL stopping ends its sessions; a work whose connection closed between two statements then gives
        // the next one to a closed connection: an outage (503, send again), not a fault of the request (500). A pool
        // of its own, so that the connection it ends is no other test's.
        Pool own = onlyOne();
        try {
            RuntimeException failure = assertThrows(RuntimeException.class, () -> PipelinedTransaction.run(own,
                    conn -> {
                        CompletableFuture<Void> closed = new CompletableFuture<>();
                        conn.closeHandler(() -> closed.complete(null));
                        return conn.preparedQuery(INSERT).execute(Tuple.of(11))
                                .chain(() -> conn.query("select pg_backend_pid()").execute())
                                .map(rows -> rows.iterator().next().getInteger(0))
                                .chain(pid -> pool.preparedQuery("select pg_terminate_backend($1)")
                                        .execute(Tuple.of(pid)))
                                .chain(() -> Uni.createFrom().completionStage(closed))
                                .chain(() -> conn.preparedQuery(INSERT).execute(Tuple.of(12)));
                    }).await().atMost(WAIT));

            assertTrue(DatabaseOutage.is(failure), failure.toString());
            assertEquals(List.of(), ids());
            // the pool does not lend the ended connection again: its next statement gets a new one
            for (int i = 0; i < 5; i++) {
                assertEquals(1, own.query("select 1").execute().await().atMost(WAIT).iterator().next().getInteger(0));
            }
        } finally {
            own.close().await().atMost(WAIT);
        }
    }

    /** A pool of one connection, built as the service's own (BoundedPool). */
    private Pool onlyOne() {
        return Pool.newInstance(BoundedPool.lendingInTime(vertx.getDelegate(), List.of(database.server()),
                new PoolOptions().setMaxSize(1), WAIT, () -> { }));
    }

    private List<Integer> ids() {
        return pool.query("select id from pipelined_probe order by id").execute().await().atMost(WAIT).stream()
                .map(r -> r.getInteger("id")).toList();
    }
}
