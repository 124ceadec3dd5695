package id.antreanonline.edge.identity;

import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import id.antreanonline.edge.WsrsTokens;
import io.quarkus.arc.Arc;
import io.quarkus.arc.Unremovable;
import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.util.KeyUtils;
import io.smallrye.jwt.util.ResourceUtils;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The credential this service presents to another one: a JWT it signs with its own key, naming itself (subject and
 * key id) and the one service it is meant for (audience), valid for minutes. One per audience is kept and reused
 * until a minute before it ends, so a call costs no signature. Real time, not the business clock: the receiver
 * checks the expiry against its own clock.
 */
// looked up by the REST clients' header methods, never injected: Arc must not drop it as unused
@Unremovable
@ApplicationScoped
public class ServiceTokens {

    private static final Duration RENEW_BEFORE_END = Duration.ofMinutes(1);

    private final ServiceIdentityConfig config;
    private final Map<String, Issued> issued = new ConcurrentHashMap<>();
    private volatile PrivateKey key;

    ServiceTokens(ServiceIdentityConfig config) {
        this.config = config;
    }

    /** For a REST client's {@code @ClientHeaderParam(name = "Authorization", value = "{...}")} method. */
    public static String bearerFor(String audience) {
        return Arc.container().instance(ServiceTokens.class).get().bearer(audience);
    }

    /** The {@code Authorization} header value for a call to {@code audience}. */
    public String bearer(String audience) {
        Instant now = Instant.now();
        Issued current = issued.get(audience);
        if (current == null || now.isAfter(current.renewAfter())) {
            current = issue(audience, now);
            issued.put(audience, current);
        }
        return current.header();
    }

    private Issued issue(String audience, Instant now) {
        Instant expires = now.plus(config.tokenLifetime());
        String token = Jwt.issuer(WsrsTokens.ISSUER).subject(config.name()).audience(audience)
                .issuedAt(now).expiresAt(expires)
                .jws().keyId(config.name()).sign(key());
        return new Issued("Bearer " + token, expires.minus(RENEW_BEFORE_END));
    }

    private PrivateKey key() {
        PrivateKey k = key;
        if (k == null) {
            String location = config.privateKey().orElseThrow(() -> new IllegalStateException(
                    "service-identity.private-key is not set: " + config.name() + " cannot call other services"));
            try {
                k = KeyUtils.decodePrivateKey(ResourceUtils.readResource(location));
            } catch (IOException | GeneralSecurityException | RuntimeException e) {
                throw new IllegalStateException("service-identity.private-key " + location + " is not a readable "
                        + "PEM private key (" + e.getClass().getSimpleName() + ")");
            }
            key = k;
        }
        return k;
    }

    private record Issued(String header, Instant renewAfter) {
    }
}
