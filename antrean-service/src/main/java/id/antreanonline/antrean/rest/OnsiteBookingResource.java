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
import id.antreanonline.outbox.BookingLog;
import id.antreanonline.shared.event.CancelledBy;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;

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

    /** {@code eventid}: the caller's own id of the cancellation (a SIMRS's event id), optional. */
    public record Cancellation(String keterangan, String eventid) {
    }

    @POST
    @Operation(summary = "Onsite booking: the ambilantrean body plus jenispasien (JKN or NON JKN); today allowed",
            description = "A SIMRS may send its own codes, kodepolisimrs and kodedoktersimrs, translated through the "
                    + "code mapping (an unmapped code: 422, nothing taken), and its own eventid: the same caller "
                    + "sending it again gets the same booking back; the same eventid with other content: 409.")
    public Uni<BookingReceipt> book(BookingRequest request, @Context SecurityContext caller) {
        if (request == null) {
            return Uni.createFrom().failure(new StaffRefused(400, "Data antrean wajib diisi"));
        }
        return bookings.takeOnsite(request, caller.getUserPrincipal().getName());
    }

    @POST
    @Path("/{kodebooking}/batal")
    @Operation(summary = "Cancel a booking on the hospital's side (reported to BPJS antrean/batal)",
            description = "{keterangan, eventid}: with eventid (the caller's own id) a repeat answers as the first "
                    + "did; the same eventid for another booking or reason: 409.")
    public Uni<Map<String, String>> cancel(@PathParam("kodebooking") String kodebooking, Cancellation body,
            @Context SecurityContext caller) {
        BookingLog.aboutBooking(kodebooking);
        return bookings.cancel(kodebooking, body == null ? null : body.keterangan(), CancelledBy.HOSPITAL,
                caller.getUserPrincipal().getName(), body == null ? null : body.eventid())
                .replaceWith(Map.of("kodebooking", kodebooking, "status", "CANCELLED"));
    }
}
