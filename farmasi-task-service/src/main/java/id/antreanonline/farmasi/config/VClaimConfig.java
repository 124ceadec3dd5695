package id.antreanonline.farmasi.config;

import java.time.Duration;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The visit's VClaim letters (SEP, surat kontrol) asked of BPJS through vclaim-gateway. */
@ConfigMapping(prefix = "farmasi.vclaim")
public interface VClaimConfig {

    /**
     * The hospital's BPJS provider code (PPK, e.g. 0301R011), the SEP's {@code ppkPelayanan}; from
     * {@code BPJS_PPK_CODE}. Unset: the clerk fills it in on the SEP.
     */
    Optional<String> ppkCode();

    /** How long a call to the gateway may wait for its answer: longer than the gateway's own wait for BPJS. */
    @WithDefault("30s")
    Duration gatewayTimeout();
}
