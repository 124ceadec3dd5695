package id.antreanonline.antrean.rest;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.server.Cancellable;

import id.antreanonline.antrean.StaffAccount;
import id.antreanonline.antrean.service.BookingReceipt;
import id.antreanonline.antrean.service.KioskBooking;
import id.antreanonline.antrean.service.KioskService;
import id.antreanonline.antrean.service.OpenSchedules;
import id.antreanonline.outbox.BookingLog;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;

/**
 * The self-service kiosk in the lobby (anjungan pasien mandiri). Callers: a kiosk device account (role
 * {@code kiosk}) only, which may call nothing else; staff use the counter's and the stations' endpoints. Answers carry
 * no NIK, card number, phone or medical record number: the kiosk's screen is public. Refusals are
 * {@code {"message"}} with BPJS's or the counter's words; the kiosk page says them to the patient in plain words.
 */
@Cancellable(false)
@Path("/api/anjungan")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(StaffAccount.KIOSK)
@Tag(name = "Kiosk")
public class KioskResource {

    private final KioskService kiosk;

    KioskResource(KioskService kiosk) {
        this.kiosk = kiosk;
    }

    /** Check-in: the kodebooking, body {} (the kiosk's clock is this service's). */
    public record CheckIn(String kodebooking) {
    }

    @GET
    @Path("/booking")
    @Operation(summary = "A booking by kodebooking (any day), or today's bookings of a nik (16 digits); kiosk only",
            description = "A list of {kodebooking, nomorantrean, kodepoli, namapoli, namadokter, tanggalperiksa, "
                    + "jampraktek, estimasidilayani, status (ACTIVE or CANCELLED), checkinTask (1 or 3 once checked "
                    + "in)}; 404 {message} when there is none.")
    public Uni<List<KioskBooking>> find(@QueryParam("kodebooking") String kodebooking, @QueryParam("nik") String nik) {
        return kiosk.find(kodebooking, nik);
    }

    @POST
    @Path("/booking/{kodebooking}/checkin")
    @Operation(summary = "Check in now, by the WS RS check-in's rules (task 1 for a new patient, 3 for a returning "
            + "one); kiosk only", description = "The booking after the check-in; a refusal is 422 {message} in "
                    + "BPJS's words (unknown code, already checked in, not today, cancelled).")
    public Uni<KioskBooking> checkIn(@PathParam("kodebooking") String kodebooking) {
        BookingLog.aboutBooking(kodebooking);
        return kiosk.checkIn(kodebooking);
    }

    @GET
    @Path("/jadwal")
    @Operation(summary = "Today's practices still open (optionally of one kodepoli), with the places left; kiosk only",
            description = "The counter's list (GET /api/jadwal) of today without the closed practices.")
    public Uni<List<OpenSchedules.Slot>> schedules(@QueryParam("kodepoli") String kodepoli) {
        return kiosk.todaysSchedules(kodepoli);
    }

    @POST
    @Path("/antrean")
    @Operation(summary = "A JKN walk-in's onsite number for today, by the counter's rules and quota; kiosk only",
            description = "{nomorkartu or nik (one of them), nomorreferensi, jeniskunjungan, kodepoli, kodedokter, "
                    + "jampraktek}; the patient must have a medical record here (else 422 with BPJS's 'patient "
                    + "unknown' words). The answer is the onsite booking's (POST /api/antrean) without norm; the "
                    + "kiosk page then checks the walk-in in, since the patient is there.")
    public Uni<BookingReceipt> takeNumber(KioskService.WalkIn walkIn, @Context SecurityContext caller) {
        return kiosk.takeNumber(walkIn, caller.getUserPrincipal().getName()).map(BookingReceipt::withoutNorm);
    }
}
