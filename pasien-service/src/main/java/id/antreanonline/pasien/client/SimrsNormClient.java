package id.antreanonline.pasien.client;

import com.fasterxml.jackson.databind.JsonNode;

import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** The hospital's SIMRS, at the one address it configured (pasien.norm.simrs.url): a new patient's record number. */
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
interface SimrsNormClient {

    @POST
    /** {@code authorization}: this service's credential when the SIMRS side verifies one, else null (not sent). */
    Uni<JsonNode> newNorm(SimrsNorms.NewPatient patient, @HeaderParam("Idempotency-Key") String idempotencyKey,
            @HeaderParam("Authorization") String authorization);
}
