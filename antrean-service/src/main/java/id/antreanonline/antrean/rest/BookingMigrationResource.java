package id.antreanonline.antrean.rest;


import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.server.Cancellable;

import id.antreanonline.antrean.service.BookingMigration;
import id.antreanonline.antrean.service.FieldLines;
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
        return migration.migrate(FieldLines.Format.of(format,
                headers.getMediaType() == null ? null : headers.getMediaType().getSubtype()), body, dryRun);
    }
}
