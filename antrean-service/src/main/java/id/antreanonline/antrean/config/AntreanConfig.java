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

    /** Per-poli settings keyed by BPJS kodepoli. */
    Map<String, Poli> poli();

    interface Wsrs {
        String username();

        /** Kept only as a bcrypt hash in memory once the service started. */
        String password();

        @WithDefault("PT1H")
        Duration tokenLifetime();

        Throttle throttle();
    }

    interface Staff {
        String adminUsername();

        String adminPassword();

        @WithDefault("PT10H")
        Duration tokenLifetime();
    }

    /** Repeated wrong credentials are answered more and more slowly, per username and per client address. */
    interface Throttle {
        @WithDefault("3")
        int freeFailuresPerUsername();

        @WithDefault("20")
        int freeFailuresPerAddress();

        @WithDefault("PT0.5S")
        Duration baseDelay();

        @WithDefault("PT10S")
        Duration maxDelay();

        @WithDefault("PT15M")
        Duration window();
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

    default int minutesPerPatientOf(String kodepoli) {
        Poli p = poli().get(kodepoli);
        return p != null && p.minutesPerPatient().isPresent() ? p.minutesPerPatient().get()
                : booking().defaultMinutesPerPatient();
    }
}
