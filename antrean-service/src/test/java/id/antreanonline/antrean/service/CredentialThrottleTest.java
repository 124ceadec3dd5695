package id.antreanonline.antrean.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import id.antreanonline.antrean.Fixtures;
import id.antreanonline.antrean.config.AntreanConfig;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;

/** The login throttle against the module's real PostgreSQL, as two replicas would share it. */
@QuarkusTest
class CredentialThrottleTest {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final String REALM = "test";

    /** Small delays so the tests are quick; the limits are the defaults. */
    record Settings(int freeFailuresPerUsernameAndAddress, int freeFailuresPerAddress, int freeFailuresPerUsername,
            Duration baseDelay, Duration maxDelay, Duration window, Duration knownAddressLifetime)
            implements AntreanConfig.Throttle {
    }

    private static final Settings SETTINGS = new Settings(3, 20, 10, Duration.ofMillis(300), Duration.ofMillis(1200),
            Duration.ofMinutes(15), Duration.ofDays(30));

    /** A clock the test moves by hand. */
    static final class HandClock extends Clock {
        final AtomicReference<Instant> now = new AtomicReference<>(Instant.now());

        @Override
        public ZoneId getZone() {
            return ZoneId.of("Asia/Jakarta");
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now.get();
        }
    }

    @Inject
    Pool pool;

    private final String username = "user" + Fixtures.digits(8);

    private CredentialThrottle replica() {
        return new CredentialThrottle(pool, SETTINGS, Clock.systemUTC());
    }

    /** A caller's address as the throttle sees it: any distinct string. */
    private static String address() {
        return "peer-" + Fixtures.digits(9);
    }

    private static <T> Uni<T> wrong() {
        return Uni.createFrom().failure(new StaffRefused(401, "salah"));
    }

    private void failAsStranger(CredentialThrottle throttle, String from) {
        assertThrows(StaffRefused.class,
                () -> throttle.guard(REALM, username, from, CredentialThrottleTest::wrong).await().atMost(WAIT));
    }

    private void useTheFreeAttempts(CredentialThrottle throttle, String from) {
        for (int i = 0; i < SETTINGS.freeFailuresPerUsernameAndAddress(); i++) {
            failAsStranger(throttle, from);
        }
    }

    @Test
    void concurrentAttemptsAreCountedOneByOne() {
        CredentialThrottle throttle = replica();
        String from = address();
        List<CredentialThrottle.Attempt> attempts = Uni.join()
                .all(IntStream.range(0, 20).mapToObj(i -> throttle.count(REALM, username, from)).toList())
                .andFailFast().await().atMost(WAIT);

        assertEquals(IntStream.rangeClosed(1, 20).boxed().toList(),
                attempts.stream().map(CredentialThrottle.Attempt::callerAttempts).sorted().toList());
        long delayed = attempts.stream().filter(a -> !a.delay().isZero()).count();
        assertEquals(17, delayed, "all but the three free attempts wait");
    }

    @Test
    void aWrongPasswordAfterTheFreeAttemptsIsAnsweredLate() {
        CredentialThrottle throttle = replica();
        String from = address();
        useTheFreeAttempts(throttle, from);
        long start = System.nanoTime();
        failAsStranger(throttle, from);
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertTrue(millis >= 280, "the fourth wrong password was answered after " + millis + " ms");
    }

    @Test
    void failuresThroughOneReplicaSlowTheOther() {
        CredentialThrottle first = replica();
        CredentialThrottle second = replica();
        String from = address();
        useTheFreeAttempts(first, from);
        CredentialThrottle.Attempt next = second.count(REALM, username, from).await().atMost(WAIT);
        assertEquals(4, next.callerAttempts());
        assertEquals(Duration.ofMillis(300), next.delay());
    }

    @Test
    void aSuccessTakesBackItsCallersFailures() {
        CredentialThrottle throttle = replica();
        String from = address();
        useTheFreeAttempts(throttle, from);
        throttle.guard(REALM, username, from, () -> Uni.createFrom().item("token")).await().atMost(WAIT);

        CredentialThrottle.Attempt next = throttle.count(REALM, username, from).await().atMost(WAIT);
        assertEquals(1, next.callerAttempts());
        assertEquals(Duration.ZERO, next.delay());
    }

    @Test
    void strangersGuessingAUsernameDoNotSlowAnAddressThatLoggedInToIt() {
        CredentialThrottle throttle = replica();
        String owner = address();
        throttle.guard(REALM, username, owner, () -> Uni.createFrom().item("token")).await().atMost(WAIT);
        for (int i = 0; i < 15; i++) {
            throttle.count(REALM, username, address()).await().atMost(WAIT);
        }

        assertEquals(Duration.ZERO, throttle.count(REALM, username, owner).await().atMost(WAIT).delay());
        assertTrue(throttle.count(REALM, username, address()).await().atMost(WAIT).delay().compareTo(Duration.ZERO) > 0,
                "a new address is slowed while the username is under attack");
    }

    @Test
    void oneAddressTryingManyUsernamesIsSlowed() {
        CredentialThrottle throttle = replica();
        String from = address();
        for (int i = 0; i < 20; i++) {
            String other = "other" + i + username;
            assertEquals(Duration.ZERO, throttle.count(REALM, other, from).await().atMost(WAIT).delay());
        }
        assertEquals(Duration.ofMillis(300), throttle.count(REALM, "one-more" + username, from).await().atMost(WAIT).delay());
    }

    @Test
    void countersAreForgottenAfterAQuietWindow() {
        HandClock clock = new HandClock();
        CredentialThrottle throttle = new CredentialThrottle(pool, SETTINGS, clock);
        String from = address();
        for (int i = 0; i < 5; i++) {
            throttle.count(REALM, username, from).await().atMost(WAIT);
        }
        clock.now.set(clock.instant().plus(SETTINGS.window()).plusSeconds(1));
        throttle.forgetOld().await().atMost(WAIT);

        long left = pool.preparedQuery("select count(*) from credential_attempt where username = $1")
                .execute(Tuple.of(username)).await().atMost(WAIT).iterator().next().getLong(0);
        assertEquals(0, left);
        assertEquals(1, throttle.count(REALM, username, from).await().atMost(WAIT).callerAttempts());
    }
}
