package id.antreanonline.farmasi.client;

import org.eclipse.microprofile.rest.client.annotation.ClientHeaderParam;

import id.antreanonline.edge.identity.Callers;
import id.antreanonline.edge.identity.ServiceTokens;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/** pasien-service's internal look-ups; built in {@link ServiceClients}. */
@ClientHeaderParam(name = "Authorization", value = "{credential}")
@Path("/internal/pasien")
@Produces(MediaType.APPLICATION_JSON)
public interface PasienApi {

    /** The initials the boards show beside a norm (404 when unknown): pasien-service never gives this service a name. */
    @GET
    @Path("/inisial")
    Uni<PatientInitials> initials(@QueryParam("norm") String norm);

    /** This service's credential for pasien-service (edge ServiceTokens). */
    default String credential() {
        return ServiceTokens.bearerFor(Callers.PASIEN_SERVICE);
    }
}
