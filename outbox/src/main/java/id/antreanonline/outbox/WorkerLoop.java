package id.antreanonline.outbox;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.jboss.logging.Logger;

/**
 * Background workers that repeat a round of work: again at once while a round says there may be more, otherwise
 * after the idle interval or a {@link #wakeUp()}, whichever comes first. A wake-up wakes one worker, not all: one
 * commit's new rows are one round's work, and the others would only find them claimed. After a failed round a worker pauses for a
 * growing time (500 ms doubling up to 5 s) that wake-ups do not cut short, so a broken broker or database is not
 * hammered by every new row. A loop may space its rounds: a round that found its work done does not start the next
 * sooner than the spacing after its own start, so that under a stream of wake-ups the work of several goes in one
 * round (fewer, larger rounds for the same work), while a wake-up after a quiet spell is served at once. Threads are
 * named daemons; {@link #stop()} ends them at shutdown.
 */
public final class WorkerLoop {

    /** One round of work. */
    @FunctionalInterface
    public interface Round {
        /** @return true when there may be more to do right away */
        boolean run() throws Throwable;
    }

    private static final Logger LOG = Logger.getLogger(WorkerLoop.class);
    static final long FIRST_BACK_OFF_MS = 500;
    static final long LAST_BACK_OFF_MS = 5000;
    private static final long STOP_WAIT_MS = 5000;

    private final String name;
    private final long idleMillis;
    private final long spacingNanos;
    private final Round round;
    private final Object monitor = new Object();
    private final List<Thread> threads = new ArrayList<>();
    /**
     * Wake-ups not yet taken by a worker (at most one per worker): one that comes while every worker is busy is taken
     * by the next to finish, which looks again. Guarded by monitor.
     */
    private long pending;
    private volatile boolean running;
    private volatile int workers;

    /** @param name the threads' name (with "-n" appended when there are several) */
    public WorkerLoop(String name, Duration idle, Round round) {
        this(name, idle, Duration.ZERO, round);
    }

    /** @param spacing the least time from a round's start to the next round's when the first found its work done */
    public WorkerLoop(String name, Duration idle, Duration spacing, Round round) {
        this.name = name;
        this.idleMillis = Math.max(1, idle.toMillis());
        this.spacingNanos = Math.max(0, spacing.toNanos());
        this.round = round;
    }

    public synchronized void start(int workers) {
        running = true;
        this.workers = workers;
        for (int i = 0; i < workers; i++) {
            Thread worker = new Thread(this::work, workers == 1 ? name : name + "-" + i);
            worker.setDaemon(true);
            threads.add(worker);
            worker.start();
        }
    }

    /** Something was just written: look now rather than at the next idle poll. */
    public void wakeUp() {
        synchronized (monitor) {
            // more wake-ups than workers would only make rounds that find nothing
            pending = Math.min(pending + 1, Math.max(1, workers));
            monitor.notifyAll();
        }
    }

    /** Ends the workers: a waiting one at once, a busy one is interrupted; waits a few seconds for them. */
    public synchronized void stop() {
        running = false;
        synchronized (monitor) {
            monitor.notifyAll();
        }
        threads.forEach(Thread::interrupt);
        long deadline = System.nanoTime() + STOP_WAIT_MS * 1_000_000;
        try {
            for (Thread t : threads) {
                t.join(Math.max(1, (deadline - System.nanoTime()) / 1_000_000));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        threads.clear();
    }

    private void work() {
        long backOff = 0;
        while (running) {
            boolean more;
            long started = System.nanoTime();
            try {
                more = round.run();
                backOff = 0;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (Throwable e) {
                if (!running) {
                    return;
                }
                backOff = backOff == 0 ? FIRST_BACK_OFF_MS : Math.min(backOff * 2, LAST_BACK_OFF_MS);
                LOG.warnf("%s: round failed, next try in %d ms: %s", name, backOff, Failures.typeOf(e));
                if (!pause(backOff, false)) {
                    return;
                }
                continue;
            }
            if (more) {
                continue;
            }
            // wake-ups that come meanwhile stay pending: the next round takes their work together
            long spaced = started + spacingNanos - System.nanoTime();
            if (spaced > 0 && !pause(Math.max(1, (spaced + 999_999) / 1_000_000), false)) {
                return;
            }
            if (!pause(idleMillis, true)) {
                return;
            }
        }
    }

    /**
     * Waits up to {@code millis}, or (when {@code wakeable}) until it takes a wake-up, or until stop.
     *
     * @return false when the worker is to end
     */
    private boolean pause(long millis, boolean wakeable) {
        long deadline = System.nanoTime() + millis * 1_000_000;
        synchronized (monitor) {
            try {
                for (long left = millis; running && left > 0; left = (deadline - System.nanoTime()) / 1_000_000) {
                    if (wakeable && pending > 0) {
                        pending--;
                        break;
                    }
                    monitor.wait(left);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return running;
    }

}
