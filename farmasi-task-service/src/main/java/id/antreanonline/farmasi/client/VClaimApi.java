package id.antreanonline.farmasi.client;

import org.jboss.resteasy.reactive.RestResponse;

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
    Uni<RestResponse<JsonNode>> member(@HeaderParam("Authorization") String authorization,
            @PathParam("noka") String noka, @QueryParam("tglSEP") String tglSep);

    @GET
    @Path("/rujukan/{nomor}")
    Uni<RestResponse<JsonNode>> referral(@HeaderParam("Authorization") String authorization,
            @PathParam("nomor") String nomor);

    @GET
    @Path("/rujukan/rs/{nomor}")
    Uni<RestResponse<JsonNode>> hospitalReferral(@HeaderParam("Authorization") String authorization,
            @PathParam("nomor") String nomor);

    @GET
    @Path("/sep/{noSep}")
    Uni<RestResponse<JsonNode>> sep(@HeaderParam("Authorization") String authorization,
            @PathParam("noSep") String noSep);

    @POST
    @Path("/sep")
    Uni<RestResponse<JsonNode>> insertSep(@HeaderParam("Authorization") String authorization, JsonNode body);

    @PUT
    @Path("/sep")
    Uni<RestResponse<JsonNode>> updateSep(@HeaderParam("Authorization") String authorization, JsonNode body);

    @DELETE
    @Path("/sep")
    Uni<RestResponse<JsonNode>> deleteSep(@HeaderParam("Authorization") String authorization, JsonNode body);

    @PUT
    @Path("/sep/tglpulang")
    Uni<RestResponse<JsonNode>> sepDischargeDate(@HeaderParam("Authorization") String authorization,
            JsonNode body);

    @GET
    @Path("/rencanakontrol/{noSuratKontrol}")
    Uni<RestResponse<JsonNode>> controlLetter(@HeaderParam("Authorization") String authorization,
            @PathParam("noSuratKontrol") String noSuratKontrol);

    @GET
    @Path("/rencanakontrol/jadwal/{jenisKontrol}/{kodePoli}/{tanggal}")
    Uni<RestResponse<JsonNode>> controlSchedules(@HeaderParam("Authorization") String authorization,
            @PathParam("jenisKontrol") String jenisKontrol, @PathParam("kodePoli") String kodePoli,
            @PathParam("tanggal") String tanggal);

    @POST
    @Path("/rencanakontrol")
    Uni<RestResponse<JsonNode>> insertControlLetter(@HeaderParam("Authorization") String authorization,
            JsonNode body);

    @PUT
    @Path("/rencanakontrol")
    Uni<RestResponse<JsonNode>> updateControlLetter(@HeaderParam("Authorization") String authorization,
            JsonNode body);

    @DELETE
    @Path("/rencanakontrol")
    Uni<RestResponse<JsonNode>> deleteControlLetter(@HeaderParam("Authorization") String authorization,
            JsonNode body);
}
