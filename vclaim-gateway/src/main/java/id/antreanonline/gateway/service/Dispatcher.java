package id.antreanonline.gateway.service;

import org.jboss.logging.Logger;

import id.antreanonline.gateway.config.DeliveryConfig;
import id.antreanonline.outbox.WorkerLoop;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.vertx.VertxContextSupport;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * The senders of this replica: a few worker threads, each repeatedly claiming a batch of due deliveries and sending
 * them (a row lock per delivery, held until its outcome is stored, so replicas and workers never send the same item
 * at once, and the order rules of {@link id.antreanonline.gateway.repository.DeliveryRepository} hold across them).
 * Idle workers sleep until woken by a new delivery or the poll interval passes.
 */
@ApplicationScoped
public class Dispatcher {

    private static final Logger LOG = Logger.getLogger(Dispatcher.class);

    private final DeliveryConfig config;
    private final WorkerLoop senders;

    Dispatcher(DeliverySender sender, DeliveryConfig config) {
        this.config = config;
        this.senders = new WorkerLoop("bpjs-sender", config.pollInterval(),
                () -> Boolean.TRUE.equals(VertxContextSupport.subscribeAndAwait(sender::sendDue)));
    }

    void start(@Observes StartupEvent ignored) {
        if (!config.enabled()) {
            LOG.info("delivery to BPJS disabled in this replica");
            return;
        }
        senders.start(config.workers());
    }

    /** Something was stored or replayed: look now rather than at the next poll. */
    public void wakeUp() {
        senders.wakeUp();
    }

    void stop(@Observes ShutdownEvent ignored) {
        senders.stop();
    }
}
