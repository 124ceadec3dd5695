package id.antreanonline.antrean.config;

import java.time.Clock;

import id.antreanonline.shared.Wib;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

/** One clock for every "now" and "today" (WIB); tests replace it to set the day. */
public class ClockProducer {

    @Produces
    @ApplicationScoped
    Clock clock() {
        return Clock.system(Wib.ZONE);
    }
}
