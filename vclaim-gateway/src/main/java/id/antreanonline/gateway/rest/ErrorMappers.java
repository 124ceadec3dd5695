package id.antreanonline.gateway.rest;

import java.util.Map;

import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.RestResponse;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import id.antreanonline.gateway.client.BpjsRefusedException;
import id.antreanonline.gateway.client.BpjsUnavailableException;
import id.antreanonline.outbox.DatabaseOutage;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;

/** Every error of the gateway's API as JSON: BPJS's refusal with its code, BPJS unreachable, a bad request. */
public class ErrorMappers {

    private static final Logger LOG = Logger.getLogger(ErrorMappers.class);

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

    @ServerExceptionMapper
    public RestResponse<Map<String, String>> unexpected(Throwable e, UriInfo uri) {
        if (DatabaseOutage.is(e)) {
            LOG.warnf("request to %s not served: the database is unavailable", uri.getPath());
            return RestResponse.ResponseBuilder.<Map<String, String>>create(503)
                    .entity(Map.of("message", DatabaseOutage.MESSAGE)).type(MediaType.APPLICATION_JSON_TYPE)
                    .header("Retry-After", DatabaseOutage.RETRY_AFTER_SECONDS).build();
        }
        LOG.errorf("request to %s failed: %s", uri.getPath(), e.getClass().getName());
        LOG.debug("request failure", e);
        return json(500, Map.of("message", "internal error"));
    }

    private static RestResponse<Map<String, String>> json(int status, Map<String, String> body) {
        return RestResponse.ResponseBuilder.<Map<String, String>>create(status).entity(body)
                .type(MediaType.APPLICATION_JSON_TYPE).build();
    }
}
