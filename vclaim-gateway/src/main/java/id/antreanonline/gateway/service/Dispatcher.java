package id.antreanonline.gateway.service;

import org.jboss.logging.Logger;

import id.antreanonline.gateway.config.DeliveryConfig;
import id.antreanonline.gateway.config.SimrsWebhookConfig;
import id.antreanonline.outbox.WorkerLoop;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.vertx.VertxContextSupport;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * The senders of this replica: a few worker threads per receiver, each repeatedly claiming a batch of due deliveries
 * and sending them (a row lock per delivery, held until its outcome is stored, so replicas and workers never send the
 * same item at once, and the order rules of {@link id.antreanonline.gateway.repository.DeliveryRepository} hold
 * across them). BPJS and the SIMRS have workers of their own, so a receiver that is slow to fail never holds back the
 * other. Idle workers sleep until woken by a new delivery or the poll interval passes.
 */
@ApplicationScoped
public class Dispatcher {

    private static final Logger LOG = Logger.getLogger(Dispatcher.class);

    private final DeliveryConfig config;
    private final SimrsWebhookConfig simrs;
    private final WorkerLoop toBpjs;
    private final WorkerLoop toSimrs;

    Dispatcher(DeliverySender sender, DeliveryConfig config, BpjsRecipient bpjs, SimrsRecipient simrsRecipient,
            SimrsWebhookConfig simrs) {
        this.config = config;
        this.simrs = simrs;
        this.toBpjs = loop("bpjs-sender", sender, bpjs);
        this.toSimrs = loop("simrs-sender", sender, simrsRecipient);
    }

    private WorkerLoop loop(String name, DeliverySender sender, Recipient recipient) {
        return new WorkerLoop(name, config.pollInterval(),
                () -> Boolean.TRUE.equals(VertxContextSupport.subscribeAndAwait(() -> sender.sendDue(recipient))));
    }

    void start(@Observes StartupEvent ignored) {
        if (simrs.enabled() && simrs.secret().filter(s -> !s.isBlank()).isEmpty()) {
            throw new IllegalStateException("SIMRS_WEBHOOK_SECRET is required when SIMRS_WEBHOOK_URL is set");
        }
        if (!config.enabled()) {
            LOG.info("delivery to BPJS and the SIMRS disabled in this replica");
            return;
        }
        toBpjs.start(config.workers());
        if (simrs.enabled()) {
            toSimrs.start(simrs.workers());
        }
    }

    /** Something was stored or replayed: look now rather than at the next poll. */
    public void wakeUp() {
        toBpjs.wakeUp();
        toSimrs.wakeUp();
    }

    void stop(@Observes ShutdownEvent ignored) {
        toBpjs.stop();
        toSimrs.stop();
    }
}
