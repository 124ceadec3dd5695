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

/** antrean-service's staff login (contract section 7); built in {@link ServiceClients}. */
@Path("/api/auth/login")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public interface AntreanAuthApi {

    /**
     * Answered as is (200 {token} or 4xx {message}): the staff console shows antrean-service's own message.
     * {@code forwardedFor} names the browser, so antrean's login throttle counts the nurse, not this service.
     */
    @POST
    Uni<Response> login(@HeaderParam("X-Forwarded-For") String forwardedFor, JsonNode credentials);
}
