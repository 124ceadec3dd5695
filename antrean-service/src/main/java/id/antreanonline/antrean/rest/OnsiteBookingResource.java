package id.antreanonline.antrean.rest;

import java.util.Map;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.server.Cancellable;

import id.antreanonline.antrean.service.BookingReceipt;
import id.antreanonline.antrean.service.BookingRequest;
import id.antreanonline.antrean.service.BookingService;
import id.antreanonline.antrean.service.StaffRefused;
import id.antreanonline.edge.identity.SimrsScopes;
import id.antreanonline.shared.event.BookingSource;
import id.antreanonline.shared.event.CancelledBy;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** Bookings made at the hospital's counter (reported to BPJS antrean/add) and cancellations by the hospital. */
@Cancellable(false)
@Path("/api/antrean")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({ "admin", "admisi", SimrsScopes.ONSITE })
@Tag(name = "Onsite bookings")
public class OnsiteBookingResource {

    private final BookingService bookings;

    OnsiteBookingResource(BookingService bookings) {
        this.bookings = bookings;
    }

    public record Cancellation(String keterangan) {
    }

    @POST
    @Operation(summary = "Onsite booking: the ambilantrean body plus jenispasien (JKN or NON JKN); today allowed")
    public Uni<BookingReceipt> book(BookingRequest request) {
        if (request == null) {
            return Uni.createFrom().failure(new StaffRefused(400, "Data antrean wajib diisi"));
        }
        return bookings.take(request, BookingSource.ONSITE);
    }

    @POST
    @Path("/{kodebooking}/batal")
    @Operation(summary = "Cancel a booking on the hospital's side (reported to BPJS antrean/batal)")
    public Uni<Map<String, String>> cancel(@PathParam("kodebooking") String kodebooking, Cancellation body) {
        return bookings.cancel(kodebooking, body == null ? null : body.keterangan(), CancelledBy.HOSPITAL)
                .replaceWith(Map.of("kodebooking", kodebooking, "status", "CANCELLED"));
    }
}
