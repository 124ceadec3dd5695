package id.antreanonline.gateway.config;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * How to reach BPJS (contract section 5). The secrets have no default outside %dev/%test: application.properties
 * maps them from BPJS_CONS_ID, BPJS_SECRET_KEY, BPJS_USER_KEY_ANTREAN and BPJS_USER_KEY_VCLAIM, so a production
 * start without one of them fails naming the variable.
 */
@ConfigMapping(prefix = "bpjs")
public interface BpjsConfig {

    Service antrean();

    Service vclaim();

    String consId();

    String secretKey();

    /** How long to wait for the TCP (and TLS) connection. */
    @WithDefault("5s")
    Duration connectTimeout();

    /** How long to wait for BPJS's whole answer. */
    @WithDefault("20s")
    Duration readTimeout();

    /**
     * Whether a base URL may be plain http (BPJS_ALLOW_PLAIN_HTTP): for the bpjs-simulator only, in dev, test, the
     * local stack and the dev overlay. Otherwise the gateway refuses to start on an http:// address.
     */
    @WithDefault("false")
    boolean allowPlainHttp();

    interface Service {
        String baseUrl();

        String userKey();
    }
}
