package id.antreanonline.pasien.rest;

import java.net.URI;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestResponse;
import org.jboss.resteasy.reactive.server.Cancellable;

import id.antreanonline.edge.identity.SimrsScopes;
import id.antreanonline.pasien.service.PatientFile;
import id.antreanonline.pasien.service.PatientImportService;
import id.antreanonline.pasien.service.PatientImportService.Outcome;
import id.antreanonline.pasien.service.RequestRefusedException;
import id.antreanonline.shared.wsrs.WsrsMessages;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** The SIMRS's incremental sync: one patient, with its own norm, created or brought up to date. */
@Tag(name = "Impor pasien SIMRS", description = "The SIMRS's patient master: bearer JWT with role admin, or a SIMRS client's token with scope simrs-patients")
@Cancellable(false)
@Path("/api/pasien/sinkron")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({ "admin", SimrsScopes.PATIENTS })
public class PatientSyncResource {

    /** What became of the patient: {@code created}, {@code updated} or {@code unchanged}. */
    public record SyncResult(String norm, String outcome) {
    }

    private final PatientImportService imports;

    PatientSyncResource(PatientImportService imports) {
        this.imports = imports;
    }

    /**
     * The fields of an import line ({@code nik, nomorkartu, nama, jeniskelamin, tanggallahir, nohp, alamat}); a
     * NIK or card number another norm holds is refused 409 and nothing is changed.
     */
    @PUT
    @Path("/{norm}")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Create or update one patient of the SIMRS by its norm: 201 created, 200 updated or unchanged")
    public Uni<RestResponse<SyncResult>> upsert(@RestPath String norm, String body) {
        PatientFile.Row row = PatientFile.json(body == null ? "" : body);
        if (row.unreadable() != null) {
            throw new RequestRefusedException(400, row.unreadable().equals(PatientFile.NOT_JSON)
                    ? WsrsMessages.MALFORMED_REQUEST : row.unreadable());
        }
        if (row.norm() != null && !row.norm().equals(norm)) {
            throw new RequestRefusedException(400, "Norm di body berbeda dengan norm di alamat");
        }
        return imports.sync(norm, row.data()).map(synced -> {
            if (synced.outcome() == Outcome.CONFLICT) {
                throw new RequestRefusedException(409, synced.message());
            }
            SyncResult result = new SyncResult(synced.norm(), synced.outcome().name().toLowerCase(java.util.Locale.ROOT));
            return synced.outcome() == Outcome.CREATED
                    ? RestResponse.ResponseBuilder.<SyncResult>created(URI.create("/api/pasien/" + norm)).entity(result).build()
                    : RestResponse.ok(result);
        });
    }
}
