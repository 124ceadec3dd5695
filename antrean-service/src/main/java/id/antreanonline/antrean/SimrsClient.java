package id.antreanonline.antrean;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import id.antreanonline.edge.identity.SimrsScopes;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The hospital's SIMRS (or another of its systems) as a client of the API: it exchanges its client id and secret for
 * a token of a few minutes carrying its scopes ({@link SimrsScopes}), never a staff password. The secret is kept as
 * its SHA-256 only. Rotating the secret or disabling the client refuses its earlier tokens in every service, through
 * antrean.staff-accounts under the name {@code simrs:<client id>}.
 */
@Entity
@Table(name = "simrs_client")
public class SimrsClient extends RevocableAccount {

    @Id
    @Column(name = "client_id")
    public String clientId;
    /**
     * SHA-256, not bcrypt: the secret is 256 random bits, which no hash speed makes guessable, and a token request
     * every few minutes should not cost a bcrypt round. Guessing online is slowed by the login throttle.
     */
    @Column(name = "secret_sha256")
    public String secretSha256;
    /** Comma-separated, among {@link SimrsScopes#ALL}. */
    public String scopes;
    @Column(name = "created_at")
    public Instant createdAt;
    @Column(name = "secret_set_at")
    public Instant secretSetAt;

    public static SimrsClient create(String clientId, Set<String> scopes, String secret, Instant now) {
        SimrsClient c = new SimrsClient();
        c.clientId = clientId;
        c.scopes = String.join(",", new TreeSet<>(scopes));
        c.createdAt = now;
        c.setSecret(secret, now);
        return c;
    }

    public Set<String> scopeSet() {
        return Arrays.stream(scopes.split(",")).map(String::trim).filter(SimrsScopes.ALL::contains)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    @Override
    public String principal() {
        return SimrsScopes.principalOf(clientId);
    }

    /** Whether {@code secret} is this client's, in time that does not depend on where it differs. */
    public boolean hasSecret(String secret) {
        return secret != null && MessageDigest.isEqual(sha256(secret).getBytes(StandardCharsets.US_ASCII),
                secretSha256.getBytes(StandardCharsets.US_ASCII));
    }

    /** A new secret: the old one stops working at once and so do the tokens it got (no grace period). */
    public void rotateSecret(String secret, Instant now) {
        setSecret(secret, now);
        revokeTokens(now);
    }

    /** New scopes: tokens carrying the old ones are refused, so a narrowed client cannot keep what it lost. */
    public void changeScopes(Set<String> newScopes, Instant now) {
        scopes = String.join(",", new TreeSet<>(newScopes));
        revokeTokens(now);
    }

    private void setSecret(String secret, Instant now) {
        secretSha256 = sha256(secret);
        secretSetAt = now;
    }

    private static String sha256(String secret) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
