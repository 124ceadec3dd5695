package id.antreanonline.shared;

import java.time.Clock;

import io.quarkus.arc.DefaultBean;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

/**
 * Every service's one source of "now", so tests can set the time: a test's own Clock bean wins over this default
 * one, and QuarkusMock can replace it (normal-scoped). Its zone is WIB so that a "today" which forgot to name its
 * zone is still the hospital's, but calendar decisions name {@link Wib#ZONE} themselves.
 */
public class ClockProducer {

    @Produces
    @DefaultBean
    @ApplicationScoped
    Clock clock() {
        return Clock.system(Wib.ZONE);
    }
}
