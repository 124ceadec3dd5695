package id.antreanonline.simulator.rest;

import java.util.List;
import java.util.Map;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import com.fasterxml.jackson.databind.JsonNode;

import id.antreanonline.simulator.Fault;
import id.antreanonline.simulator.ReceivedCall;
import id.antreanonline.simulator.service.AntreanService;
import id.antreanonline.simulator.service.FaultService;
import id.antreanonline.simulator.service.HfisRegistry;
import id.antreanonline.simulator.service.IssuedSeps;
import id.antreanonline.simulator.service.ReceivedLog;
import id.antreanonline.simulator.service.RencanaKontrolService;
import id.antreanonline.simulator.service.RujukanService;

/** The simulator's own controls, for tests and demonstrations (not part of BPJS). */
@Path("/admin")
@Produces(MediaType.APPLICATION_JSON)
public class AdminResource {

    private final FaultService faults;
    private final ReceivedLog received;
    private final AntreanService antrean;
    private final IssuedSeps seps;
    private final RencanaKontrolService rencanaKontrol;
    private final RujukanService rujukan;
    private final HfisRegistry hfis;

    public AdminResource(FaultService faults, ReceivedLog received, AntreanService antrean, IssuedSeps seps,
            RencanaKontrolService rencanaKontrol, RujukanService rujukan, HfisRegistry hfis) {
        this.faults = faults;
        this.received = received;
        this.antrean = antrean;
        this.seps = seps;
        this.rencanaKontrol = rencanaKontrol;
        this.rujukan = rujukan;
        this.hfis = hfis;
    }

    public record FaultRequest(Fault.Mode mode, Long latencyMs, Long durationSeconds, Integer calls, Integer status,
            String path, Integer code, String message) {
    }

    @POST
    @Path("faults")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response injectFault(FaultRequest request) {
        if (request == null || request.mode() == null) {
            return badRequest("mode is required: LATENCY, HTTP_500, HTML, EMPTY, DOWN or CODE");
        }
        long latency = request.latencyMs() == null ? 0 : request.latencyMs();
        long duration = request.durationSeconds() == null ? 0 : request.durationSeconds();
        int calls = request.calls() == null ? 0 : request.calls();
        if (latency < 0 || duration < 0 || calls < 0) {
            return badRequest("latencyMs, durationSeconds and calls must not be negative");
        }
        if (request.mode() == Fault.Mode.LATENCY && latency == 0) {
            return badRequest("LATENCY needs latencyMs");
        }
        if (request.status() != null && (request.status() < 100 || request.status() > 599)) {
            return badRequest("status must be an HTTP status");
        }
        if (request.mode() == Fault.Mode.CODE && request.code() == null) {
            return badRequest("CODE needs code (BPJS's metadata code, e.g. 201)");
        }
        if (request.path() != null && !request.path().startsWith("/")) {
            return badRequest("path must begin with /, e.g. /antreanrs/antrean/updatewaktu");
        }
        String message = request.message() == null ? "Gagal (simulator)" : request.message();
        Fault fault = new Fault(request.mode(), latency, duration, calls, request.status(), request.path(),
                request.code(), message);
        faults.inject(fault);
        return Response.ok(fault).build();
    }

    @GET
    @Path("faults")
    public Response currentFault() {
        return faults.current().map(f -> Response.ok(f).build()).orElseGet(() -> Response.noContent().build());
    }

    @DELETE
    @Path("faults")
    public void clearFault() {
        faults.clear();
    }

    @GET
    @Path("received")
    public List<ReceivedCall> received(@QueryParam("path") String pathPrefix) {
        return received.list(pathPrefix);
    }

    @DELETE
    @Path("received")
    public void clearReceived() {
        received.clear();
    }

    /** A booking made in Mobile JKN (in reality BPJS has it from the app): the antrean/add fields incl. pasienbaru. */
    @POST
    @Path("bookings")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response registerBooking(JsonNode booking) {
        return antrean.registerMobileJkn(booking)
                .map(refusal -> refusal.equals(AntreanService.DUPLICATE_BOOKING)
                        ? Response.status(Response.Status.CONFLICT).entity(Map.of("message", refusal)).build()
                        : badRequest(refusal))
                .orElseGet(() -> Response.status(Response.Status.CREATED)
                        .entity(Map.of("kodebooking", booking.get("kodebooking").asText())).build());
    }

    public record TaskTime(int taskid, long waktu) {
    }

    @GET
    @Path("tasks/{kodebooking}")
    public Response tasks(@PathParam("kodebooking") String kodebooking) {
        return antrean.tasks(kodebooking)
                .map(tasks -> Response.ok(tasks.stream().map(t -> new TaskTime(t.task().code(), t.waktu())).toList())
                        .build())
                .orElseGet(() -> Response.status(Response.Status.NOT_FOUND)
                        .entity(Map.of("message", "unknown kodebooking")).build());
    }

    /** Back to the start: no bookings, SEPs, control letters, referrals, received calls or fault; HFIS re-read. */
    @POST
    @Path("reset")
    public void reset() {
        faults.clear();
        received.clear();
        antrean.reset();
        seps.reset();
        rencanaKontrol.reset();
        rujukan.reset();
        hfis.reset();
    }

    private static Response badRequest(String message) {
        return Response.status(Response.Status.BAD_REQUEST).entity(Map.of("message", message)).build();
    }
}
