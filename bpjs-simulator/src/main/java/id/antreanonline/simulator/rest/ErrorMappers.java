package id.antreanonline.simulator.rest;

import java.util.Map;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import com.fasterxml.jackson.core.JsonProcessingException;

/** Refusals of the admin API as {@code {"message": ...}}; BPJS endpoints answer envelopes themselves. */
public class ErrorMappers {

    @ServerExceptionMapper
    public Response malformedJson(JsonProcessingException e) {
        return message(400, "malformed JSON or unknown value");
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e) {
        int status = e.getResponse() == null ? 500 : e.getResponse().getStatus();
        return message(status, status == 404 ? "not found" : "request refused (HTTP " + status + ")");
    }

    private static Response message(int status, String message) {
        return Response.status(status).type(MediaType.APPLICATION_JSON).entity(Map.of("message", message)).build();
    }
}
