package id.antreanonline.antrean.client;

import org.eclipse.microprofile.rest.client.annotation.ClientHeaderParam;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;
import org.jboss.resteasy.reactive.RestQuery;

import id.antreanonline.edge.identity.Callers;
import id.antreanonline.edge.identity.ServiceTokens;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

/**
 * pasien-service's internal look-up for bookings (norm wins, then nomorkartu, then nik; 404 when unknown): it answers
 * the norm and whether the record is complete, nothing else.
 */
@RegisterRestClient(configKey = "pasien")
@ClientHeaderParam(name = "Authorization", value = "{credential}")
@Path("/internal/pasien")
interface PasienApi {

    @GET
    Uni<PatientRecord> find(@RestQuery String norm, @RestQuery String nomorkartu, @RestQuery String nik);

    /** This service's credential for pasien-service (edge ServiceTokens). */
    default String credential() {
        return ServiceTokens.bearerFor(Callers.PASIEN_SERVICE);
    }
}
