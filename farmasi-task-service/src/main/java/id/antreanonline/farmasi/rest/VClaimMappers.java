package id.antreanonline.farmasi.rest;

import java.util.Map;

import org.jboss.resteasy.reactive.RestResponse;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import id.antreanonline.farmasi.client.BpjsRefused;
import id.antreanonline.farmasi.client.VClaimUnavailable;
import jakarta.ws.rs.core.MediaType;

/**
 * What only the visit's VClaim work answers: BPJS's refusal passed on as the gateway gives it (422 {source, code,
 * message}, BPJS's own words), and BPJS out of reach (503 with Retry-After). Everything else: the edge's mappers.
 */
public class VClaimMappers {

    @ServerExceptionMapper
    public RestResponse<Map<String, String>> refused(BpjsRefused e) {
        return RestResponse.ResponseBuilder.<Map<String, String>>create(422)
                .entity(Map.of("source", "BPJS", "code", e.code(), "message", e.getMessage() == null ? ""
                        : e.getMessage()))
                .type(MediaType.APPLICATION_JSON_TYPE).build();
    }

    @ServerExceptionMapper
    public RestResponse<Map<String, String>> unavailable(VClaimUnavailable e) {
        return RestResponse.ResponseBuilder.<Map<String, String>>create(503)
                .entity(Map.of("message", e.getMessage()))
                .header("Retry-After", String.valueOf(VClaimUnavailable.RETRY_AFTER_SECONDS))
                .type(MediaType.APPLICATION_JSON_TYPE).build();
    }
}
