package id.antreanonline.gateway.service;

import java.util.ArrayList;
import java.util.List;

import org.jboss.logging.Logger;

import id.antreanonline.gateway.config.DeliveryConfig;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.vertx.VertxContextSupport;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * The senders of this replica: a few worker threads, each repeatedly sending the next due delivery (a row lock per
 * delivery, so replicas and workers never send the same item at once, and the order rules of
 * {@link id.antreanonline.gateway.repository.DeliveryRepository} hold across them). Idle workers sleep until woken
 * by a new delivery or the poll interval passes.
 */
@ApplicationScoped
public class Dispatcher {

    private static final Logger LOG = Logger.getLogger(Dispatcher.class);

    private final DeliverySender sender;
    private final DeliveryConfig config;
    private final Object signal = new Object();
    private final List<Thread> workers = new ArrayList<>();
    private volatile boolean running = true;

    Dispatcher(DeliverySender sender, DeliveryConfig config) {
        this.sender = sender;
        this.config = config;
    }

    void start(@Observes StartupEvent ignored) {
        if (!config.enabled()) {
            LOG.info("delivery to BPJS disabled in this replica");
            return;
        }
        for (int i = 0; i < config.workers(); i++) {
            Thread worker = new Thread(this::loop, "bpjs-sender-" + i);
            worker.setDaemon(true);
            workers.add(worker);
            worker.start();
        }
    }

    /** Something was stored or replayed: look now rather than at the next poll. */
    public void wakeUp() {
        synchronized (signal) {
            signal.notifyAll();
        }
    }

    private void loop() {
        long idle = config.pollInterval().toMillis();
        while (running) {
            boolean worked;
            try {
                worked = Boolean.TRUE.equals(VertxContextSupport.subscribeAndAwait(sender::sendNextDue));
            } catch (Throwable e) {
                if (!running || e instanceof InterruptedException) {
                    return;
                }
                LOG.warnf("delivery round failed, will retry: %s", e.getClass().getSimpleName() + ": "
                        + e.getMessage());
                worked = false;
            }
            if (!worked) {
                try {
                    synchronized (signal) {
                        signal.wait(idle);
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    void stop(@Observes ShutdownEvent ignored) {
        running = false;
        workers.forEach(Thread::interrupt);
    }
}
