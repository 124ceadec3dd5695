package id.antreanonline.antrean.service;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import id.antreanonline.antrean.config.AntreanConfig;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Slows down guessing: after a few wrong credentials for one username (or many from one address) within a window,
 * every further attempt is answered later, doubling up to a maximum. A success clears the username's count.
 */
@ApplicationScoped
public class CredentialThrottle {

    private record Failures(int count, long lastAt) {
    }

    private final Map<String, Failures> failures = new ConcurrentHashMap<>();
    private final AntreanConfig.Throttle config;
    private final Clock clock;

    CredentialThrottle(AntreanConfig config, Clock clock) {
        this.config = config.wsrs().throttle();
        this.clock = clock;
    }

    /** How long to wait before answering this attempt. */
    public Duration delayFor(String realm, String username, String address) {
        long byUser = excess(key(realm, "u", username), config.freeFailuresPerUsername());
        long byAddress = excess(key(realm, "a", address), config.freeFailuresPerAddress());
        long excess = Math.max(byUser, byAddress);
        if (excess <= 0) {
            return Duration.ZERO;
        }
        long millis = config.baseDelay().toMillis() << Math.min(excess - 1, 20);
        return Duration.ofMillis(Math.min(millis, config.maxDelay().toMillis()));
    }

    public void failed(String realm, String username, String address) {
        long now = clock.millis();
        for (String k : new String[] { key(realm, "u", username), key(realm, "a", address) }) {
            failures.compute(k, (x, f) -> f == null || expired(f, now) ? new Failures(1, now)
                    : new Failures(f.count() + 1, now));
        }
    }

    public void succeeded(String realm, String username) {
        failures.remove(key(realm, "u", username));
    }

    private long excess(String key, int free) {
        Failures f = failures.get(key);
        if (f == null || expired(f, clock.millis())) {
            return 0;
        }
        // the attempt after the last free failure is the first one slowed down
        return f.count() < free ? 0 : f.count() - free + 1;
    }

    private boolean expired(Failures f, long now) {
        return now - f.lastAt() > config.window().toMillis();
    }

    private static String key(String realm, String kind, String value) {
        return realm + "|" + kind + "|" + (value == null ? "" : value);
    }

    @Scheduled(every = "10m")
    void forgetOld() {
        long now = clock.millis();
        failures.values().removeIf(f -> expired(f, now));
    }
}
