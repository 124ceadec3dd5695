package id.antreanonline.farmasi.client;

import com.fasterxml.jackson.databind.JsonNode;

import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/** pasien-service's internal lookup (briefing: {@code GET /internal/pasien?norm=}); built in {@link ServiceClients}. */
@Path("/internal/pasien")
@Produces(MediaType.APPLICATION_JSON)
public interface PasienApi {

    @GET
    Uni<JsonNode> byNorm(@QueryParam("norm") String norm);
}
