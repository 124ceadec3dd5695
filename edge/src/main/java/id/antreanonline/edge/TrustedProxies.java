package id.antreanonline.edge;

import java.util.List;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;

/** {@code antrean.http.*}: the same setting in every service that counts callers by address. */
@ConfigMapping(prefix = "antrean.http")
public interface TrustedProxies {

    /**
     * Addresses or CIDR blocks of the proxies (the ingress) whose X-Forwarded-For is believed; none by default, so the
     * connection's own address is the caller's.
     */
    Optional<List<String>> trustedProxies();
}
