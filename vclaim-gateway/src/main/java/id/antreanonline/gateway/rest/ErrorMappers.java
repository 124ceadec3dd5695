package id.antreanonline.gateway.rest;

import java.util.Map;

import org.jboss.resteasy.reactive.RestResponse;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import id.antreanonline.gateway.client.BpjsRefusedException;
import id.antreanonline.gateway.client.BpjsUnavailableException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;

/** Every error of the gateway's API as JSON: BPJS's refusal with its code, BPJS unreachable, a bad request. */
public class ErrorMappers {

    @ServerExceptionMapper
    public RestResponse<Map<String, String>> refused(BpjsRefusedException e) {
        return json(422, Map.of("source", "BPJS", "code", e.code(), "message", e.getMessage() == null ? ""
                : e.getMessage()));
    }

    @ServerExceptionMapper
    public RestResponse<Map<String, String>> unavailable(BpjsUnavailableException e) {
        return json(503, Map.of("message", "BPJS tidak dapat dihubungi"));
    }

    @ServerExceptionMapper
    public RestResponse<Map<String, String>> badRequest(IllegalArgumentException e) {
        return json(400, Map.of("message", e.getMessage() == null ? "invalid request" : e.getMessage()));
    }

    @ServerExceptionMapper
    public RestResponse<Map<String, String>> web(WebApplicationException e) {
        int status = e.getResponse().getStatus();
        return json(status, Map.of("message", status == 404 ? "not found" : "request refused (HTTP " + status + ")"));
    }

    private static RestResponse<Map<String, String>> json(int status, Map<String, String> body) {
        return RestResponse.ResponseBuilder.<Map<String, String>>create(status).entity(body)
                .type(MediaType.APPLICATION_JSON_TYPE).build();
    }
}
