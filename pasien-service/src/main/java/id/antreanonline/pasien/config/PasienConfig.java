package id.antreanonline.pasien.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "pasien")
public interface PasienConfig {

    Norm norm();

    Vclaim vclaim();

    interface Norm {
        /** {@link String#format} pattern applied to the next value of the norm sequence. */
        @WithDefault("%06d")
        String format();
    }

    interface Vclaim {
        /** Whether admission may check a card with VClaim peserta through the gateway. */
        @WithDefault("false")
        boolean enabled();
    }
}
