package id.antreanonline.gateway.rest;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.server.Cancellable;

import id.antreanonline.gateway.service.KioskMembers;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/**
 * BPJS VClaim for the lobby's self-service kiosk. Callers: a kiosk device account (role {@code kiosk}) only, which
 * may call nothing else here; staff read the whole member at {@code /bpjs/vclaim}. Answers carry nothing personal.
 */
@Cancellable(false)
@Path("/bpjs/anjungan")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("kiosk")
@Tag(name = "Kiosk")
public class KioskMemberResource {

    private final KioskMembers members;

    KioskMemberResource(KioskMembers members) {
        this.members = members;
    }

    @GET
    @Path("/peserta")
    @Operation(summary = "A JKN walk-in by nomorkartu or nik (one of them): active today, and the valid referrals; "
            + "kiosk only", description = "{aktif, status (BPJS's words), rujukan: [{noKunjungan, jeniskunjungan "
                    + "(1 FKTP, 4 RS), kodepoli, namapoli, tglKunjungan, berlakuSampai, perujuk}]}; an unknown member "
                    + "is BPJS's refusal, 422 {source, code, message}.")
    public Uni<KioskMembers.Member> member(@QueryParam("nomorkartu") String nomorkartu, @QueryParam("nik") String nik) {
        return members.find(nomorkartu, nik);
    }
}
