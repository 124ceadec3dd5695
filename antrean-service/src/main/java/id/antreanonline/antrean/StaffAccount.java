package id.antreanonline.antrean;

import java.time.Instant;
import java.util.Arrays;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import id.antreanonline.shared.event.StaffAccountEvent;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A hospital staff member who may use the staff API; the password is stored as a bcrypt hash only. Tokens issued
 * before {@link #tokensValidAfter} (epoch seconds) and every token of a disabled account are refused in every
 * service, which learn of each change from {@link #changed(Instant)}.
 */
@Entity
@Table(name = "staff_account")
public class StaffAccount {

    public static final Set<String> ROLES = Set.of("admin", "admisi", "poli", "farmasi");

    @Id
    public String username;
    @Column(name = "password_hash")
    public String passwordHash;
    /** Comma-separated roles among {@link #ROLES}. */
    public String roles;
    @Column(name = "tokens_valid_after")
    public long tokensValidAfter;
    public boolean disabled;

    public Set<String> roleSet() {
        return Arrays.stream(roles.split(",")).map(String::trim).filter(r -> !r.isEmpty())
                .collect(Collectors.toSet());
    }

    public static String joinRoles(Set<String> roles) {
        return roles.stream().sorted().collect(Collectors.joining(","));
    }

    /** Every token issued up to and including this second is refused from now on: iat has whole seconds only. */
    public void revokeTokens(Instant now) {
        tokensValidAfter = Math.max(tokensValidAfter, now.getEpochSecond() + 1);
    }

    public void changePassword(String hash, Instant now) {
        passwordHash = hash;
        revokeTokens(now);
    }

    /** Disabled with its tokens revoked, so enabling it again does not bring old tokens back. */
    public void disable(Instant now) {
        disabled = true;
        revokeTokens(now);
    }

    public void enable() {
        disabled = false;
    }

    /** The iat of a token issued now: never before the last revocation, so no new token is born revoked. */
    public long tokenIssuedAt(Instant now) {
        return Math.max(now.getEpochSecond(), tokensValidAfter);
    }

    /** The account's state for every service, after a change. */
    public StaffAccountEvent changed(Instant now) {
        return new StaffAccountEvent(UUID.randomUUID().toString(), username, tokensValidAfter, disabled,
                now.toEpochMilli());
    }
}
