package id.antreanonline.farmasi.client;

import com.fasterxml.jackson.databind.JsonNode;

import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * antrean-service's staff login and password change (contract section 7); built in {@link ServiceClients}. Answers
 * come back as they are (200 {token} or 4xx {message}): the staff console shows antrean-service's own message.
 * {@code forwardedFor} names the browser, so antrean's throttle counts the nurse, not this service.
 */
@Path("/api/auth")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public interface AntreanAuthApi {

    @POST
    @Path("/login")
    Uni<Response> login(@HeaderParam("X-Forwarded-For") String forwardedFor, JsonNode credentials);

    /** With the staff member's own bearer token: the change is theirs, not this service's. */
    @POST
    @Path("/password")
    Uni<Response> changePassword(@HeaderParam("Authorization") String authorization,
            @HeaderParam("X-Forwarded-For") String forwardedFor, JsonNode change);
}
