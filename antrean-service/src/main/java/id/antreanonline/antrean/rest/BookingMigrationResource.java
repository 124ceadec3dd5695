package id.antreanonline.antrean.rest;

import java.util.Locale;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.server.Cancellable;

import id.antreanonline.antrean.service.BookingMigration;
import id.antreanonline.antrean.service.MigrationFile;
import id.antreanonline.antrean.service.StaffRefused;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

/** The go-live migration of the bookings the hospital's previous queue system took (BPJS asks for it). */
@Cancellable(false)
@Path("/api/antrean/migrasi")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("admin")
@Tag(name = "Go-live migration")
public class BookingMigrationResource {

    private final BookingMigration migration;

    BookingMigrationResource(BookingMigration migration) {
        this.migration = migration;
    }

    @POST
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Import the previous queue system's bookings (NDJSON or CSV; format= or the Content-Type);"
            + " dryRun=true reports what would change and changes nothing")
    public Uni<BookingMigration.Report> migrate(String body, @RestQuery String format, @RestQuery boolean dryRun,
            HttpHeaders headers) {
        if (body == null || body.isBlank()) {
            return Uni.createFrom().failure(new StaffRefused(400, "Berkas antrean kosong"));
        }
        return migration.migrate(format(format, headers.getMediaType()), body, dryRun);
    }

    private static MigrationFile.Format format(String format, MediaType type) {
        String named = format != null ? format : type == null ? "" : type.getSubtype();
        String f = named.toLowerCase(Locale.ROOT);
        if (f.contains("csv")) {
            return MigrationFile.Format.CSV;
        }
        if (f.contains("ndjson") || f.contains("json")) {
            return MigrationFile.Format.NDJSON;
        }
        throw new StaffRefused(400, "Format berkas harus csv atau ndjson (format= atau Content-Type)");
    }
}
