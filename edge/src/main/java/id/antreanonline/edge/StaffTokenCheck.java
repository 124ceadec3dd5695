package id.antreanonline.edge;

import java.time.Duration;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.jwt.JsonWebToken;

import id.antreanonline.edge.identity.ServiceCredentialMechanism;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Refuses (401) a staff token that antrean-service has since revoked (issued before the account's
 * {@code tokensValidAfter}) or whose account is disabled, in every service, from {@link StaffAccounts}. A SIMRS
 * client's token is checked the same way, under its name {@code simrs:<client id>} (its secret rotated or the client
 * disabled revokes it). Until this
 * instance has read the accounts, a staff call waits for them, then is answered 503: a revoked token is never
 * accepted on a guess. WS RS tokens and services' credentials pass untouched: a service's calls never wait for
 * the staff accounts.
 */
@ApplicationScoped
public class StaffTokenCheck implements SecurityIdentityAugmentor {

    private final StaffAccounts accounts;
    private final Duration loadWait;

    StaffTokenCheck(StaffAccounts accounts,
            @ConfigProperty(name = "antrean.staff-accounts.load-wait", defaultValue = "10s") Duration loadWait) {
        this.accounts = accounts;
        this.loadWait = loadWait;
    }

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        if (identity.getAttribute(ServiceCredentialMechanism.SERVICE_ATTRIBUTE) != null
                || !(identity.getPrincipal() instanceof JsonWebToken token) || !isStaffToken(token)) {
            return Uni.createFrom().item(identity);
        }
        return accounts.whenLoaded(loadWait).map(loaded -> {
            if (!accounts.accepts(token.getName(), token.getIssuedAtTime())) {
                throw new AuthenticationFailedException("staff token revoked or account disabled");
            }
            return identity;
        });
    }

    /** antrean-service signs WS RS and staff tokens alike; a WS RS token is in the group {@link WsrsTokens#GROUP}. */
    static boolean isStaffToken(JsonWebToken token) {
        return WsrsTokens.ISSUER.equals(token.getIssuer()) && token.getGroups() != null
                && !token.getGroups().contains(WsrsTokens.GROUP);
    }
}
