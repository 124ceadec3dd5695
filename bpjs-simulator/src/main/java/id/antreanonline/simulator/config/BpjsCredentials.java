package id.antreanonline.simulator.config;

import io.smallrye.config.ConfigMapping;

/** The consumer credentials the simulator expects of its callers (the same BPJS_* variables the gateway uses). */
@ConfigMapping(prefix = "bpjs")
public interface BpjsCredentials {

    String consId();

    String secretKey();

    String userKeyAntrean();

    String userKeyVclaim();
}
