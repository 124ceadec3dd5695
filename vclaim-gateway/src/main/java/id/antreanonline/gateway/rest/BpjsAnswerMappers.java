package id.antreanonline.gateway.rest;

import java.util.Map;

import org.jboss.resteasy.reactive.RestResponse;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import id.antreanonline.gateway.client.BpjsRefusedException;
import id.antreanonline.gateway.client.BpjsUnavailableException;
import jakarta.ws.rs.core.MediaType;

/**
 * What only the gateway answers: BPJS's own refusal (with BPJS's code and words) and BPJS out of reach. Every other
 * failure is answered by the edge's ErrorMappers, the same way as in every service.
 */
public class BpjsAnswerMappers {

    @ServerExceptionMapper
    public RestResponse<Map<String, String>> refused(BpjsRefusedException e) {
        return json(422, Map.of("source", "BPJS", "code", e.code(), "message", e.getMessage() == null ? ""
                : e.getMessage()));
    }

    @ServerExceptionMapper
    public RestResponse<Map<String, String>> unavailable(BpjsUnavailableException e) {
        return json(503, Map.of("message", "BPJS tidak dapat dihubungi"));
    }

    private static RestResponse<Map<String, String>> json(int status, Map<String, String> body) {
        return RestResponse.ResponseBuilder.<Map<String, String>>create(status).entity(body)
                .type(MediaType.APPLICATION_JSON_TYPE).build();
    }
}
