package id.antreanonline.gateway.rest;

import static id.antreanonline.gateway.rest.BpjsResources.date;
import static id.antreanonline.gateway.rest.BpjsResources.required;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.server.Cancellable;

import com.fasterxml.jackson.databind.JsonNode;

import id.antreanonline.gateway.client.BpjsAnswer;
import id.antreanonline.gateway.client.VClaimClient;
import id.antreanonline.edge.identity.Callers;
import jakarta.annotation.security.RolesAllowed;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/**
 * BPJS VClaim for the hospital's staff (through the SIMRS or the station screens) and pasien-service, answers
 * decrypted. Reading is for admission and the poli, a SEP is made or changed at admission only, a surat kontrol at
 * admission or the poli; each write names who asked in the audit log ({@link StaffWrites}). Write bodies are VClaim's own JSON
 * ({@code {"request": {...}}}). A refusal by BPJS is HTTP 422 {@code {source, code, message}}; BPJS unreachable is
 * 503.
 */
@Cancellable(false)
@Path("/bpjs/vclaim")
@RolesAllowed({ "admin", "admisi", "poli" })
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "BPJS VClaim")
public class VClaimResource {

    private final VClaimClient vclaim;
    private final StaffWrites writes;

    VClaimResource(VClaimClient vclaim, StaffWrites writes) {
        this.vclaim = vclaim;
        this.writes = writes;
    }

    @GET
    @Path("/peserta/nokartu/{noka}")
    @RolesAllowed({ "admin", "admisi", Callers.PASIEN_SERVICE })
    @Operation(summary = "A member by card number on a SEP date (tglSEP=yyyy-MM-dd): the peserta object")
    public Uni<JsonNode> memberByCard(@PathParam("noka") String noka, @QueryParam("tglSEP") String tglSep) {
        return vclaim.memberByCard(noka, date(tglSep)).map(a -> BpjsResources.member(a, "peserta"));
    }

    @GET
    @Path("/peserta/nik/{nik}")
    @RolesAllowed({ "admin", "admisi", Callers.PASIEN_SERVICE })
    @Operation(summary = "A member by NIK on a SEP date (tglSEP=yyyy-MM-dd): the peserta object")
    public Uni<JsonNode> memberByNik(@PathParam("nik") String nik, @QueryParam("tglSEP") String tglSep) {
        return vclaim.memberByNik(nik, date(tglSep)).map(a -> BpjsResources.member(a, "peserta"));
    }

    @GET
    @Path("/rujukan/{nomor}")
    @Operation(summary = "A referral from primary care by its number")
    public Uni<JsonNode> referral(@PathParam("nomor") String nomor) {
        return vclaim.referral(nomor).map(BpjsAnswer::orRefuse);
    }

    @GET
    @Path("/rujukan/rs/{nomor}")
    @Operation(summary = "A referral from a hospital by its number")
    public Uni<JsonNode> hospitalReferral(@PathParam("nomor") String nomor) {
        return vclaim.hospitalReferral(nomor).map(BpjsAnswer::orRefuse);
    }

    @GET
    @Path("/rujukan/peserta/{noka}")
    @Operation(summary = "The latest referral of a member")
    public Uni<JsonNode> referralOfMember(@PathParam("noka") String noka) {
        return vclaim.referralOfMember(noka).map(BpjsAnswer::orRefuse);
    }

    @GET
    @Path("/rujukan/list/peserta/{noka}")
    @Operation(summary = "Every referral of a member")
    public Uni<JsonNode> referralsOfMember(@PathParam("noka") String noka) {
        return vclaim.referralsOfMember(noka).map(BpjsAnswer::orRefuse);
    }

    @GET
    @Path("/rujukan/rs/list/peserta/{noka}")
    @Operation(summary = "Every referral of a member from other hospitals")
    public Uni<JsonNode> hospitalReferralsOfMember(@PathParam("noka") String noka) {
        return vclaim.hospitalReferralsOfMember(noka).map(BpjsAnswer::orRefuse);
    }

    @POST
    @Path("/sep")
    @RolesAllowed({ "admin", "admisi" })
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create a SEP (VClaim SEP 2.0 insert)")
    public Uni<JsonNode> insertSep(JsonNode body) {
        return writes.logged("SEP insert", vclaim.insertSep(required(body)).map(BpjsAnswer::orRefuse));
    }

    @PUT
    @Path("/sep")
    @RolesAllowed({ "admin", "admisi" })
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Update a SEP (VClaim SEP 2.0 update)")
    public Uni<JsonNode> updateSep(JsonNode body) {
        return writes.logged("SEP update", vclaim.updateSep(required(body)).map(BpjsAnswer::orRefuse));
    }

    @DELETE
    @Path("/sep")
    @RolesAllowed({ "admin", "admisi" })
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Delete a SEP (VClaim SEP 2.0 delete)")
    public Uni<JsonNode> deleteSep(JsonNode body) {
        return writes.logged("SEP delete", vclaim.deleteSep(required(body)).map(BpjsAnswer::orRefuse));
    }

    @PUT
    @Path("/sep/tglpulang")
    @RolesAllowed({ "admin", "admisi" })
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Set a SEP's discharge date (VClaim SEP 2.0 updtglplg)")
    public Uni<JsonNode> updateSepDischargeDate(JsonNode body) {
        return writes.logged("SEP discharge date",
                vclaim.updateSepDischargeDate(required(body)).map(BpjsAnswer::orRefuse));
    }

    @GET
    @Path("/sep/{noSep}")
    @Operation(summary = "A SEP by its number")
    public Uni<JsonNode> sep(@PathParam("noSep") String noSep) {
        return vclaim.sep(noSep).map(BpjsAnswer::orRefuse);
    }

    @POST
    @Path("/rencanakontrol")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create a control plan (surat kontrol)")
    public Uni<JsonNode> insertControlPlan(JsonNode body) {
        return writes.logged("surat kontrol insert",
                vclaim.insertControlPlan(required(body)).map(BpjsAnswer::orRefuse));
    }

    @PUT
    @Path("/rencanakontrol")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Update a control plan")
    public Uni<JsonNode> updateControlPlan(JsonNode body) {
        return writes.logged("surat kontrol update",
                vclaim.updateControlPlan(required(body)).map(BpjsAnswer::orRefuse));
    }

    @DELETE
    @Path("/rencanakontrol")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Delete a control plan")
    public Uni<JsonNode> deleteControlPlan(JsonNode body) {
        return writes.logged("surat kontrol delete",
                vclaim.deleteControlPlan(required(body)).map(BpjsAnswer::orRefuse));
    }

    @POST
    @Path("/rencanakontrol/spri")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create an SPRI (surat perintah rawat inap) on a member's card (RencanaKontrol InsertSPRI)")
    public Uni<JsonNode> insertAdmissionOrder(JsonNode body) {
        return writes.logged("SPRI insert", vclaim.insertAdmissionOrder(required(body)).map(BpjsAnswer::orRefuse));
    }

    @PUT
    @Path("/rencanakontrol/spri")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Update an SPRI (RencanaKontrol UpdateSPRI); deleted like a control plan")
    public Uni<JsonNode> updateAdmissionOrder(JsonNode body) {
        return writes.logged("SPRI update", vclaim.updateAdmissionOrder(required(body)).map(BpjsAnswer::orRefuse));
    }

    @GET
    @Path("/rencanakontrol/{noSuratKontrol}")
    @Operation(summary = "A control plan by its letter number")
    public Uni<JsonNode> controlPlan(@PathParam("noSuratKontrol") String noSuratKontrol) {
        return vclaim.controlPlan(noSuratKontrol).map(BpjsAnswer::orRefuse);
    }

    @GET
    @Path("/rencanakontrol/jadwal/{jenisKontrol}/{kodePoli}/{tanggal}")
    @Operation(summary = "Doctors practising for a control plan: jenisKontrol 1 (SPRI) or 2 (kontrol), poli, date")
    public Uni<JsonNode> controlPlanSchedules(@PathParam("jenisKontrol") String jenisKontrol,
            @PathParam("kodePoli") String kodePoli, @PathParam("tanggal") String tanggal) {
        return vclaim.controlPlanSchedules(jenisKontrol, kodePoli, date(tanggal)).map(BpjsAnswer::orRefuse);
    }

    @GET
    @Path("/monitoring/histori/{noka}")
    @Operation(summary = "A member's SEPs between two dates (tglMulai, tglAkhir = yyyy-MM-dd), with each discharge "
            + "date (tglPlgSep): {histori: [...]}")
    public Uni<JsonNode> serviceHistory(@PathParam("noka") String noka, @QueryParam("tglMulai") String tglMulai,
            @QueryParam("tglAkhir") String tglAkhir) {
        return vclaim.serviceHistory(noka, date(tglMulai), date(tglAkhir)).map(BpjsAnswer::orRefuse);
    }

    @GET
    @Path("/referensi/diagnosa/{keyword}")
    @Operation(summary = "BPJS reference: diagnoses (ICD-10) matching a keyword")
    public Uni<JsonNode> diagnoses(@PathParam("keyword") String keyword) {
        return vclaim.diagnoses(keyword).map(BpjsAnswer::orRefuse);
    }

    @GET
    @Path("/referensi/poli/{keyword}")
    @Operation(summary = "BPJS reference: poli matching a keyword")
    public Uni<JsonNode> poli(@PathParam("keyword") String keyword) {
        return vclaim.poli(keyword).map(BpjsAnswer::orRefuse);
    }

    @GET
    @Path("/referensi/procedure/{keyword}")
    @Operation(summary = "BPJS reference: procedures (ICD-9-CM) matching a keyword, a bare array of {kode, nama}")
    public Uni<JsonNode> procedures(@PathParam("keyword") String keyword) {
        // VClaim answers {"procedure": [...]}, neither a bare array nor {list}
        return vclaim.procedures(keyword).map(a -> BpjsResources.member(a, "procedure"));
    }

    @GET
    @Path("/referensi/propinsi")
    @Operation(summary = "BPJS reference: provinces, a bare array of {kode, nama}")
    public Uni<JsonNode> provinces() {
        return vclaim.provinces().map(BpjsResources::list);
    }

    @GET
    @Path("/referensi/kabupaten/propinsi/{kode}")
    @Operation(summary = "BPJS reference: regencies of a province, a bare array of {kode, nama}")
    public Uni<JsonNode> regencies(@PathParam("kode") String kode) {
        return vclaim.regencies(kode).map(BpjsResources::list);
    }

    @GET
    @Path("/referensi/kecamatan/kabupaten/{kode}")
    @Operation(summary = "BPJS reference: districts of a regency, a bare array of {kode, nama}")
    public Uni<JsonNode> districts(@PathParam("kode") String kode) {
        return vclaim.districts(kode).map(BpjsResources::list);
    }
}
