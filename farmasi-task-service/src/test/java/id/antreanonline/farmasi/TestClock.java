package id.antreanonline.farmasi;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

import id.antreanonline.shared.Wib;
import jakarta.inject.Singleton;

/** The service's "now" in tests: replaces the system clock (a @DefaultBean), set by each test. */
@Singleton
public class TestClock extends Clock {

    private volatile Instant now = Instant.now();

    public void set(long epochMillis) {
        now = Instant.ofEpochMilli(epochMillis);
    }

    @Override
    public ZoneId getZone() {
        return Wib.ZONE;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.fixed(now, zone);
    }

    @Override
    public Instant instant() {
        return now;
    }
}
