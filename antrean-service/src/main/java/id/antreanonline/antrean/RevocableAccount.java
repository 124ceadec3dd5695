package id.antreanonline.antrean;

import java.time.Instant;
import java.util.UUID;

import id.antreanonline.shared.event.StaffAccountEvent;
import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;

/**
 * Whoever antrean-service issues bearer tokens to, a staff member or a SIMRS client: tokens issued before
 * {@link #tokensValidAfter} (epoch seconds) and every token of a disabled account are refused in every service, which
 * learn of each change from {@link #changed(Instant)} on antrean.staff-accounts, keyed by {@link #principal()}.
 */
@MappedSuperclass
public abstract class RevocableAccount {

    @Column(name = "tokens_valid_after")
    public long tokensValidAfter;
    public boolean disabled;

    /** The name its tokens carry, and its key on antrean.staff-accounts. */
    public abstract String principal();

    /**
     * Every token issued so far is refused from now on. iat has whole seconds only, and a token issued since the last
     * revocation may carry that revocation's second (see {@link #tokenIssuedAt}), so the line moves past both.
     */
    public void revokeTokens(Instant now) {
        tokensValidAfter = Math.max(tokensValidAfter, now.getEpochSecond()) + 1;
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
        return new StaffAccountEvent(UUID.randomUUID().toString(), principal(), tokensValidAfter, disabled,
                now.toEpochMilli());
    }
}
