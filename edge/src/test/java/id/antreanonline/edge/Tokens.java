package id.antreanonline.edge;

import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;

/** WS RS tokens as antrean-service issues them, and the ones it never would. */
final class Tokens {

    static final String USER = "mobilejkn";

    private Tokens() {
    }

    static String good() {
        return wsrs().expiresIn(3600).sign();
    }

    static String expired() {
        long now = Instant.now().getEpochSecond();
        return wsrs().issuedAt(now - 7200).expiresAt(now - 3600).sign();
    }

    static String forged() throws NoSuchAlgorithmException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        return wsrs().expiresIn(3600).sign(generator.generateKeyPair().getPrivate());
    }

    static String staff() {
        return Jwt.issuer(WsrsTokens.ISSUER).upn("admin").groups("admin").expiresIn(3600).sign();
    }

    private static JwtClaimsBuilder wsrs() {
        return Jwt.issuer(WsrsTokens.ISSUER).upn(USER).groups(WsrsTokens.GROUP);
    }
}
