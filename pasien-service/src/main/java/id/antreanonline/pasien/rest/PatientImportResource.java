package id.antreanonline.pasien.rest;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.RestResponse;
import org.jboss.resteasy.reactive.server.Cancellable;

import id.antreanonline.edge.identity.SimrsScopes;
import id.antreanonline.pasien.ImportJob;
import id.antreanonline.pasien.service.PatientFile;
import id.antreanonline.pasien.service.PatientImportService;
import id.antreanonline.pasien.service.RequestRefusedException;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import io.vertx.mutiny.core.buffer.Buffer;
import io.vertx.mutiny.core.http.HttpServerRequest;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;

/**
 * Imports of the SIMRS's patient master (CSV or NDJSON), read as they are uploaded; the job shows the counts while
 * the upload runs and lists every line not applied.
 */
@Tag(name = "Impor pasien SIMRS", description = "The SIMRS's patient master: bearer JWT with role admin, or a SIMRS client's token with scope simrs-patients")
@Cancellable(false)
@Path(PatientImportResource.PATH)
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({ "admin", SimrsScopes.PATIENTS })
public class PatientImportResource {

    static final String PATH = "/api/pasien/impor";
    private static final int JOBS_MAX = 100;
    private static final int REJECTIONS_MAX = 1000;

    private final PatientImportService imports;

    PatientImportResource(PatientImportService imports) {
        this.imports = imports;
    }

    /**
     * Reads the file as it arrives (no size limit, never held whole) and answers when it is read: 201 with the
     * job, or 200 with the job it resumed ({@code resume} its id, or {@code sha256} the content hash given when it
     * began). {@code format}: csv or ndjson, else the Content-Type says.
     */
    @POST
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Import a patient file (CSV or NDJSON, streamed); resume an interrupted one with resume= or sha256=")
    public Uni<RestResponse<JobView>> upload(@RestQuery String format, @RestQuery String resume,
            @RestQuery String sha256, @Context HttpHeaders headers, @Context RoutingContext ctx,
            @Context SecurityContext caller) {
        PatientFile.Format f = format(format, headers.getMediaType());
        UUID resumed = resume == null || resume.isBlank() ? null : id(resume);
        String hash = sha256 == null || sha256.isBlank() ? null : sha256.strip().toLowerCase(Locale.ROOT);
        if (hash != null && !hash.matches("[0-9a-f]{64}")) {
            throw new RequestRefusedException(400, "sha256 harus 64 digit heksadesimal");
        }
        Long declared = ctx.get(ImportUploadLimit.DECLARED_LENGTH);
        var body = HttpServerRequest.newInstance(ctx.request()).toMulti().map(Buffer::getBytes);
        return imports.begin(f, resumed, hash, declared, caller.getUserPrincipal().getName())
                .chain(started -> imports.run(started, body).map(done -> started.resumed()
                        ? RestResponse.ok(JobView.of(done))
                        : RestResponse.ResponseBuilder.<JobView>created(URI.create(PATH + "/" + done.id()))
                                .entity(JobView.of(done)).build()));
    }

    @GET
    @Operation(summary = "Recent imports, newest first")
    public Uni<List<JobView>> recent(@RestQuery Integer limit) {
        int n = limit == null ? 20 : Math.max(1, Math.min(limit, JOBS_MAX));
        return imports.recentJobs(n).map(jobs -> jobs.stream().map(JobView::of).toList());
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "An import's state and counts (read while it runs)")
    public Uni<JobView> job(@RestPath String id) {
        return imports.job(id(id)).map(job -> JobView.of(job.orElseThrow(PatientImportResource::unknown)));
    }

    /** The lines not applied, in line order, {@code limit} (at most 1000) after line {@code after}. */
    @GET
    @Path("/{id}/ditolak")
    @Operation(summary = "An import's refused lines (rule or conflict) with their line numbers and reasons, paged")
    public Uni<Rejections> rejections(@RestPath String id, @RestQuery Long after, @RestQuery Integer limit) {
        UUID job = id(id);
        int n = limit == null ? 100 : Math.max(1, Math.min(limit, REJECTIONS_MAX));
        return imports.job(job).chain(found -> {
            found.orElseThrow(PatientImportResource::unknown);
            return imports.rejections(job, after == null ? 0 : after, n);
        }).map(list -> new Rejections(list, list.size() < n ? null : list.get(list.size() - 1).line()));
    }

    /** One page of refused lines; {@code next} is the {@code after} of the next page, null on the last. */
    public record Rejections(List<ImportJob.Rejection> rejections, Long next) {
    }

    /** A job as the console shows it: counts, where it stands, times in epoch ms. */
    public record JobView(UUID id, String format, ImportJob.State state, long read, long imported, long created,
            long updated, long unchanged, long rejected, long conflicts, long committedLine, long bytesRead,
            Long bytesExpected, String sha256, String message, String startedBy, Long createdAt, Long updatedAt,
            Long finishedAt) {

        static JobView of(ImportJob j) {
            ImportJob.Counts c = j.counts();
            return new JobView(j.id(), j.format().toLowerCase(Locale.ROOT), j.state(), c.read(), c.imported(),
                    c.created(), c.updated(), c.unchanged(), c.rejected(), c.conflicts(), j.committedLine(),
                    j.bytesRead(), j.bytesExpected(), j.sha256(), j.message(), j.startedBy(), millis(j.createdAt()),
                    millis(j.updatedAt()), millis(j.finishedAt()));
        }

        private static Long millis(Instant t) {
            return t == null ? null : t.toEpochMilli();
        }
    }

    private static PatientFile.Format format(String format, MediaType type) {
        String f = format != null && !format.isBlank() ? format.strip().toLowerCase(Locale.ROOT)
                : type == null ? "" : type.getSubtype().toLowerCase(Locale.ROOT);
        return switch (f) {
            case "csv" -> PatientFile.Format.CSV;
            case "ndjson", "x-ndjson", "jsonl", "x-jsonlines", "json" -> PatientFile.Format.NDJSON;
            default -> throw new RequestRefusedException(415,
                    "Format berkas tidak dikenali: kirim text/csv atau application/x-ndjson, atau format=csv|ndjson");
        };
    }

    private static UUID id(String id) {
        try {
            return UUID.fromString(id.strip());
        } catch (IllegalArgumentException e) {
            throw unknown();
        }
    }

    private static RequestRefusedException unknown() {
        return new RequestRefusedException(404, "Impor tidak ditemukan");
    }
}
