package id.antreanonline.edge;

import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * WS RS tokens this service has already verified, each until it expires. Mobile JKN sends one token with many calls,
 * and checking its signature and claims again on every call took about a seventh of a WS RS call's CPU. Only a token
 * that passed every check is kept, with the username it was issued to; at its expiry it is checked in full again.
 * Bounded: when full it starts empty (a burst of new tokens costs one verification each, as before).
 */
final class VerifiedTokens {

    static final int MAX_TOKENS = 10_000;

    record Verified(String username, long expiresAtMillis) {
    }

    private final ConcurrentHashMap<String, Verified> verified = new ConcurrentHashMap<>();
    private final LongSupplier clock;

    VerifiedTokens(LongSupplier clock) {
        this.clock = clock;
    }

    /** The token's verification, while it has not expired; null when it must be checked in full. */
    Verified get(String token) {
        Verified known = verified.get(token);
        if (known == null) {
            return null;
        }
        if (clock.getAsLong() >= known.expiresAtMillis()) {
            verified.remove(token, known);
            return null;
        }
        return known;
    }

    /** Keeps a token that passed every check; one without an expiry is never kept. */
    void remember(String token, String username, long expiresAtSeconds) {
        if (expiresAtSeconds <= 0) {
            return;
        }
        if (verified.size() >= MAX_TOKENS) {
            verified.clear();
        }
        verified.put(token, new Verified(username, expiresAtSeconds * 1000));
    }

    int size() {
        return verified.size();
    }
}
