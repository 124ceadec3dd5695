package id.antreanonline.farmasi.client;

import com.fasterxml.jackson.databind.JsonNode;

import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * vclaim-gateway's VClaim endpoints, asked with the staff member's own token (the gateway's role check and audit log
 * name the clerk); every answer comes back as it is and {@link VClaimGateway} reads it. Built in
 * {@link ServiceClients}.
 */
@Path("/bpjs/vclaim")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public interface VClaimApi {

    @GET
    @Path("/peserta/nokartu/{noka}")
    Uni<Response> member(@HeaderParam("Authorization") String authorization,
            @PathParam("noka") String noka, @QueryParam("tglSEP") String tglSep);

    @GET
    @Path("/rujukan/{nomor}")
    Uni<Response> referral(@HeaderParam("Authorization") String authorization,
            @PathParam("nomor") String nomor);

    @GET
    @Path("/rujukan/rs/{nomor}")
    Uni<Response> hospitalReferral(@HeaderParam("Authorization") String authorization,
            @PathParam("nomor") String nomor);

    @GET
    @Path("/sep/{noSep}")
    Uni<Response> sep(@HeaderParam("Authorization") String authorization,
            @PathParam("noSep") String noSep);

    @POST
    @Path("/sep")
    Uni<Response> insertSep(@HeaderParam("Authorization") String authorization, JsonNode body);

    @PUT
    @Path("/sep")
    Uni<Response> updateSep(@HeaderParam("Authorization") String authorization, JsonNode body);

    @DELETE
    @Path("/sep")
    Uni<Response> deleteSep(@HeaderParam("Authorization") String authorization, JsonNode body);

    @PUT
    @Path("/sep/tglpulang")
    Uni<Response> sepDischargeDate(@HeaderParam("Authorization") String authorization,
            JsonNode body);

    @GET
    @Path("/rencanakontrol/{noSuratKontrol}")
    Uni<Response> controlLetter(@HeaderParam("Authorization") String authorization,
            @PathParam("noSuratKontrol") String noSuratKontrol);

    @GET
    @Path("/rencanakontrol/jadwal/{jenisKontrol}/{kodePoli}/{tanggal}")
    Uni<Response> controlSchedules(@HeaderParam("Authorization") String authorization,
            @PathParam("jenisKontrol") String jenisKontrol, @PathParam("kodePoli") String kodePoli,
            @PathParam("tanggal") String tanggal);

    @POST
    @Path("/rencanakontrol")
    Uni<Response> insertControlLetter(@HeaderParam("Authorization") String authorization,
            JsonNode body);

    @PUT
    @Path("/rencanakontrol")
    Uni<Response> updateControlLetter(@HeaderParam("Authorization") String authorization,
            JsonNode body);

    @POST
    @Path("/rencanakontrol/spri")
    Uni<Response> insertAdmissionOrder(@HeaderParam("Authorization") String authorization, JsonNode body);

    @PUT
    @Path("/rencanakontrol/spri")
    Uni<Response> updateAdmissionOrder(@HeaderParam("Authorization") String authorization, JsonNode body);

    @DELETE
    @Path("/rencanakontrol")
    Uni<Response> deleteControlLetter(@HeaderParam("Authorization") String authorization,
            JsonNode body);
}
