package id.antreanonline.antrean.config;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** antrean-service settings; the secrets have no default outside the dev and test profiles. */
@ConfigMapping(prefix = "antrean")
public interface AntreanConfig {

    Wsrs wsrs();

    Staff staff();

    Booking booking();

    Simrs simrs();

    /** Login throttles of the WS RS account and the staff accounts. */
    Throttle throttle();

    /** Per-poli settings keyed by BPJS kodepoli. */
    Map<String, Poli> poli();

    ScheduleSync scheduleSync();

    Recovery recovery();

    interface Wsrs {
        String username();

        /** Kept only as a bcrypt hash in memory once the service started. */
        String password();

        @WithDefault("PT1H")
        Duration tokenLifetime();
    }

    interface Staff {
        String adminUsername();

        String adminPassword();

        @WithDefault("PT10H")
        Duration tokenLifetime();
    }

    /** The SIMRS's client credentials (POST /api/auth/token). */
    interface Simrs {
        /** How long a client's token lives: minutes, so a copy is worth little and revocation is rarely needed. */
        @WithDefault("PT5M")
        Duration tokenLifetime();
    }

    /**
     * Every attempt is counted before it is checked; past the free attempts an answer, right or wrong, comes later,
     * doubling up to the maximum. Counters live in the database, so every replica sees the same.
     */
    interface Throttle {
        /** Attempts one address may make for one username before its answers are slowed. */
        @WithDefault("3")
        int freeFailuresPerUsernameAndAddress();

        /** Attempts one address may make for any usernames before its answers are slowed. */
        @WithDefault("20")
        int freeFailuresPerAddress();

        /**
         * Attempts for one username from all addresses before answers are slowed; only for addresses that have not
         * logged in to it within {@link #knownAddressLifetime()}, so strangers cannot lock its owner out.
         */
        @WithDefault("10")
        int freeFailuresPerUsername();

        @WithDefault("PT0.5S")
        Duration baseDelay();

        @WithDefault("PT10S")
        Duration maxDelay();

        /** A counter starts again after this long without an attempt. */
        @WithDefault("PT15M")
        Duration window();

        /** How long an address that logged in to an account is spared the username-wide limit. */
        @WithDefault("P30D")
        Duration knownAddressLifetime();
    }

    interface Booking {
        /** How many days ahead of today a visit may be booked. */
        @WithDefault("90")
        int horizonDays();

        /** Share of HFIS kapasitaspasien given to JKN patients, the rest to non-JKN. */
        @WithDefault("0.8")
        double jknShare();

        @WithDefault("10")
        int defaultMinutesPerPatient();

        @WithDefault("Peserta harap 30 menit lebih awal guna pencatatan administrasi.")
        String noteReturningPatient();

        @WithDefault("Peserta harap 60 menit lebih awal ke admisi guna melengkapi data rekam medis.")
        String noteNewPatient();

        /**
         * Bookings of one schedule given their numbers in one transaction at most: a burst is taken in a few short
         * transactions, not one long one. 1 takes them one at a time (as before batches; for comparing).
         */
        @WithDefault("100")
        int maxBatch();

        /**
         * The least time between the starts of two batches of one schedule in a replica, while bookings keep coming
         * (a booking that finds its schedule's queue empty goes at once; a batch that takes longer waits for nothing
         * more). Under a steady stream each batch then takes more bookings, which costs the stack less per booking:
         * at 1,100 bookings/s on 2 cores, 12 a batch instead of 5-8, the machine 151-160% busy instead of 178-185%, the
         * open loop's p99 49-78 ms instead of 90-321 (docs/performance.md). A booking may wait up to this long more;
         * 0: the next batch begins as soon as the last has committed.
         */
        @WithDefault("10ms")
        Duration batchPacing();
    }

    /** The sync of every poli's HFIS schedules over the booking horizon. */
    interface ScheduleSync {
        /** Calls to HFIS at once: BPJS throttles a hospital that floods it. */
        @WithDefault("3")
        int concurrency();

        /** When the nightly run starts (Quarkus cron, WIB); "off" for none. */
        @WithDefault("0 30 1 * * ?")
        String cron();

        /** Days after today to sync; the booking horizon when absent. */
        Optional<Integer> horizonDays();
    }

    /** The catch-up from antrean.bookings after a restore of the database (BookingRecovery). */
    interface Recovery {
        /** Catch up when the service starts, before it is ready (ANTREAN_RECOVERY_ON_START). */
        @WithDefault("true")
        boolean onStart();

        /**
         * Events are read from this long before the time asked (at start: the newest booking change stored): the
         * broker stamps a record when the relay sends it, by another clock than the one that stamped the change.
         */
        @WithDefault("PT10M")
        Duration margin();

        /** How long the start waits for the first attempt; then it goes on, not ready, and the attempts go on. */
        @WithDefault("PT20S")
        Duration startWait();

        /**
         * Bookings held and decided at a time: each chunk of the events is decided (and written) before the next is
         * read, so that a catch-up after a burst of bookings fits the heap.
         */
        @WithDefault("2000")
        int chunk();
    }

    interface Poli {
        /** Queue-number prefix (nomorantrean = prefix-number); default the kodepoli itself. */
        Optional<String> prefix();

        Optional<Integer> minutesPerPatient();
    }

    default String prefixOf(String kodepoli) {
        Poli p = poli().get(kodepoli);
        return p != null && p.prefix().isPresent() ? p.prefix().get() : kodepoli;
    }

    default int syncHorizonDays() {
        return scheduleSync().horizonDays().orElse(booking().horizonDays());
    }

    default int minutesPerPatientOf(String kodepoli) {
        Poli p = poli().get(kodepoli);
        return p != null && p.minutesPerPatient().isPresent() ? p.minutesPerPatient().get()
                : booking().defaultMinutesPerPatient();
    }
}
