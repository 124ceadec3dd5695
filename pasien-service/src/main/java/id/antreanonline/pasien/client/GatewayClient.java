package id.antreanonline.pasien.client;

import org.eclipse.microprofile.rest.client.annotation.ClientHeaderParam;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import com.fasterxml.jackson.databind.JsonNode;

import id.antreanonline.edge.identity.Callers;
import id.antreanonline.edge.identity.ServiceTokens;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/** vclaim-gateway, the only component that talks to BPJS. */
@RegisterRestClient(configKey = "gateway")
@ClientHeaderParam(name = "Authorization", value = "{credential}")
@Path("/bpjs/vclaim")
@Produces(MediaType.APPLICATION_JSON)
interface GatewayClient {

    @GET
    @Path("/peserta/nokartu/{noka}")
    Uni<JsonNode> pesertaByCard(@PathParam("noka") String noka, @QueryParam("tglSEP") String tglSEP);

    /** This service's credential for vclaim-gateway (edge ServiceTokens). */
    default String credential() {
        return ServiceTokens.bearerFor(Callers.VCLAIM_GATEWAY);
    }
}
