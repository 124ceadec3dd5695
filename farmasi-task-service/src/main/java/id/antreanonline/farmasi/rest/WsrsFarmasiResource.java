package id.antreanonline.farmasi.rest;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.server.Cancellable;

import id.antreanonline.edge.WsrsJson;
import id.antreanonline.farmasi.service.PharmacyService;
import id.antreanonline.outbox.BookingLog;
import id.antreanonline.shared.BpjsEnvelope;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/**
 * WS RS for Mobile JKN's pharmacy queue (contract section 3). The edge checks x-token/x-username and reads the body,
 * so that nothing a caller sends gets anything but the BPJS envelope with HTTP 200.
 */
// the WS RS token (x-token, x-username) is checked by the edge's WsrsTokens before any of this runs
@PermitAll
@Cancellable(false)
@Path("/wsrs")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.WILDCARD)
@Tag(name = "wsrs", description = "Web services BPJS's Mobile JKN calls (contract section 3)")
public class WsrsFarmasiResource {

    static final String KODEBOOKING_REQUIRED = "Kode Booking Tidak Boleh Kosong";
    private static final int KODEBOOKING_MAX = 64;

    /** The body of both calls; kodebooking may come as a number too. */
    record BookingCode(String kodebooking) {
    }

    private final WsrsJson json;
    private final PharmacyService pharmacy;

    WsrsFarmasiResource(WsrsJson json, PharmacyService pharmacy) {
        this.json = json;
        this.pharmacy = pharmacy;
    }

    @POST
    @Path("/ambilantreanfarmasi")
    @Operation(summary = "{kodebooking} -> jenisresep, nomorantrean, keterangan: the pharmacy number issued when the "
            + "poli ended the visit with a prescription")
    public Uni<BpjsEnvelope<PharmacyService.Taken>> take(String body) {
        String kodebooking = kodebooking(body);
        return kodebooking == null ? Uni.createFrom().item(BpjsEnvelope.failed(KODEBOOKING_REQUIRED))
                : pharmacy.take(kodebooking);
    }

    @POST
    @Path("/statusantreanfarmasi")
    @Operation(summary = "{kodebooking} -> jenisresep, totalantrean, sisaantrean, antreanpanggil, keterangan")
    public Uni<BpjsEnvelope<PharmacyService.Status>> status(String body) {
        String kodebooking = kodebooking(body);
        return kodebooking == null ? Uni.createFrom().item(BpjsEnvelope.failed(KODEBOOKING_REQUIRED))
                : pharmacy.status(kodebooking);
    }

    /** @return the booking code, or null when it is missing, not text or a number, or longer than any code */
    private String kodebooking(String body) {
        String kodebooking = json.read(body, BookingCode.class, field -> KODEBOOKING_REQUIRED).kodebooking();
        if (kodebooking == null || kodebooking.length() > KODEBOOKING_MAX) {
            return null;
        }
        BookingLog.aboutBooking(kodebooking);
        return kodebooking;
    }
}
