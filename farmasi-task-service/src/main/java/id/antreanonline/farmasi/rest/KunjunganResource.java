package id.antreanonline.farmasi.rest;

import java.util.Map;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.server.Cancellable;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import id.antreanonline.farmasi.VisitLetter;
import id.antreanonline.farmasi.VisitLetter.Kind;
import id.antreanonline.farmasi.service.SepService;
import id.antreanonline.farmasi.service.SepService.SepIssued;
import id.antreanonline.farmasi.service.SuratKontrolService;
import id.antreanonline.farmasi.service.SuratKontrolService.Plan;
import id.antreanonline.farmasi.service.SuratKontrolService.SuratKontrolIssued;
import id.antreanonline.farmasi.service.Views.SepView;
import id.antreanonline.farmasi.service.Views.SuratKontrolView;
import id.antreanonline.farmasi.service.Views.VClaimLetters;
import id.antreanonline.farmasi.service.VisitLetters;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;

/**
 * The visit's VClaim letters: its SEP at admission (roles admin, admisi) and its surat kontrol at the poli (admin,
 * admisi, poli, as vclaim-gateway allows them). BPJS is asked through vclaim-gateway with the caller's own token, so
 * the gateway's audit log names the clerk. BPJS's refusal: 422 {source "BPJS", code, message}; BPJS out of reach:
 * 503 with Retry-After; bad input: 400 {message} naming the field, nothing sent.
 */
@Cancellable(false)
@Path("/api/kunjungan/{kodebooking}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "kunjungan VClaim", description = "The visit's SEP and surat kontrol (issue 20)")
@SecurityRequirement(name = "jwt")
public class KunjunganResource {

    private final SepService seps;
    private final SuratKontrolService letters;
    private final VisitLetters visitLetters;
    private final ObjectMapper json;

    KunjunganResource(SepService seps, SuratKontrolService letters, VisitLetters visitLetters, ObjectMapper json) {
        this.seps = seps;
        this.letters = letters;
        this.visitLetters = visitLetters;
        this.json = json;
    }

    /** {@code noSep}: a SEP number found in BPJS's own application. */
    public record SepNumber(String noSep) {
    }

    @GET
    @Path("/vclaim")
    @RolesAllowed({ "admin", "admisi", "poli" })
    @Operation(summary = "The visit's SEP and surat kontrol (roles admin, admisi, poli)",
            description = "{kodebooking, sep: {nomor, state ISSUED|ISSUING|UNKNOWN, tglSep, diagAwal, poli, tglPulang, "
                    + "statusPulang, issuedBy, issuedAt, updatedAt, bpjs} | null, suratKontrol: {nomor, state, noSep, "
                    + "tglRencanaKontrol, kodeDokter, namaDokter, poliKontrol, issuedBy, issuedAt, updatedAt} | null, spri: "
                    + "{as suratKontrol, noSep null} | null}")
    public Uni<VClaimLetters> letters(@PathParam("kodebooking") String kodebooking) {
        return visitLetters.visit(kodebooking).chain(v -> visitLetters.ofVisit(kodebooking))
                .map(list -> VClaimLetters.of(kodebooking, list, visitLetters.now()));
    }

    @GET
    @Path("/sep/draf")
    @RolesAllowed({ "admin", "admisi" })
    @Operation(summary = "A SEP 2.0 insert prefilled for a checked-in JKN visit (roles admin, admisi)",
            description = "{peserta, rujukan (BPJS's referral with asalRujukan) | null, suratKontrol (control visit) | "
                    + "null, request: {t_sep}, missing: [fields the clerk must fill]}. Not JKN, not checked in, ended "
                    + "or cancelled: 409.")
    public Uni<JsonNode> sepDraft(@PathParam("kodebooking") String kodebooking,
            @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization, @Context SecurityContext caller) {
        return seps.draft(kodebooking, authorization, user(caller)).map(this::tree);
    }

    @POST
    @Path("/sep")
    @RolesAllowed({ "admin", "admisi" })
    @Operation(summary = "Issue the visit's SEP, once (roles admin, admisi)",
            description = "Body {request: {t_sep}} as the clerk completed the draft; noKartu, noMR, tglSep, user and "
                    + "ppkPelayanan come from the visit. Answers {nomor, tglSep, created, sep}: created false when the "
                    + "visit already had it (BPJS not asked). While another request is issuing it: 409. After an "
                    + "unanswered call (state UNKNOWN): 409 until the clerk records the number found in BPJS's "
                    + "application (PUT sep/nomor) or drops the attempt (DELETE sep).")
    public Uni<SepIssued> issueSep(@PathParam("kodebooking") String kodebooking, JsonNode body,
            @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization, @Context SecurityContext caller) {
        return seps.issue(kodebooking, authorization, user(caller), body);
    }

    @PUT
    @Path("/sep")
    @RolesAllowed({ "admin", "admisi" })
    @Operation(summary = "Update the visit's SEP (VClaim SEP 2.0 update; roles admin, admisi)",
            description = "Body {request: {t_sep}}; noSep and user come from the visit. Answers the SEP as in vclaim.")
    public Uni<SepView> updateSep(@PathParam("kodebooking") String kodebooking, JsonNode body,
            @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization, @Context SecurityContext caller) {
        return seps.update(kodebooking, authorization, user(caller), body);
    }

    @DELETE
    @Path("/sep")
    @RolesAllowed({ "admin", "admisi" })
    @Operation(summary = "Delete the visit's SEP at BPJS, then its number from the visit (roles admin, admisi)",
            description = "With a surat kontrol on it: 409 (delete the letter first). A SEP whose issue is UNKNOWN is "
                    + "dropped without asking BPJS. Answers {kodebooking, nomor, deleted: true}.")
    public Uni<Map<String, Object>> deleteSep(@PathParam("kodebooking") String kodebooking,
            @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization, @Context SecurityContext caller) {
        return seps.delete(kodebooking, authorization, user(caller)).map(KunjunganResource::deleted);
    }

    @PUT
    @Path("/sep/tglpulang")
    @RolesAllowed({ "admin", "admisi" })
    @Operation(summary = "The discharge date of the visit's SEP (VClaim updtglplg; roles admin, admisi)",
            description = "Body {tglPulang yyyy-MM-dd, statusPulang 1|3|4|5, noSuratMeninggal, tglMeninggal (with 4), "
                    + "noLPManual}. Answers the SEP as in vclaim.")
    public Uni<SepView> sepDischargeDate(@PathParam("kodebooking") String kodebooking, JsonNode body,
            @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization, @Context SecurityContext caller) {
        return seps.dischargeDate(kodebooking, authorization, user(caller), body);
    }

    @PUT
    @Path("/sep/nomor")
    @RolesAllowed({ "admin", "admisi" })
    @Operation(summary = "Record a SEP number found in BPJS's application (roles admin, admisi)",
            description = "Body {noSep}: BPJS must show it as this visit's member's SEP (else 409). For a visit whose "
                    + "insert went unanswered (UNKNOWN) or without a SEP. Answers as the insert does.")
    public Uni<SepIssued> recordSep(@PathParam("kodebooking") String kodebooking, SepNumber body,
            @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization, @Context SecurityContext caller) {
        return seps.record(kodebooking, authorization, user(caller), body == null ? null : body.noSep());
    }

    @GET
    @Path("/suratkontrol/jadwal")
    @RolesAllowed({ "admin", "admisi", "poli" })
    @Operation(summary = "BPJS's doctors for a control at the visit's poli on a date (roles admin, admisi, poli)",
            description = "tanggal yyyy-MM-dd, jenis 2 (kontrol, default) or 1 (SPRI). Answers {kodepoli, tanggal, "
                    + "jenisKontrol, list: [{kodeDokter, namaDokter, jadwalPraktek, kapasitas}]}.")
    public Uni<JsonNode> controlSchedule(@PathParam("kodebooking") String kodebooking, @RestQuery String tanggal,
            @RestQuery String jenis, @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        return letters.schedule(kodebooking, authorization, tanggal, jenis).map(this::tree);
    }

    @POST
    @Path("/suratkontrol")
    @RolesAllowed({ "admin", "admisi", "poli" })
    @Operation(summary = "Issue the visit's surat kontrol on its SEP, once (roles admin, admisi, poli)",
            description = "Body {tglRencanaKontrol, kodeDokter, poliKontrol (default the visit's poli)}. Without a SEP: "
                    + "409. Answers {nomor, tglRencanaKontrol, kodeDokter, namaDokter, poliKontrol, noSep, created}.")
    public Uni<SuratKontrolIssued> issueControlLetter(@PathParam("kodebooking") String kodebooking, Plan plan,
            @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization, @Context SecurityContext caller) {
        return letters.issue(kodebooking, authorization, user(caller), plan);
    }

    @PUT
    @Path("/suratkontrol")
    @RolesAllowed({ "admin", "admisi", "poli" })
    @Operation(summary = "A new date, doctor or poli for the visit's surat kontrol (roles admin, admisi, poli)",
            description = "Body as the insert. Answers the letter as in vclaim.")
    public Uni<SuratKontrolView> updateControlLetter(@PathParam("kodebooking") String kodebooking, Plan plan,
            @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization, @Context SecurityContext caller) {
        return letters.update(kodebooking, authorization, user(caller), plan);
    }

    @DELETE
    @Path("/suratkontrol")
    @RolesAllowed({ "admin", "admisi", "poli" })
    @Operation(summary = "Delete the visit's surat kontrol at BPJS, then its number (roles admin, admisi, poli)",
            description = "Answers {kodebooking, nomor, deleted: true}.")
    public Uni<Map<String, Object>> deleteControlLetter(@PathParam("kodebooking") String kodebooking,
            @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization, @Context SecurityContext caller) {
        return letters.delete(kodebooking, authorization, user(caller), Kind.SURAT_KONTROL)
                .map(KunjunganResource::deleted);
    }

    @POST
    @Path("/spri")
    @RolesAllowed({ "admin", "admisi", "poli" })
    @Operation(summary = "Issue the visit's SPRI (surat perintah rawat inap), once (roles admin, admisi, poli)",
            description = "Body {tglRencanaKontrol, kodeDokter (from suratkontrol/jadwal?jenis=1), poliKontrol "
                    + "(default the visit's poli)}; the card number comes from the JKN booking, no SEP needed. Answers "
                    + "{nomor, tglRencanaKontrol, kodeDokter, namaDokter, poliKontrol, noSep: null, created}.")
    public Uni<SuratKontrolIssued> issueAdmissionOrder(@PathParam("kodebooking") String kodebooking, Plan plan,
            @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization, @Context SecurityContext caller) {
        return letters.issueSpri(kodebooking, authorization, user(caller), plan);
    }

    @PUT
    @Path("/spri")
    @RolesAllowed({ "admin", "admisi", "poli" })
    @Operation(summary = "A new date, doctor or poli for the visit's SPRI (roles admin, admisi, poli)",
            description = "Body as the insert. Answers the SPRI as in vclaim.")
    public Uni<SuratKontrolView> updateAdmissionOrder(@PathParam("kodebooking") String kodebooking, Plan plan,
            @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization, @Context SecurityContext caller) {
        return letters.updateSpri(kodebooking, authorization, user(caller), plan);
    }

    @DELETE
    @Path("/spri")
    @RolesAllowed({ "admin", "admisi", "poli" })
    @Operation(summary = "Delete the visit's SPRI at BPJS, then its number (roles admin, admisi, poli)",
            description = "Answers {kodebooking, nomor, deleted: true}.")
    public Uni<Map<String, Object>> deleteAdmissionOrder(@PathParam("kodebooking") String kodebooking,
            @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization, @Context SecurityContext caller) {
        return letters.delete(kodebooking, authorization, user(caller), Kind.SPRI).map(KunjunganResource::deleted);
    }

    /**
     * An answer that carries BPJS's JSON as it came, written by Jackson itself: the generated reflection-free
     * serializers write a JsonNode member as a bean.
     */
    private JsonNode tree(Object answer) {
        return json.valueToTree(answer);
    }

    private static String user(SecurityContext caller) {
        return caller.getUserPrincipal().getName();
    }

    private static Map<String, Object> deleted(VisitLetter l) {
        Map<String, Object> answer = new java.util.LinkedHashMap<>();
        answer.put("kodebooking", l.kodebooking);
        answer.put("nomor", l.nomor);
        answer.put("deleted", true);
        return answer;
    }
}
