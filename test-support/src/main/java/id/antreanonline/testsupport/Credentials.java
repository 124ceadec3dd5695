package id.antreanonline.testsupport;

import java.security.PrivateKey;
import java.security.PublicKey;
import java.time.Instant;
import java.util.Set;

import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.consumer.JwtConsumerBuilder;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.util.KeyUtils;
import io.smallrye.jwt.util.ResourceUtils;

/**
 * Credentials as the running system issues them, signed with the test keys (test-keys/ on this module's
 * classpath): a staff member's token from antrean-service's login, and the credential one service presents to
 * another (edge's ServiceTokens), plus the ones no one should accept.
 */
public final class Credentials {

    public static final String ISSUER = "antrean-online-rs";

    private Credentials() {
    }

    /** {@code Authorization} header value of a staff member with these roles. */
    public static String staff(String username, String... roles) {
        return "Bearer " + Jwt.issuer(ISSUER).upn(username).groups(Set.of(roles)).expiresIn(3600).sign(key("antrean-service"));
    }

    /**
     * {@code Authorization} header value of a SIMRS client's token with these scopes, as antrean-service's
     * {@code POST /api/auth/token} issues it, issued at {@code issuedAt} (epoch seconds) for five minutes.
     */
    public static String simrs(String clientId, long issuedAt, String... scopes) {
        return "Bearer " + Jwt.issuer(ISSUER).upn("simrs:" + clientId).claim("client_id", clientId)
                .claim("scope", String.join(" ", scopes)).groups(Set.of(scopes)).issuedAt(issuedAt)
                .expiresAt(issuedAt + 300).sign(key("antrean-service"));
    }

    /** {@code Authorization} header value of service {@code from} calling service {@code to}. */
    public static String service(String from, String to) {
        Instant now = Instant.now();
        return service(from, from, to, now, now.plusSeconds(300));
    }

    /**
     * A service credential built by hand: {@code signer}'s key signs it, {@code claimed} is the name in it (key id and
     * subject), for audience {@code to}, valid between the two instants.
     */
    public static String service(String signer, String claimed, String to, Instant issued, Instant expires) {
        return "Bearer " + Jwt.issuer(ISSUER).subject(claimed).audience(to).issuedAt(issued).expiresAt(expires)
                .jws().keyId(claimed).sign(key(signer));
    }

    /**
     * Whether an {@code Authorization} header carries {@code from}'s credential for {@code to}, signed with
     * {@code from}'s test key: what a stand-in for a neighbour service checks before it answers.
     */
    public static boolean isServiceCredential(String authorization, String from, String to) {
        if (authorization == null || !authorization.startsWith("Bearer ")) {
            return false;
        }
        String file = "antrean-service".equals(from) ? "jwt-public.pem" : from + "-public.pem";
        try {
            PublicKey key = KeyUtils.decodePublicKey(ResourceUtils.readResource("test-keys/" + file));
            JwtClaims claims = new JwtConsumerBuilder().setVerificationKey(key).setExpectedAudience(to)
                    .setExpectedSubject(from).setExpectedIssuer(ISSUER).setRequireExpirationTime().build()
                    .processToClaims(authorization.substring("Bearer ".length()));
            return claims.getSubject().equals(from);
        } catch (Exception e) {
            return false;
        }
    }

    private static PrivateKey key(String service) {
        // antrean-service's key is the one it signs staff and WS RS tokens with
        String file = "antrean-service".equals(service) ? "jwt-private.pem" : service + "-private.pem";
        try {
            return KeyUtils.decodePrivateKey(ResourceUtils.readResource("test-keys/" + file));
        } catch (Exception e) {
            throw new IllegalStateException("no test key for " + service, e);
        }
    }
}
