package id.antreanonline.khanza;

import io.smallrye.config.ConfigMapping;

/** Khanza's own codes, which differ between hospitals. */
@ConfigMapping(prefix = "khanza")
public interface KhanzaConfig {

    /** {@code penjab.kd_pj} of BPJS Kesehatan: the payer of every JKN visit the bridge writes. */
    String penjabBpjs();

    /** How long a booking waits for its patient to appear in Khanza before it is left with a warning. */
    @io.smallrye.config.WithDefault("PT10M")
    java.time.Duration notYetPatience();
}
