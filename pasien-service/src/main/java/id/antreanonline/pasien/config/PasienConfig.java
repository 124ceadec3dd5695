package id.antreanonline.pasien.config;

import java.net.URI;
import java.time.Duration;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;

@ConfigMapping(prefix = "pasien")
public interface PasienConfig {

    Norm norm();

    Vclaim vclaim();

    @WithName("import")
    Import imports();

    interface Norm {
        /**
         * {@link String#format} pattern applied to the next value of the norm sequence: the SIMRS's prefix and width
         * ({@code RM%08d} gives RM00000042).
         */
        @WithDefault("%06d")
        String format();

        /** Who gives a new patient of pasienbaru its number. */
        @WithDefault("sequence")
        Mode mode();

        Simrs simrs();

        enum Mode {
            /** This service, from its sequence in {@link #format()}, past every number imported from the SIMRS. */
            SEQUENCE,
            /** The hospital's SIMRS, asked at {@link Simrs#url()}. */
            SIMRS
        }

        interface Simrs {
            /** Where the SIMRS answers a POST of the new patient with {@code {"norm": ...}}; needed in mode simrs. */
            Optional<URI> url();

            /** How long pasienbaru waits for the SIMRS before refusing (Mobile JKN's own wait is short). */
            @WithDefault("5s")
            Duration timeout();

            /**
             * When the SIMRS's side is one of this project's services (the Khanza bridge: {@code khanza-bridge}), the
             * name it verifies this service's credential for; the call then carries it. Unset: no credential sent.
             */
            Optional<String> audience();
        }
    }

    interface Vclaim {
        /** Whether admission may check a card with VClaim peserta through the gateway. */
        @WithDefault("false")
        boolean enabled();
    }

    interface Import {
        /** Lines committed per transaction: the most an interrupted import reads again. */
        @WithDefault("500")
        int chunkSize();

        /** A running import whose upload has shown no progress for this long may be resumed (its server died). */
        @WithDefault("2m")
        Duration staleAfter();

        /** A longer line is refused by its number without being kept (a file that is not an export). */
        @WithDefault("16384")
        int maxLineLength();
    }
}
