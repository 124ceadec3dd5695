package id.antreanonline.antrean.client;

import java.util.List;

import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;

/** vclaim-gateway, the only component that talks to BPJS. */
@RegisterRestClient(configKey = "gateway")
@Path("/bpjs/antrean")
interface GatewayApi {

    @GET
    @Path("/jadwaldokter/{kodepoli}/{tanggal}")
    Uni<List<HfisSchedule>> jadwalDokter(@PathParam("kodepoli") String kodepoli, @PathParam("tanggal") String tanggal);
}
