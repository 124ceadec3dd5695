package id.antreanonline.antrean.rest;

import java.util.Optional;

import org.jboss.resteasy.reactive.RestResponse;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import id.antreanonline.shared.BpjsEnvelope;
import id.antreanonline.shared.wsrs.WsrsTokens;
import io.smallrye.jwt.auth.principal.JWTParser;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.MediaType;

/** Every WS RS POST needs the x-token that GET /wsrs/token issued to the same x-username. */
public class WsrsGuard {

    private final JWTParser parser;

    WsrsGuard(JWTParser parser) {
        this.parser = parser;
    }

    @ServerRequestFilter
    public Optional<RestResponse<BpjsEnvelope<Object>>> checkToken(ContainerRequestContext request) {
        String path = request.getUriInfo().getPath();
        if (!"POST".equalsIgnoreCase(request.getMethod()) || !(path.startsWith("/wsrs/") || path.startsWith("wsrs/"))) {
            return Optional.empty();
        }
        return WsrsTokens.refusal(parser, request.getHeaderString(WsrsTokens.HEADER_USERNAME),
                request.getHeaderString(WsrsTokens.HEADER_TOKEN))
                .map(message -> RestResponse.ResponseBuilder
                        .ok(BpjsEnvelope.<Object>failed(message), MediaType.APPLICATION_JSON_TYPE).build());
    }
}
