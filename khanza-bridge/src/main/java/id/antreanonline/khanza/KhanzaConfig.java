package id.antreanonline.khanza;

import java.net.URI;
import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Khanza's own codes, which differ between hospitals, and where the bridge finds this project's services. */
@ConfigMapping(prefix = "khanza")
public interface KhanzaConfig {

    /** {@code penjab.kd_pj} of BPJS Kesehatan: the payer of every JKN visit the bridge writes. */
    String penjabBpjs();

    /** How long a change waits for what it needs (its patient, its visit) before it is left with a warning. */
    @WithDefault("PT30S")
    Duration notYetPatience();

    Services services();

    Simrs simrs();

    /** This project's services the bridge calls as the hospital's SIMRS. */
    interface Services {
        URI antrean();

        URI pasien();

        URI farmasi();

        /** How long one call may take before it counts as not answered (and is tried again). */
        @WithDefault("PT10S")
        Duration timeout();
    }

    /** The bridge's SIMRS client at antrean-service (an admin creates it; docs/khanza.md). */
    interface Simrs {
        String clientId();

        String clientSecret();
    }
}
