package id.antreanonline.edge;

import java.util.Optional;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.resteasy.reactive.RestResponse;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import id.antreanonline.shared.wsrs.WsrsMessages;
import io.smallrye.jwt.auth.principal.JWTParser;
import io.smallrye.jwt.auth.principal.ParseException;
import jakarta.ws.rs.container.ContainerRequestContext;

/**
 * Checks the {@code x-token} / {@code x-username} pair every WS RS POST carries, before its body is read: the token
 * is a JWT that antrean-service's {@code GET /wsrs/token} signed for that username, in the group {@link #GROUP}.
 * Every service verifies it with the same public key (mp.jwt.verify.* configuration).
 */
public class WsrsTokens {

    public static final String GROUP = "wsrs";
    public static final String ISSUER = "antrean-online-rs";
    public static final String HEADER_TOKEN = "x-token";
    public static final String HEADER_USERNAME = "x-username";

    private final JWTParser parser;
    private final VerifiedTokens verified = new VerifiedTokens(System::currentTimeMillis);

    WsrsTokens(JWTParser parser) {
        this.parser = parser;
    }

    @ServerRequestFilter
    public Optional<RestResponse<Object>> checkToken(ContainerRequestContext request) {
        if (!"POST".equalsIgnoreCase(request.getMethod()) || !ErrorMappers.isWsrs(request.getUriInfo().getPath())) {
            return Optional.empty();
        }
        return refusal(request.getHeaderString(HEADER_USERNAME), request.getHeaderString(HEADER_TOKEN))
                .map(ErrorMappers::envelope);
    }

    /** @return the refusal message (for a 201 envelope), or empty when the pair is good */
    Optional<String> refusal(String username, String token) {
        if (token == null || token.isBlank()) {
            return Optional.of(WsrsMessages.TOKEN_EXPIRED);
        }
        String issuedTo = issuedTo(token.trim());
        if (issuedTo == null) {
            return Optional.of(WsrsMessages.TOKEN_EXPIRED);
        }
        if (username == null || !username.equals(issuedTo)) {
            return Optional.of(WsrsMessages.USERNAME_MISMATCH);
        }
        return Optional.empty();
    }

    /** The username a good WS RS token was issued to; null for a token that is not one (any reason). */
    private String issuedTo(String token) {
        VerifiedTokens.Verified known = verified.get(token);
        if (known != null) {
            return known.username();
        }
        JsonWebToken jwt;
        try {
            jwt = parser.parse(token);
        } catch (ParseException | RuntimeException e) {
            // expired, forged, or not a JWT at all: BPJS's UAT expects one answer for all three
            return null;
        }
        if (jwt.getGroups() == null || !jwt.getGroups().contains(GROUP) || jwt.getName() == null) {
            return null;
        }
        verified.remember(token, jwt.getName(), jwt.getExpirationTime());
        return jwt.getName();
    }
}
