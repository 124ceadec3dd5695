package id.antreanonline.antrean.rest;

import java.time.DateTimeException;
import java.time.Instant;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.server.Cancellable;

import id.antreanonline.antrean.service.BookingRecovery;
import id.antreanonline.antrean.service.StaffRefused;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** The booking catch-up after a restore of the database, on demand (it also runs at every start). */
@Cancellable(false)
@Path("/api/pemulihan/booking")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("admin")
@Tag(name = "Restore")
public class BookingRecoveryResource {

    private final BookingRecovery recovery;

    BookingRecoveryResource(BookingRecovery recovery) {
        this.recovery = recovery;
    }

    @POST
    @Operation(summary = "Give back the bookings, cancellations and check-ins published on antrean.bookings since a"
            + " time (ISO-8601 instant or epoch ms; read from 10 minutes before it) that the database lacks;"
            + " dryRun=true reports what would change and changes nothing")
    public Uni<BookingRecovery.Report> recover(@RestQuery String sejak, @RestQuery boolean dryRun) {
        return recovery.recover(epochMillis(sejak), dryRun);
    }

    private static long epochMillis(String sejak) {
        if (sejak == null || sejak.isBlank()) {
            throw new StaffRefused(400, "sejak wajib diisi (ISO-8601, misalnya 2026-11-30T08:00:00+07:00, atau epoch ms)");
        }
        try {
            return sejak.matches("\\d{1,15}") ? Long.parseLong(sejak) : Instant.parse(sejak).toEpochMilli();
        } catch (DateTimeException e) {
            throw new StaffRefused(400, "sejak harus ISO-8601 (misalnya 2026-11-30T08:00:00+07:00) atau epoch ms");
        }
    }
}
