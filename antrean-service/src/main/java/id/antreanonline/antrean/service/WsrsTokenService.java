package id.antreanonline.antrean.service;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.Set;

import id.antreanonline.antrean.config.AntreanConfig;
import id.antreanonline.shared.wsrs.WsrsMessages;
import id.antreanonline.edge.WsrsTokens;
import io.quarkus.elytron.security.common.BcryptUtil;
import io.smallrye.jwt.build.Jwt;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Issues the WS RS token to the account the hospital gave BPJS. The password is kept only as a bcrypt hash; a wrong
 * username and a wrong password get the same answer, after the same work, and past a few attempts every answer,
 * right or wrong, comes late ({@link CredentialThrottle}).
 */
@ApplicationScoped
public class WsrsTokenService {

    private static final String REALM = "wsrs";

    private final String username;
    private final String passwordHash;
    private final Duration lifetime;
    private final CredentialThrottle throttle;

    WsrsTokenService(AntreanConfig config, CredentialThrottle throttle) {
        this.username = config.wsrs().username();
        this.passwordHash = BcryptUtil.bcryptHash(config.wsrs().password());
        this.lifetime = config.wsrs().tokenLifetime();
        this.throttle = throttle;
    }

    public Uni<String> issue(String user, String password, String address) {
        return throttle.guard(REALM, user, address, () -> Uni.createFrom().item(() -> {
            // always run bcrypt, so a wrong username costs as much time as a wrong password
            boolean passwordOk = password != null && BcryptUtil.matches(password, passwordHash);
            boolean userOk = user != null && MessageDigest.isEqual(user.getBytes(StandardCharsets.UTF_8),
                    username.getBytes(StandardCharsets.UTF_8));
            if (!passwordOk || !userOk) {
                throw new BookingRefused(WsrsMessages.WRONG_CREDENTIALS);
            }
            return Jwt.issuer(WsrsTokens.ISSUER).upn(username).groups(Set.of(WsrsTokens.GROUP))
                    .expiresIn(lifetime).sign();
        }).runSubscriptionOn(Infrastructure.getDefaultWorkerPool()));
    }
}
