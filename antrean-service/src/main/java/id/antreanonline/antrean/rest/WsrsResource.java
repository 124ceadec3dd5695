package id.antreanonline.antrean.rest;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.RestHeader;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.ObjectMapper;

import id.antreanonline.antrean.SurgerySchedule;
import id.antreanonline.antrean.service.BookingRefused;
import id.antreanonline.antrean.service.BookingRequest;
import id.antreanonline.antrean.service.BookingService;
import id.antreanonline.antrean.service.Messages;
import id.antreanonline.antrean.service.SurgeryService;
import id.antreanonline.antrean.service.WsrsTokenService;
import id.antreanonline.shared.BpjsEnvelope;
import id.antreanonline.shared.Wib;
import id.antreanonline.shared.event.BookingSource;
import id.antreanonline.shared.event.CancelledBy;
import id.antreanonline.shared.wsrs.WsrsMessages;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;

/**
 * The WS RS that BPJS's Mobile JKN calls (contract section 3). Every answer is HTTP 200 with BPJS's envelope; the
 * body is read as text and parsed here so that malformed JSON and wrong types get an envelope too. The token of
 * every POST is checked by {@link WsrsGuard} before the body is read.
 */
@Path("/wsrs")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.WILDCARD)
@Tag(name = "WS RS", description = "Called by BPJS Mobile JKN; headers x-token and x-username on every POST")
public class WsrsResource {

    private static final Logger LOG = Logger.getLogger(WsrsResource.class);

    private final BookingService bookings;
    private final SurgeryService surgeries;
    private final WsrsTokenService tokens;
    private final ObjectMapper mapper;
    private final ClientAddress clientAddress;

    WsrsResource(BookingService bookings, SurgeryService surgeries, WsrsTokenService tokens, ObjectMapper mapper,
            ClientAddress clientAddress) {
        this.bookings = bookings;
        this.surgeries = surgeries;
        this.tokens = tokens;
        this.mapper = mapper;
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
        return answer(parse(body, StatusRequest.class).chain(r -> bookings.status(r.kodepoli(), r.kodedokter(),
                r.tanggalperiksa(), r.jampraktek())));
    }

    @POST
    @Path("/ambilantrean")
    @Operation(summary = "Take a queue number (202 when the patient has no medical record here yet)")
    public Uni<BpjsEnvelope<Object>> ambilAntrean(String body) {
        return answer(parse(body, BookingRequest.class).map(r -> new BookingRequest(r.nomorkartu(), r.nik(),
                r.nohp(), r.kodepoli(), r.norm(), r.tanggalperiksa(), r.kodedokter(), r.jampraktek(),
                r.jeniskunjungan(), r.nomorreferensi(), null))
                .chain(r -> bookings.take(r, BookingSource.MOBILE_JKN)));
    }

    @POST
    @Path("/sisaantrean")
    @Operation(summary = "Remaining queue ahead of a booking")
    public Uni<BpjsEnvelope<Object>> sisaAntrean(String body) {
        return answer(parse(body, BookingCode.class).chain(r -> bookings.remaining(r.kodebooking())));
    }

    @POST
    @Path("/batalantrean")
    @Operation(summary = "Cancel a booking (by the patient, through BPJS)")
    public Uni<BpjsEnvelope<Object>> batalAntrean(String body) {
        return answer(parse(body, CancelRequest.class)
                .chain(r -> bookings.cancel(r.kodebooking(), r.keterangan(), CancelledBy.BPJS)));
    }

    @POST
    @Path("/checkin")
    @Operation(summary = "Check in on the visit date (task 1 for a new patient, 3 for a returning one)")
    public Uni<BpjsEnvelope<Object>> checkIn(String body) {
        return answer(parse(body, CheckInRequest.class).chain(r -> bookings.checkIn(r.kodebooking(), r.waktu())));
    }

    @POST
    @Path("/jadwaloperasirs")
    @Operation(summary = "The hospital's surgery schedule between two dates")
    public Uni<BpjsEnvelope<Object>> jadwalOperasiRs(String body) {
        return answer(parse(body, DateRange.class).chain(r -> surgeries.between(r.tanggalawal(), r.tanggalakhir()))
                .map(list -> Map.of("list", list.stream().map(WsrsResource::forHospital).toList())));
    }

    @POST
    @Path("/jadwaloperasipasien")
    @Operation(summary = "A patient's surgery schedule by BPJS card number")
    public Uni<BpjsEnvelope<Object>> jadwalOperasiPasien(String body) {
        return answer(parse(body, PatientCard.class).chain(r -> surgeries.ofPatient(r.nopeserta()))
                .map(list -> Map.of("list", list.stream().map(WsrsResource::forPatient).toList())));
    }

    private <T> Uni<T> parse(String body, Class<T> type) {
        return Uni.createFrom().item(() -> {
            if (body == null || body.isBlank()) {
                throw new BookingRefused(WsrsMessages.MALFORMED_REQUEST);
            }
            try {
                T value = mapper.readValue(body, type);
                if (value == null) {
                    throw new BookingRefused(WsrsMessages.MALFORMED_REQUEST);
                }
                return value;
            } catch (IOException | RuntimeException e) {
                if (e instanceof BookingRefused refused) {
                    throw refused;
                }
                throw new BookingRefused(WsrsMessages.MALFORMED_REQUEST);
            }
        });
    }

    /** Success, a rule's refusal (201/202), or anything else: always an envelope. */
    private static Uni<BpjsEnvelope<Object>> answer(Uni<?> work) {
        return work.map(result -> result == null ? BpjsEnvelope.<Object>ok() : BpjsEnvelope.<Object>ok(result))
                .onFailure().recoverWithItem(WsrsResource::refusal);
    }

    static BpjsEnvelope<Object> refusal(Throwable e) {
        if (e instanceof BookingRefused refused) {
            return BpjsEnvelope.of(refused.code(), refused.getMessage());
        }
        LOG.errorf("WS RS request failed: %s", e.getClass().getSimpleName());
        LOG.debug("WS RS failure", e);
        return BpjsEnvelope.failed(Messages.SYSTEM_BUSY);
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

    @JsonIgnoreProperties(ignoreUnknown = true)
    record StatusRequest(String kodepoli, String kodedokter, String tanggalperiksa, String jampraktek) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record BookingCode(String kodebooking) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record CancelRequest(String kodebooking, String keterangan) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record CheckInRequest(String kodebooking, String waktu) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record DateRange(String tanggalawal, String tanggalakhir) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record PatientCard(String nopeserta) {
    }
}
