package id.antreanonline.antrean.service;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import id.antreanonline.outbox.BoundedPool;
import id.antreanonline.outbox.DatabaseOutage;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.core.Future;
import io.vertx.mutiny.core.Vertx;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.PoolOptions;
import io.vertx.sqlclient.SqlConnection;
import jakarta.inject.Inject;

/**
 * The pool every service uses (BoundedPool) ends a wait for a connection at its acquire timeout, for a connection and
 * for a statement sent to the pool, and loses no connection to a wait that ended: the connection that comes after its
 * caller was answered goes back to the pool. (Vert.x's own acquire timeout could lose it, and the hang-up drill found
 * pool connections lent for good.)
 */
@QuarkusTest
class LendingInTimeTest {

    @Inject
    Vertx vertx;

    @Inject
    TestDatabase database;

    private final List<Pool> pools = new ArrayList<>();
    private final AtomicInteger timedOut = new AtomicInteger();

    @AfterEach
    void close() throws Exception {
        for (Pool pool : pools) {
            pool.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
        }
    }

    @Test
    void aWaitEndsAtTheTimeoutAndTheConnectionThatComesLaterGoesBack() throws Exception {
        Pool pool = pool(1, Duration.ofMillis(300));
        SqlConnection held = get(pool.getConnection());

        long started = System.nanoTime();
        Throwable noConnection = failureOf(pool.getConnection());
        long waited = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
        Throwable noStatement = failureOf(pool.preparedQuery("select 1").execute());

        assertTrue(DatabaseOutage.is(noConnection), noConnection.toString());
        assertTrue(DatabaseOutage.is(noStatement), noStatement.toString());
        assertTrue(waited >= 250 && waited < 5_000, "waited " + waited + " ms");
        assertEquals(2, timedOut.get(), "each wait that ended is counted");

        // the one connection goes back: the two waits that ended take it in turn and give it back, then it is lent
        get(held.close());
        assertEquals(1, (int) get(pool.query("select 1").execute()).iterator().next().getInteger(0));
        SqlConnection again = get(pool.getConnection());
        get(again.close());
        assertTrue(bothLendable(pool, 1), "the pool's one connection is lendable again");
    }

    @Test
    void aCrowdOfWaitsEndingAtTheTimeoutLosesNoConnection() throws Exception {
        Pool pool = pool(2, Duration.ofMillis(2));
        io.vertx.core.Vertx core = vertx.getDelegate();
        AtomicInteger lent = new AtomicInteger();
        AtomicInteger refused = new AtomicInteger();
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(3);
        List<CompletableFuture<Void>> callers = new ArrayList<>();
        for (int i = 0; i < 32; i++) {
            CompletableFuture<Void> done = new CompletableFuture<>();
            // each caller on its own context, spread over the event loops, as requests are
            core.getOrCreateContext().runOnContext(v -> borrow(core, pool, end, lent, refused, done));
            callers.add(done);
        }
        CompletableFuture.allOf(callers.toArray(CompletableFuture[]::new)).get(60, TimeUnit.SECONDS);

        assertTrue(lent.get() > 0 && refused.get() > 0, "lent " + lent + ", refused " + refused);
        assertTrue(timedOut.get() > 0 && timedOut.get() <= refused.get(), "counted " + timedOut + " of " + refused);
        await().atMost(Duration.ofSeconds(10)).until(() -> bothLendable(pool, 2));
    }

    /** Borrows a connection for 1-4 ms, again and again until {@code end}; a refusal is counted and tried again. */
    private static void borrow(io.vertx.core.Vertx core, Pool pool, long end, AtomicInteger lent,
            AtomicInteger refused, CompletableFuture<Void> done) {
        if (System.nanoTime() > end) {
            done.complete(null);
            return;
        }
        pool.getConnection().onComplete(answer -> {
            if (answer.failed()) {
                refused.incrementAndGet();
                borrow(core, pool, end, lent, refused, done);
                return;
            }
            lent.incrementAndGet();
            core.setTimer(1 + ThreadLocalRandom.current().nextInt(4), id -> answer.result().close()
                    .onComplete(closed -> borrow(core, pool, end, lent, refused, done)));
        });
    }

    /** Whether {@code n} connections can be lent at once (each wait within the pool's own timeout). */
    private static boolean bothLendable(Pool pool, int n) {
        List<Future<SqlConnection>> asked = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            asked.add(pool.getConnection());
        }
        try {
            Future.join(asked).toCompletionStage().toCompletableFuture().get(5, TimeUnit.SECONDS);
        } catch (Exception e) {
            // not all of them
        }
        boolean all = asked.stream().allMatch(Future::succeeded);
        asked.forEach(f -> f.onSuccess(SqlConnection::close));
        return all;
    }

    private Pool pool(int size, Duration acquireTimeout) {
        Pool pool = BoundedPool.lendingInTime(vertx.getDelegate(), List.of(database.server()), new PoolOptions()
                .setMaxSize(size).setMaxWaitQueueSize(1000), acquireTimeout, timedOut::incrementAndGet);
        pools.add(pool);
        return pool;
    }

    private static <T> T get(Future<T> future) throws Exception {
        return future.toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
    }

    private static Throwable failureOf(Future<?> future) throws Exception {
        try {
            get(future);
        } catch (ExecutionException e) {
            return e.getCause();
        }
        throw new AssertionError("expected the wait to fail");
    }
}
