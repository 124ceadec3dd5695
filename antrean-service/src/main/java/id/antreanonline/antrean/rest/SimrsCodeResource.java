package id.antreanonline.antrean.rest;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.RestResponse;
import org.jboss.resteasy.reactive.server.Cancellable;

import com.fasterxml.jackson.annotation.JsonProperty;

import id.antreanonline.antrean.SimrsCode;
import id.antreanonline.antrean.service.FieldLines;
import id.antreanonline.antrean.service.SimrsCodeService;
import id.antreanonline.antrean.service.SimrsCodeService.ImportReport;
import id.antreanonline.antrean.service.SimrsCodeService.Outcome;
import id.antreanonline.antrean.service.StaffRefused;
import id.antreanonline.edge.identity.SimrsScopes;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;

/**
 * The mapping of the SIMRS's own poli and doctor codes to BPJS's kodepoli and kodedokter: an administrator edits and
 * imports it; a SIMRS reads it (scope simrs-read), and one whose own mapping tables are the truth (SIMRS Khanza's, through
 * its bridge) keeps it one code at a time (scope simrs-codes). Field names are the import file's columns.
 */
@Cancellable(false)
@Path("/api/simrs-codes")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "SIMRS codes", description = "The SIMRS's poli and doctor codes mapped to BPJS's kodepoli and kodedokter")
public class SimrsCodeResource {

    private final SimrsCodeService codes;

    SimrsCodeResource(SimrsCodeService codes) {
        this.codes = codes;
    }

    /** A mapping as the API answers it and an NDJSON import line reads it. */
    public record CodeView(String kind, @JsonProperty("kode_simrs") String kodeSimrs,
            @JsonProperty("kode_bpjs") String kodeBpjs, String nama) {

        static CodeView of(SimrsCode c) {
            return new CodeView(c.kind().wire(), c.kodeSimrs(), c.kodeBpjs(), c.nama());
        }
    }

    public record CodeChange(@JsonProperty("kode_bpjs") String kodeBpjs, String nama) {
    }

    @GET
    @RolesAllowed({ "admin", SimrsScopes.READ })
    @Operation(summary = "Every mapping, or those of one kind (?kind=poli or dokter): [{kind, kode_simrs, kode_bpjs, nama}]")
    public Uni<List<CodeView>> list(@RestQuery String kind) {
        return codes.list(kind).map(all -> all.stream().map(CodeView::of).toList());
    }

    @PUT
    @Path("/{kind}/{kodeSimrs}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ "admin", SimrsScopes.CODES })
    @Operation(summary = "Map one SIMRS code {kode_bpjs, nama}: 201 created, 200 changed or already so")
    public Uni<RestResponse<CodeView>> upsert(@RestPath String kind, @RestPath String kodeSimrs, CodeChange body,
            @Context SecurityContext caller) {
        if (body == null) {
            return Uni.createFrom().failure(new StaffRefused(400, "kode_bpjs wajib diisi"));
        }
        return codes.upsert(kind, kodeSimrs, body.kodeBpjs(), body.nama(), caller.getUserPrincipal().getName())
                .map(outcome -> {
                    CodeView view = CodeView.of(SimrsCode.of(kind, kodeSimrs, body.kodeBpjs(), body.nama()));
                    return outcome == Outcome.CREATED ? RestResponse.status(RestResponse.Status.CREATED, view)
                            : RestResponse.ok(view);
                });
    }

    @DELETE
    @Path("/{kind}/{kodeSimrs}")
    @RolesAllowed({ "admin", SimrsScopes.CODES })
    @Operation(summary = "Remove one SIMRS code from the mapping: 204, or 404 when it is not there")
    public Uni<Void> delete(@RestPath String kind, @RestPath String kodeSimrs, @Context SecurityContext caller) {
        return codes.delete(kind, kodeSimrs, caller.getUserPrincipal().getName());
    }

    /** {@code format}: csv or ndjson, else the Content-Type says (text/csv, application/x-ndjson). */
    @POST
    @Path("/import")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed("admin")
    @Operation(summary = "Import mappings: CSV (header kind,kode_simrs,kode_bpjs,nama) or NDJSON; the good lines go in, "
            + "each bad one is reported with its line number and reason; a re-run changes nothing")
    public Uni<ImportReport> importFile(@RestQuery String format, String body, @Context HttpHeaders headers,
            @Context SecurityContext caller) {
        MediaType type = headers.getMediaType();
        return codes.importFile(FieldLines.Format.of(format, type == null ? null : type.getSubtype()), body,
                caller.getUserPrincipal().getName());
    }
}
