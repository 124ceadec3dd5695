package id.antreanonline.antrean.messaging;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.jboss.logging.Logger;

import id.antreanonline.antrean.config.AntreanConfig;
import id.antreanonline.antrean.service.BookingRecovery;
import id.antreanonline.outbox.Failures;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.subscription.Cancellable;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Default;
import jakarta.inject.Singleton;

/**
 * The booking catch-up at start ({@link BookingRecovery}), from the newest booking change the database holds: after a
 * restore it gives back what the restore lost before Mobile JKN is served again, otherwise it finds nothing to do.
 * Not ready until it has finished; a Kafka or database that does not answer is tried again, with back-off, without
 * end (the start waits for the first attempt only). The task consumer waits for it too: a task of a booking not yet
 * given back would change nothing.
 */
// @Default beside @Readiness: the task consumer waits for it too
@Readiness
@Default
@Singleton
public class CatchUpOnStart implements HealthCheck {

    private static final Logger LOG = Logger.getLogger(CatchUpOnStart.class);
    private static final Duration FIRST_RETRY = Duration.ofSeconds(1);
    private static final Duration LAST_RETRY = Duration.ofSeconds(30);

    private final BookingRecovery recovery;
    private final AntreanConfig config;
    private volatile CompletableFuture<BookingRecovery.Report> finished = new CompletableFuture<>();
    private volatile String waitingFor = "not started";
    private volatile Cancellable running;

    CatchUpOnStart(BookingRecovery recovery, AntreanConfig config) {
        this.recovery = recovery;
        this.config = config;
    }

    void start(@Observes StartupEvent ignored) {
        if (!config.recovery().onStart()) {
            finished.complete(null);
            return;
        }
        CompletableFuture<Void> firstAttempt = run();
        try {
            firstAttempt.get(config.recovery().startWait().toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException | ExecutionException e) {
            LOG.warnf("booking catch-up not finished at start (%s); not ready until it is", waitingFor);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Starts the catch-up (again): not ready until it has finished. Completes when the first attempt ended, whether
     * it finished or will be tried again.
     */
    CompletableFuture<Void> run() {
        CompletableFuture<Void> firstAttempt = new CompletableFuture<>();
        CompletableFuture<BookingRecovery.Report> done = finished.isDone() ? new CompletableFuture<>() : finished;
        finished = done;
        waitingFor = "catching up";
        running = Uni.createFrom().deferred(() -> recovery.newestChange()
                .chain(newest -> recovery.recover(newest == null ? 0 : newest, false)))
                .onFailure().invoke(e -> {
                    waitingFor = "retrying: " + Failures.typeOf(e);
                    LOG.warnf("booking catch-up failed, retrying: %s", Failures.typeOf(e));
                    firstAttempt.complete(null);
                })
                .onFailure().retry().withBackOff(FIRST_RETRY, LAST_RETRY).indefinitely()
                .subscribe().with(report -> {
                    waitingFor = "finished";
                    done.complete(report);
                    firstAttempt.complete(null);
                });
        return firstAttempt;
    }

    /** Completes once the catch-up has finished (at once when it does not run at start). */
    public Uni<Void> finished() {
        return Uni.createFrom().completionStage(finished).replaceWithVoid();
    }

    @Override
    public HealthCheckResponse call() {
        CompletableFuture<BookingRecovery.Report> done = finished;
        if (!done.isDone()) {
            return HealthCheckResponse.named("booking-catch-up").down().withData("state", waitingFor).build();
        }
        BookingRecovery.Report report = done.getNow(null);
        var up = HealthCheckResponse.named("booking-catch-up").up();
        if (report != null) {
            up.withData("restored", report.restored()).withData("updated", report.updated())
                    .withData("conflicts", report.conflicts().size());
        }
        return up.build();
    }

    void stop(@Observes ShutdownEvent ignored) {
        Cancellable r = running;
        if (r != null) {
            r.cancel();
        }
    }
}
