package id.antreanonline.antrean.service;

import java.time.Clock;
import java.time.Duration;
import java.util.function.Supplier;

import org.jboss.logging.Logger;

import id.antreanonline.antrean.config.AntreanConfig;
import id.antreanonline.outbox.Failures;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Slows down guessing, for every replica alike (the counters are rows in PostgreSQL). Every attempt is counted before
 * its password is checked, in one statement, so concurrent guesses see increasing counts; past the free attempts the
 * answer, right or wrong, comes later, doubling up to a maximum. Three counters: one username from one address, one
 * address for any username, and one username from every address; the last never slows an address that logged in to
 * that username recently, so strangers cannot lock out BPJS or a nurse. A success takes back what its caller added.
 *
 * <p>
 * Each statement runs on the pool without a held connection or transaction: a caller who hangs up mid-way cannot
 * keep a connection, and what was counted stays counted.
 */
@ApplicationScoped
public class CredentialThrottle {

    private static final Logger LOG = Logger.getLogger(CredentialThrottle.class);
    private static final int MAX_USERNAME = 128;
    private static final int MAX_ADDRESS = 64;

    /** Counts one attempt on its three counters (always locked in the same order) and says if the address is known. */
    private static final String COUNT = """
            with counted as (
                insert into credential_attempt as c (realm, kind, username, address, attempts, last_at)
                values ($1, 'p', $2, $3, 1, $4), ($1, 'a', '', $3, 1, $4), ($1, 'u', $2, '', 1, $4)
                on conflict (realm, kind, username, address) do update
                set attempts = case when c.last_at < $5 then 1 else c.attempts + 1 end, last_at = $4
                returning kind, attempts)
            select (select attempts from counted where kind = 'p') as by_username_and_address,
                   (select attempts from counted where kind = 'a') as by_address,
                   (select attempts from counted where kind = 'u') as by_username,
                   exists (select 1 from credential_known_address k where k.realm = $1 and k.username = $2
                           and k.address = $3 and k.succeeded_at >= $6) as known_address
            """;

    /** Takes back what the caller's own attempts added, in the order COUNT locks the rows. */
    private static final String TAKE_BACK = """
            insert into credential_attempt as c (realm, kind, username, address, attempts, last_at)
            values ($1, 'p', $2, $3, 0, $4), ($1, 'a', '', $3, 0, $4), ($1, 'u', $2, '', 0, $4)
            on conflict (realm, kind, username, address) do update
            set attempts = greatest(c.attempts - $5, 0)
            """;

    private static final String REMEMBER_ADDRESS = """
            insert into credential_known_address (realm, username, address, succeeded_at) values ($1, $2, $3, $4)
            on conflict (realm, username, address) do update set succeeded_at = excluded.succeeded_at
            """;

    /** One counted attempt: how long its answer waits, and how many attempts its caller has made so far. */
    public record Attempt(String realm, String username, String address, int callerAttempts, Duration delay) {
    }

    private final Pool pool;
    private final AntreanConfig.Throttle config;
    private final Clock clock;

    @Inject
    CredentialThrottle(Pool pool, AntreanConfig config, Clock clock) {
        this(pool, config.throttle(), clock);
    }

    CredentialThrottle(Pool pool, AntreanConfig.Throttle config, Clock clock) {
        this.pool = pool;
        this.config = config;
        this.clock = clock;
    }

    /**
     * Counts the attempt, waits its delay, then runs {@code check}; its answer, item or failure, is the attempt's. A
     * success takes back the caller's counts and remembers its address for the username.
     */
    public <T> Uni<T> guard(String realm, String username, String address, Supplier<Uni<T>> check) {
        return count(realm, username, address).chain(attempt -> {
            Uni<Void> wait = attempt.delay().isZero() ? Uni.createFrom().voidItem()
                    : Uni.createFrom().voidItem().onItem().delayIt().by(attempt.delay());
            return wait.chain(check::get).call(() -> succeeded(attempt));
        });
    }

    /** Counts one attempt; the N-th of N concurrent attempts sees N. */
    Uni<Attempt> count(String realm, String username, String address) {
        String user = key(username, MAX_USERNAME);
        String from = key(address, MAX_ADDRESS);
        long now = clock.millis();
        Tuple args = Tuple.of(realm, user, from, now, now - config.window().toMillis(),
                now - config.knownAddressLifetime().toMillis());
        return pool.preparedQuery(COUNT).execute(args).map(rows -> {
            Row row = rows.iterator().next();
            int byPair = row.getInteger("by_username_and_address");
            long excess = Math.max(byPair - config.freeFailuresPerUsernameAndAddress(), 0);
            // an address that logged in to this username before is neither a stranger nor a sprayer
            if (!row.getBoolean("known_address")) {
                excess = Math.max(excess, row.getInteger("by_address") - config.freeFailuresPerAddress());
                excess = Math.max(excess, row.getInteger("by_username") - config.freeFailuresPerUsername());
            }
            return new Attempt(realm, user, from, byPair, delayOf(excess));
        });
    }

    /** What a success does: its caller's attempts are no longer held against it or its address. */
    Uni<Void> succeeded(Attempt attempt) {
        long now = clock.millis();
        return pool.preparedQuery(REMEMBER_ADDRESS)
                .execute(Tuple.of(attempt.realm(), attempt.username(), attempt.address(), now))
                .chain(() -> pool.preparedQuery(TAKE_BACK).execute(Tuple.of(attempt.realm(), attempt.username(),
                        attempt.address(), now, attempt.callerAttempts())))
                .replaceWithVoid()
                // the caller proved who it is: a counter left too high must not turn that into an error
                .onFailure().invoke(e -> LOG.warnf("login throttle not reset after a success: %s", Failures.typeOf(e)))
                .onFailure().recoverWithNull();
    }

    private Duration delayOf(long excess) {
        if (excess <= 0) {
            return Duration.ZERO;
        }
        long millis = config.baseDelay().toMillis() << Math.min(excess - 1, 20);
        return Duration.ofMillis(Math.min(millis, config.maxDelay().toMillis()));
    }

    /** What a counter is keyed by: bounded, and without the NUL that PostgreSQL text cannot hold. */
    private static String key(String value, int max) {
        if (value == null) {
            return "";
        }
        String clean = value.replace('\0', '\uFFFD');
        return clean.length() <= max ? clean : clean.substring(0, max);
    }

    @Scheduled(every = "10m", delayed = "1m")
    Uni<Void> forgetOld() {
        long now = clock.millis();
        return pool.preparedQuery("delete from credential_attempt where last_at < $1")
                .execute(Tuple.of(now - config.window().toMillis()))
                .chain(() -> pool.preparedQuery("delete from credential_known_address where succeeded_at < $1")
                        .execute(Tuple.of(now - config.knownAddressLifetime().toMillis())))
                .replaceWithVoid();
    }
}
