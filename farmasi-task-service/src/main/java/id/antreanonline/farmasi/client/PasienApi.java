package id.antreanonline.farmasi.client;

import org.eclipse.microprofile.rest.client.annotation.ClientHeaderParam;

import com.fasterxml.jackson.databind.JsonNode;

import id.antreanonline.edge.identity.Callers;
import id.antreanonline.edge.identity.ServiceTokens;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/** pasien-service's internal lookup (briefing: {@code GET /internal/pasien?norm=}); built in {@link ServiceClients}. */
@ClientHeaderParam(name = "Authorization", value = "{credential}")
@Path("/internal/pasien")
@Produces(MediaType.APPLICATION_JSON)
public interface PasienApi {

    @GET
    Uni<JsonNode> byNorm(@QueryParam("norm") String norm);

    /** This service's credential for pasien-service (edge ServiceTokens). */
    default String credential() {
        return ServiceTokens.bearerFor(Callers.PASIEN_SERVICE);
    }
}
