package id.antreanonline.farmasi.config;

import java.time.Clock;

import id.antreanonline.shared.Wib;
import io.quarkus.arc.DefaultBean;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/** "Now" for every rule; tests replace it with a clock they set. */
public class ClockProducer {

    @Produces
    @DefaultBean
    @Singleton
    Clock clock() {
        return Clock.system(Wib.ZONE);
    }
}
