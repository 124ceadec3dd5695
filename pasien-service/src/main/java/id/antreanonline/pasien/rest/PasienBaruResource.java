package id.antreanonline.pasien.rest;

import java.util.Optional;

import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import id.antreanonline.pasien.service.PatientService;
import id.antreanonline.shared.BpjsEnvelope;
import id.antreanonline.shared.wsrs.WsrsMessages;
import id.antreanonline.shared.wsrs.WsrsTokens;
import io.smallrye.jwt.auth.principal.JWTParser;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.jboss.resteasy.reactive.server.Cancellable;

/** Mobile JKN's "info pasien baru": opens a medical record for a patient the hospital has not seen yet. */
@Tag(name = "WS RS (Mobile JKN)",
        description = "Info pasien baru: BPJS envelope, always HTTP 200, headers x-token and x-username")
@Cancellable(false)
@Path("/wsrs")
@Produces(MediaType.APPLICATION_JSON)
public class PasienBaruResource {

    /** The {@code response} of a successful pasienbaru. */
    public record NormResponse(String norm) {
    }

    private final PatientService patients;
    private final PatientJson json;
    private final JWTParser jwtParser;

    PasienBaruResource(PatientService patients, PatientJson json, JWTParser jwtParser) {
        this.patients = patients;
        this.json = json;
        this.jwtParser = jwtParser;
    }

    /** Any content type is read as JSON: BPJS's clients are not always careful with the header. */
    @POST
    @Path("/pasienbaru")
    @Consumes(MediaType.WILDCARD)
    public Uni<BpjsEnvelope<NormResponse>> pasienBaru(@HeaderParam(WsrsTokens.HEADER_TOKEN) String token,
            @HeaderParam(WsrsTokens.HEADER_USERNAME) String username, String body) {
        Optional<String> refusal = WsrsTokens.refusal(jwtParser, username, token);
        if (refusal.isPresent()) {
            return Uni.createFrom().item(BpjsEnvelope.failed(refusal.get()));
        }
        return patients.register(json.read(body)).map(r -> BpjsEnvelope.of(BpjsEnvelope.OK,
                r.complete() ? "Ok" : WsrsMessages.NEW_PATIENT_GO_TO_ADMISSION, new NormResponse(r.norm())));
    }
}
