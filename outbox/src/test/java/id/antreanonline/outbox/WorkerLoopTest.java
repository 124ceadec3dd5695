package id.antreanonline.outbox;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class WorkerLoopTest {

    private static final Duration AN_HOUR = Duration.ofHours(1);

    private final String name = "test-loop-" + UUID.randomUUID();
    private WorkerLoop loop;

    @AfterEach
    void stop() {
        if (loop != null) {
            loop.stop();
        }
    }

    @Test
    void anIdleWorkerWakesOnASignalBeforeItsPollInterval() {
        AtomicInteger rounds = new AtomicInteger();
        loop = new WorkerLoop(name, AN_HOUR, () -> {
            rounds.incrementAndGet();
            return false;
        });
        loop.start(1);
        await().atMost(Duration.ofSeconds(5)).until(() -> rounds.get() == 1);

        loop.wakeUp();
        await().atMost(Duration.ofSeconds(5)).until(() -> rounds.get() == 2);
    }

    @Test
    void aSignalWakesOneOfSeveralIdleWorkersNotAll() {
        AtomicInteger rounds = new AtomicInteger();
        loop = new WorkerLoop(name, AN_HOUR, () -> {
            rounds.incrementAndGet();
            return false;
        });
        loop.start(4);
        await().atMost(Duration.ofSeconds(5)).until(() -> rounds.get() == 4); // each worker's first look

        loop.wakeUp();
        await().atMost(Duration.ofSeconds(5)).until(() -> rounds.get() == 5);
        // the other three stay asleep: one commit's rows are one round's work
        await().during(Duration.ofMillis(500)).atMost(Duration.ofSeconds(2)).until(() -> rounds.get() == 5);
    }

    @Test
    void aSignalDuringARoundMakesTheWorkerLookAgain() {
        AtomicInteger rounds = new AtomicInteger();
        loop = new WorkerLoop(name, AN_HOUR, () -> {
            if (rounds.incrementAndGet() == 1) {
                loop.wakeUp(); // rows written while the first round was busy
            }
            return false;
        });
        loop.start(1);
        await().atMost(Duration.ofSeconds(5)).until(() -> rounds.get() == 2);
    }

    @Test
    void aWorkerGoesOnAtOnceWhileThereIsMoreAndPollsWhenIdle() {
        AtomicInteger rounds = new AtomicInteger();
        loop = new WorkerLoop(name, Duration.ofMillis(50), () -> rounds.incrementAndGet() < 3);
        loop.start(1);
        // three rounds back to back, then one every 50 ms without any signal
        await().atMost(Duration.ofSeconds(5)).until(() -> rounds.get() >= 6);
    }

    @Test
    void wakeUpsWithinTheSpacingMakeOneRoundAndAWakeUpAfterAQuietSpellIsServedAtOnce() {
        Duration spacing = Duration.ofSeconds(1);
        List<Long> startedAt = new CopyOnWriteArrayList<>();
        loop = new WorkerLoop(name, AN_HOUR, spacing, () -> {
            startedAt.add(System.nanoTime());
            return false;
        });
        loop.start(1);
        await().atMost(Duration.ofSeconds(5)).until(() -> startedAt.size() == 1);

        // ten commits right after the first round: their work waits out the spacing, then goes in one round
        for (int i = 0; i < 10; i++) {
            loop.wakeUp();
        }
        await().atMost(Duration.ofSeconds(5)).until(() -> startedAt.size() == 2);
        long gap = Duration.ofNanos(startedAt.get(1) - startedAt.get(0)).toMillis();
        assertTrue(gap >= spacing.toMillis() - 20, "second round " + gap + " ms after the first");
        // no round more for the other nine, and a quiet spell longer than the spacing
        await().during(spacing.plusMillis(100)).atMost(spacing.plusSeconds(2)).until(() -> startedAt.size() == 2);

        long woken = System.nanoTime();
        loop.wakeUp();
        await().atMost(Duration.ofSeconds(5)).until(() -> startedAt.size() == 3);
        long waited = Duration.ofNanos(startedAt.get(2) - woken).toMillis();
        assertTrue(waited < spacing.toMillis() / 2, "a wake-up after a quiet spell waited " + waited + " ms");
    }

    @Test
    void aFailedRoundIsRetriedAfterAGrowingPauseThatSignalsDoNotCutShort() {
        List<Long> startedAt = new CopyOnWriteArrayList<>();
        loop = new WorkerLoop(name, AN_HOUR, () -> {
            startedAt.add(System.nanoTime());
            if (startedAt.size() <= 2) {
                throw new IllegalStateException("broker away");
            }
            return false;
        });
        loop.start(1);
        // new rows keep signalling while the broker is away
        await().atMost(Duration.ofSeconds(5)).pollInterval(Duration.ofMillis(20)).until(() -> {
            loop.wakeUp();
            return startedAt.size() >= 3;
        });

        long firstPause = Duration.ofNanos(startedAt.get(1) - startedAt.get(0)).toMillis();
        long secondPause = Duration.ofNanos(startedAt.get(2) - startedAt.get(1)).toMillis();
        assertTrue(firstPause >= WorkerLoop.FIRST_BACK_OFF_MS - 20, "first pause " + firstPause + " ms");
        assertTrue(secondPause >= 2 * WorkerLoop.FIRST_BACK_OFF_MS - 20, "second pause " + secondPause + " ms");
    }

    @Test
    void stopEndsNamedDaemonWorkersEvenInTheMiddleOfARound() {
        AtomicInteger rounds = new AtomicInteger();
        loop = new WorkerLoop(name, AN_HOUR, () -> {
            rounds.incrementAndGet();
            Thread.sleep(60_000); // a round waiting on a slow broker
            return false;
        });
        loop.start(2);
        await().atMost(Duration.ofSeconds(5)).until(() -> rounds.get() == 2);
        List<Thread> workers = workers();
        assertEquals(List.of(name + "-0", name + "-1"), workers.stream().map(Thread::getName).sorted().toList());
        assertTrue(workers.stream().allMatch(Thread::isDaemon));

        loop.stop();
        assertTrue(workers().isEmpty());
        loop.wakeUp();
        await().during(Duration.ofMillis(200)).atMost(Duration.ofSeconds(1)).until(() -> rounds.get() == 2);
        assertFalse(workers.stream().anyMatch(Thread::isAlive));
    }

    private List<Thread> workers() {
        return Thread.getAllStackTraces().keySet().stream().filter(t -> t.getName().startsWith(name))
                .filter(Thread::isAlive).toList();
    }
}
