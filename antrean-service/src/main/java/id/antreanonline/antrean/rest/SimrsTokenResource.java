package id.antreanonline.antrean.rest;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestHeader;
import org.jboss.resteasy.reactive.RestResponse;
import org.jboss.resteasy.reactive.server.Cancellable;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import com.fasterxml.jackson.annotation.JsonProperty;

import id.antreanonline.antrean.service.SimrsClientService;
import id.antreanonline.antrean.service.TokenRefused;
import id.antreanonline.edge.ClientAddress;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpServerRequest;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;

/**
 * The SIMRS's token endpoint, OAuth 2.0 client credentials (RFC 6749 section 4.4): a form or a JSON body, the client
 * authenticated in the body or with HTTP Basic. Answers and refusals are OAuth's, never cached.
 */
@Cancellable(false)
@Path("/api/auth/token")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "SIMRS clients", description = "Machine access for the hospital's SIMRS: client credentials, scopes")
public class SimrsTokenResource {

    private static final String GRANT = "client_credentials";
    private static final String BASIC = "Basic ";

    private final SimrsClientService clients;
    private final ClientAddress clientAddress;

    SimrsTokenResource(SimrsClientService clients, ClientAddress clientAddress) {
        this.clients = clients;
        this.clientAddress = clientAddress;
    }

    /** OAuth's names on the wire. */
    public record TokenRequest(@JsonProperty("grant_type") String grantType, @JsonProperty("client_id") String clientId,
            @JsonProperty("client_secret") String clientSecret, String scope) {
    }

    public record TokenAnswer(@JsonProperty("access_token") String accessToken,
            @JsonProperty("token_type") String tokenType, @JsonProperty("expires_in") long expiresIn, String scope) {
    }

    public record TokenError(String error, @JsonProperty("error_description") String errorDescription,
            String message) {
    }

    @POST
    @PermitAll
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(summary = "SIMRS token: grant_type=client_credentials, client_id, client_secret (or HTTP Basic), "
            + "optional scope -> {access_token, token_type, expires_in, scope} (throttled like the login)")
    public Uni<RestResponse<TokenAnswer>> fromForm(@RestForm("grant_type") String grantType,
            @RestForm("client_id") String clientId, @RestForm("client_secret") String clientSecret,
            @RestForm String scope, @RestHeader("Authorization") String authorization,
            @Context HttpServerRequest request) {
        return issue(new TokenRequest(grantType, clientId, clientSecret, scope), authorization, request);
    }

    @POST
    @PermitAll
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "The same, with a JSON body {grant_type, client_id, client_secret, scope}")
    public Uni<RestResponse<TokenAnswer>> fromJson(TokenRequest body, @RestHeader("Authorization") String authorization,
            @Context HttpServerRequest request) {
        return issue(body == null ? new TokenRequest(null, null, null, null) : body, authorization, request);
    }

    private Uni<RestResponse<TokenAnswer>> issue(TokenRequest body, String authorization,
            HttpServerRequest request) {
        if (body.grantType() == null || body.grantType().isBlank()) {
            throw TokenRefused.badRequest("invalid_request", "grant_type wajib diisi (client_credentials)");
        }
        if (!GRANT.equals(body.grantType())) {
            throw TokenRefused.badRequest("unsupported_grant_type", "Hanya grant_type client_credentials");
        }
        String clientId = body.clientId();
        String secret = body.clientSecret();
        if (authorization != null && authorization.regionMatches(true, 0, BASIC, 0, BASIC.length())) {
            if (clientId != null || secret != null) {
                // RFC 6749 2.3: one way of authenticating the client per request
                throw TokenRefused.badRequest("invalid_request", "Kredensial klien dikirim dua kali");
            }
            String[] pair = basic(authorization.substring(BASIC.length()).trim());
            clientId = pair[0];
            secret = pair[1];
        }
        return clients.issueToken(clientId, secret, scopes(body.scope()), clientAddress.of(request))
                .map(issued -> RestResponse.ResponseBuilder.ok(new TokenAnswer(issued.accessToken(), "Bearer",
                        issued.expiresIn(), String.join(" ", issued.scopes()))).header("Cache-Control", "no-store")
                        .build());
    }

    /** RFC 6749 2.3.1: id and secret each form-encoded, joined by a colon, in Base64. */
    private static String[] basic(String encoded) {
        try {
            String decoded = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            if (colon < 0) {
                throw TokenRefused.badRequest("invalid_request", "Header Authorization Basic tidak sah");
            }
            return new String[] { URLDecoder.decode(decoded.substring(0, colon), StandardCharsets.UTF_8),
                    URLDecoder.decode(decoded.substring(colon + 1), StandardCharsets.UTF_8) };
        } catch (IllegalArgumentException e) {
            throw TokenRefused.badRequest("invalid_request", "Header Authorization Basic tidak sah");
        }
    }

    /** OAuth's scope parameter: space-separated; absent means every scope the client has. */
    private static Set<String> scopes(String scope) {
        if (scope == null || scope.isBlank()) {
            return null;
        }
        return Arrays.stream(scope.trim().split("\\s+")).collect(Collectors.toSet());
    }

    @ServerExceptionMapper
    public RestResponse<TokenError> refused(TokenRefused e) {
        return RestResponse.ResponseBuilder.<TokenError>create(e.status())
                .entity(new TokenError(e.error(), e.getMessage(), e.getMessage()))
                .type(MediaType.APPLICATION_JSON_TYPE).header("Cache-Control", "no-store").build();
    }
}
