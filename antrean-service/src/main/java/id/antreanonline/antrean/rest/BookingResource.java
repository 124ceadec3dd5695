package id.antreanonline.antrean.rest;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.server.Cancellable;

import id.antreanonline.antrean.service.BookingDetail;
import id.antreanonline.antrean.service.BookingService;
import id.antreanonline.antrean.service.BookingTicket;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/**
 * One booking as admission and the poli need it for the visit's VClaim letters (farmasi-task-service asks with the
 * staff member's own token). Roles: admin, admisi, poli. It carries the card number, NIK and phone: never logged.
 * The ticket's part of it, with nothing personal, is for the patient's printed ticket (admin, admisi, kiosk).
 */
@Cancellable(false)
@Path("/api/booking")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({ "admin", "admisi", "poli" })
@Tag(name = "Bookings")
public class BookingResource {

    private final BookingService bookings;

    BookingResource(BookingService bookings) {
        this.bookings = bookings;
    }

    @GET
    @Path("/{kodebooking}")
    @Operation(summary = "A booking with its schedule (roles admin, admisi, poli); 404 {message} when unknown",
            description = "kodebooking, jenispasien, nomorkartu, nik, nohp, norm, kodepoli, namapoli, kodedokter, "
                    + "namadokter, tanggalperiksa, jampraktek, jeniskunjungan, nomorreferensi, status (ACTIVE or "
                    + "CANCELLED), source, checkinTask (1 or 3 once checked in), checkedInAt (epoch ms).")
    public Uni<BookingDetail> booking(@PathParam("kodebooking") String kodebooking) {
        return bookings.detail(kodebooking);
    }

    @GET
    @Path("/{kodebooking}/tiket")
    @RolesAllowed({ "admin", "admisi", "kiosk" })
    @Operation(summary = "What the booking's printed ticket shows, nothing personal (roles admin, admisi, kiosk); 404 "
            + "{message} when unknown", description = "kodebooking, jenispasien, nomorantrean, angkaantrean, kodepoli, "
                    + "namapoli, kodedokter, namadokter, tanggalperiksa, jampraktek, estimasidilayani (epoch ms), status "
                    + "(ACTIVE or CANCELLED), checkinTask (1 or 3 once checked in).")
    public Uni<BookingTicket> ticket(@PathParam("kodebooking") String kodebooking) {
        return bookings.ticket(kodebooking);
    }
}
