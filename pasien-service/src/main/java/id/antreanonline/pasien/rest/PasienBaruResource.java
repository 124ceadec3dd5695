package id.antreanonline.pasien.rest;

import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.server.Cancellable;

import id.antreanonline.edge.WsrsJson;
import id.antreanonline.pasien.PatientData;
import id.antreanonline.pasien.service.PatientRules;
import id.antreanonline.pasien.service.PatientService;
import id.antreanonline.shared.BpjsEnvelope;
import id.antreanonline.shared.wsrs.WsrsMessages;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** Mobile JKN's "info pasien baru": opens a medical record for a patient the hospital has not seen yet. */
@Tag(name = "WS RS (Mobile JKN)",
        description = "Info pasien baru: BPJS envelope, always HTTP 200, headers x-token and x-username")
// the WS RS token (x-token, x-username) is checked by the edge's WsrsTokens before any of this runs
@PermitAll
@Cancellable(false)
@Path("/wsrs")
@Produces(MediaType.APPLICATION_JSON)
public class PasienBaruResource {

    /** The {@code response} of a successful pasienbaru. */
    public record NormResponse(String norm) {
    }

    private final PatientService patients;
    private final WsrsJson json;

    PasienBaruResource(PatientService patients, WsrsJson json) {
        this.patients = patients;
        this.json = json;
    }

    /** Any content type is read as JSON: BPJS's clients are not always careful with the header. */
    @POST
    @Path("/pasienbaru")
    @Consumes(MediaType.WILDCARD)
    public Uni<BpjsEnvelope<NormResponse>> pasienBaru(String body) {
        return patients.register(json.read(body, PatientData.class, PatientRules::badFormat)).map(r -> BpjsEnvelope.of(BpjsEnvelope.OK,
                r.complete() ? "Ok" : WsrsMessages.NEW_PATIENT_GO_TO_ADMISSION, new NormResponse(r.norm())));
    }
}
