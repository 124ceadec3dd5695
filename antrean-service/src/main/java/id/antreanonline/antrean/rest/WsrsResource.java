package id.antreanonline.antrean.rest;

import java.util.LinkedHashMap;
import java.util.Map;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestHeader;
import org.jboss.resteasy.reactive.server.Cancellable;

import id.antreanonline.antrean.SurgerySchedule;
import id.antreanonline.antrean.service.BookingRequest;
import id.antreanonline.antrean.service.BookingService;
import id.antreanonline.antrean.service.SurgeryService;
import id.antreanonline.antrean.service.WsrsTokenService;
import id.antreanonline.edge.ClientAddress;
import id.antreanonline.edge.WsrsJson;
import id.antreanonline.edge.ZeroPadded;
import id.antreanonline.outbox.BookingLog;
import id.antreanonline.shared.BpjsEnvelope;
import id.antreanonline.shared.Wib;
import id.antreanonline.shared.event.BookingSource;
import id.antreanonline.shared.event.CancelledBy;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpServerRequest;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;

/**
 * The WS RS that BPJS's Mobile JKN calls (contract section 3). Every answer is HTTP 200 with BPJS's envelope; the
 * body is read as text by the edge's {@link WsrsJson} so that malformed JSON and wrong types get an envelope too.
 * The token of every POST is checked by the edge before the body is read.
 */
// the WS RS token (x-token, x-username) is checked by the edge's WsrsTokens before any of this runs
@PermitAll
@Cancellable(false)
@Path("/wsrs")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.WILDCARD)
@Tag(name = "WS RS", description = "Called by BPJS Mobile JKN; headers x-token and x-username on every POST")
public class WsrsResource {

    private final BookingService bookings;
    private final SurgeryService surgeries;
    private final WsrsTokenService tokens;
    private final WsrsJson json;
    private final ClientAddress clientAddress;

    WsrsResource(BookingService bookings, SurgeryService surgeries, WsrsTokenService tokens, WsrsJson json,
            ClientAddress clientAddress) {
        this.bookings = bookings;
        this.surgeries = surgeries;
        this.tokens = tokens;
        this.json = json;
        this.clientAddress = clientAddress;
    }

    @GET
    @Path("/token")
    @Operation(summary = "Token for the WS RS (headers x-username, x-password)")
    public Uni<BpjsEnvelope<Object>> token(@RestHeader("x-username") String username,
            @RestHeader("x-password") String password, @Context HttpServerRequest request) {
        String address = clientAddress.of(request);
        return answer(tokens.issue(username, password, address).map(token -> Map.of("token", token)));
    }

    @POST
    @Path("/statusantrean")
    @Operation(summary = "Queue status of a doctor's schedule")
    public Uni<BpjsEnvelope<Object>> statusAntrean(String body) {
        StatusRequest r = json.read(body, StatusRequest.class);
        return answer(bookings.status(r.kodepoli(), r.kodedokter(), r.tanggalperiksa(), r.jampraktek()));
    }

    @POST
    @Path("/ambilantrean")
    @Operation(summary = "Take a queue number (202 when the patient has no medical record here yet)")
    public Uni<BpjsEnvelope<Object>> ambilAntrean(String body) {
        BookingRequest r = json.read(body, BookingRequest.class);
        // jenispasien is the onsite desk's field: Mobile JKN's patients are JKN by definition
        return answer(bookings.take(new BookingRequest(r.nomorkartu(), r.nik(), r.nohp(), r.kodepoli(), r.norm(),
                r.tanggalperiksa(), r.kodedokter(), r.jampraktek(), r.jeniskunjungan(), r.nomorreferensi(), null),
                BookingSource.MOBILE_JKN));
    }

    @POST
    @Path("/sisaantrean")
    @Operation(summary = "Remaining queue ahead of a booking")
    public Uni<BpjsEnvelope<Object>> sisaAntrean(String body) {
        String kodebooking = json.read(body, BookingCode.class).kodebooking();
        BookingLog.aboutBooking(kodebooking);
        return answer(bookings.remaining(kodebooking));
    }

    @POST
    @Path("/batalantrean")
    @Operation(summary = "Cancel a booking (by the patient, through BPJS)")
    public Uni<BpjsEnvelope<Object>> batalAntrean(String body) {
        CancelRequest r = json.read(body, CancelRequest.class);
        BookingLog.aboutBooking(r.kodebooking());
        return answer(bookings.cancel(r.kodebooking(), r.keterangan(), CancelledBy.BPJS));
    }

    @POST
    @Path("/checkin")
    @Operation(summary = "Check in on the visit date (task 1 for a new patient, 3 for a returning one)")
    public Uni<BpjsEnvelope<Object>> checkIn(String body) {
        CheckInRequest r = json.read(body, CheckInRequest.class);
        BookingLog.aboutBooking(r.kodebooking());
        return answer(bookings.checkIn(r.kodebooking(), r.waktu()));
    }

    @POST
    @Path("/jadwaloperasirs")
    @Operation(summary = "The hospital's surgery schedule between two dates")
    public Uni<BpjsEnvelope<Object>> jadwalOperasiRs(String body) {
        DateRange r = json.read(body, DateRange.class);
        return answer(surgeries.between(r.tanggalawal(), r.tanggalakhir())
                .map(list -> Map.of("list", list.stream().map(WsrsResource::forHospital).toList())));
    }

    @POST
    @Path("/jadwaloperasipasien")
    @Operation(summary = "A patient's surgery schedule by BPJS card number")
    public Uni<BpjsEnvelope<Object>> jadwalOperasiPasien(String body) {
        return answer(surgeries.ofPatient(json.read(body, PatientCard.class).nopeserta())
                .map(list -> Map.of("list", list.stream().map(WsrsResource::forPatient).toList())));
    }

    /** Success as the envelope; a refusal or a failure is answered by the edge's ErrorMappers. */
    private static Uni<BpjsEnvelope<Object>> answer(Uni<?> work) {
        return work.map(result -> result == null ? BpjsEnvelope.<Object>ok() : BpjsEnvelope.<Object>ok(result));
    }

    private static Map<String, Object> forHospital(SurgerySchedule s) {
        Map<String, Object> m = new LinkedHashMap<>(forPatient(s));
        m.put("nopeserta", s.nopeserta == null ? "" : s.nopeserta);
        m.put("lastupdate", s.lastupdate);
        return m;
    }

    private static Map<String, Object> forPatient(SurgerySchedule s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("kodebooking", s.kodebooking);
        m.put("tanggaloperasi", Wib.DATE.format(s.tanggaloperasi));
        m.put("jenistindakan", s.jenistindakan);
        m.put("kodepoli", s.kodepoli);
        m.put("namapoli", s.namapoli);
        m.put("terlaksana", s.terlaksana);
        return m;
    }

    record StatusRequest(String kodepoli, String kodedokter, String tanggalperiksa, String jampraktek) {
    }

    record BookingCode(String kodebooking) {
    }

    record CancelRequest(String kodebooking, String keterangan) {
    }

    record CheckInRequest(String kodebooking, String waktu) {
    }

    record DateRange(String tanggalawal, String tanggalakhir) {
    }

    record PatientCard(@ZeroPadded(13) String nopeserta) {
    }
}
