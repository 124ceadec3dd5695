package id.antreanonline.antrean.client;

import java.util.List;

import org.eclipse.microprofile.rest.client.annotation.ClientHeaderParam;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import id.antreanonline.edge.identity.Callers;
import id.antreanonline.edge.identity.ServiceTokens;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;

/** vclaim-gateway, the only component that talks to BPJS. */
@RegisterRestClient(configKey = "gateway")
@ClientHeaderParam(name = "Authorization", value = "{credential}")
@Path("/bpjs/antrean")
interface GatewayApi {

    @GET
    @Path("/jadwaldokter/{kodepoli}/{tanggal}")
    Uni<List<HfisSchedule>> jadwalDokter(@PathParam("kodepoli") String kodepoli, @PathParam("tanggal") String tanggal);

    /** This service's credential for vclaim-gateway (edge ServiceTokens). */
    default String credential() {
        return ServiceTokens.bearerFor(Callers.VCLAIM_GATEWAY);
    }
}
