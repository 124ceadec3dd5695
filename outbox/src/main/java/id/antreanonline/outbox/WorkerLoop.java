package id.antreanonline.outbox;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.jboss.logging.Logger;

/**
 * Background workers that repeat a round of work: again at once while a round says there may be more, otherwise
 * after the idle interval or a {@link #wakeUp()}, whichever comes first. After a failed round a worker pauses for a
 * growing time (500 ms doubling up to 5 s) that wake-ups do not cut short, so a broken broker or database is not
 * hammered by every new row. Threads are named daemons; {@link #stop()} ends them at shutdown.
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
    private final Round round;
    private final Object monitor = new Object();
    private final List<Thread> threads = new ArrayList<>();
    /** Counts wake-ups, so one that comes while a worker is busy still makes it look again. Guarded by monitor. */
    private long signals;
    private volatile boolean running;

    /** @param name the threads' name (with "-n" appended when there are several) */
    public WorkerLoop(String name, Duration idle, Round round) {
        this.name = name;
        this.idleMillis = Math.max(1, idle.toMillis());
        this.round = round;
    }

    public synchronized void start(int workers) {
        running = true;
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
            signals++;
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
            long seen = signalsSoFar();
            boolean more;
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
                if (!pause(backOff, Long.MAX_VALUE)) {
                    return;
                }
                continue;
            }
            if (!more && !pause(idleMillis, seen)) {
                return;
            }
        }
    }

    private long signalsSoFar() {
        synchronized (monitor) {
            return signals;
        }
    }

    /**
     * Waits up to {@code millis}, or until a wake-up newer than {@code seen} (never, for Long.MAX_VALUE) or stop.
     *
     * @return false when the worker is to end
     */
    private boolean pause(long millis, long seen) {
        long deadline = System.nanoTime() + millis * 1_000_000;
        synchronized (monitor) {
            try {
                for (long left = millis; running && (seen == Long.MAX_VALUE || signals == seen) && left > 0;
                        left = (deadline - System.nanoTime()) / 1_000_000) {
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
