package id.antreanonline.gateway.rest;

import static id.antreanonline.gateway.rest.BpjsResources.date;
import static id.antreanonline.gateway.rest.BpjsResources.required;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.server.Cancellable;

import com.fasterxml.jackson.databind.JsonNode;

import id.antreanonline.edge.RequestRefused;
import id.antreanonline.gateway.client.AntreanWsClient;
import id.antreanonline.gateway.client.BpjsAnswer;
import id.antreanonline.gateway.client.DoctorScheduleChange;
import id.antreanonline.edge.identity.Callers;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/**
 * BPJS Antrean WS for the hospital's administrators and, for the doctor schedules it imports, antrean-service;
 * answers decrypted. A refusal by BPJS is HTTP 422
 * {@code {source, code, message}}; BPJS unreachable is 503.
 */
@Cancellable(false)
@Path("/bpjs/antrean")
@RolesAllowed("admin")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "BPJS Antrean WS")
public class AntreanResource {

    private final AntreanWsClient antrean;
    private final StaffWrites writes;

    AntreanResource(AntreanWsClient antrean, StaffWrites writes) {
        this.antrean = antrean;
        this.writes = writes;
    }

    @GET
    @Path("/jadwaldokter/{kodepoli}/{tanggal}")
    @RolesAllowed({ "admin", Callers.ANTREAN_SERVICE })
    @Operation(summary = "HFIS doctor schedules of a poli on a date: a bare array with BPJS's field names")
    public Uni<JsonNode> doctorSchedules(@PathParam("kodepoli") String kodepoli, @PathParam("tanggal") String tanggal) {
        return antrean.doctorSchedules(kodepoli, date(tanggal)).map(a -> {
            a.orRefuse();
            return a.list();
        });
    }

    @POST
    @Path("/jadwaldokter/updatejadwaldokter")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Update a doctor's HFIS schedule: {kodepoli, kodesubspesialis, kodedokter, jadwal[{hari, "
            + "buka, tutup}]}")
    public Uni<JsonNode> updateDoctorSchedule(DoctorScheduleChange change) {
        return writes.logged("HFIS doctor schedule update",
                antrean.updateDoctorSchedule(required(change)).map(BpjsAnswer::orRefuse));
    }

    @GET
    @Path("/ref/poli")
    @Operation(summary = "BPJS reference: poli")
    public Uni<JsonNode> poli() {
        return antrean.referencePoli().map(BpjsResources::list);
    }

    @GET
    @Path("/ref/dokter")
    @Operation(summary = "BPJS reference: doctors")
    public Uni<JsonNode> doctors() {
        return antrean.referenceDoctors().map(BpjsResources::list);
    }

    @GET
    @Path("/ref/poli/fp")
    @Operation(summary = "BPJS reference: poli with fingerprint")
    public Uni<JsonNode> poliFingerprint() {
        return antrean.referencePoliFingerprint().map(BpjsResources::list);
    }

    @GET
    @Path("/tasks/{kodebooking}")
    @Operation(summary = "The task times BPJS holds for a booking (getlisttask)")
    public Uni<JsonNode> taskList(@PathParam("kodebooking") String kodebooking) {
        return antrean.taskList(kodebooking).map(BpjsResources::list);
    }

    @GET
    @Path("/dashboard/tanggal/{tanggal}/waktu/{waktu}")
    @Operation(summary = "Waiting-time dashboard of a day; waktu = rs or server")
    public Uni<JsonNode> dashboardOfDay(@PathParam("tanggal") String tanggal, @PathParam("waktu") String waktu) {
        return antrean.dashboardOfDay(date(tanggal), waktu(waktu)).map(BpjsAnswer::orRefuse);
    }

    @GET
    @Path("/dashboard/bulan/{bulan}/tahun/{tahun}/waktu/{waktu}")
    @Operation(summary = "Waiting-time dashboard of a month; waktu = rs or server")
    public Uni<JsonNode> dashboardOfMonth(@PathParam("bulan") String bulan, @PathParam("tahun") String tahun,
            @PathParam("waktu") String waktu) {
        if (!bulan.matches("\\d{1,2}") || !tahun.matches("\\d{4}")) {
            throw RequestRefused.badRequest("bulan must be MM and tahun yyyy");
        }
        return antrean.dashboardOfMonth(bulan.length() == 1 ? "0" + bulan : bulan, tahun, waktu(waktu))
                .map(BpjsAnswer::orRefuse);
    }

    @GET
    @Path("/pendaftaran/tanggal/{tanggal}")
    @Operation(summary = "Bookings BPJS holds for a date")
    public Uni<JsonNode> bookingsOfDay(@PathParam("tanggal") String tanggal) {
        return antrean.bookingsOfDay(date(tanggal)).map(BpjsResources::list);
    }

    @GET
    @Path("/pendaftaran/aktif")
    @Operation(summary = "Bookings BPJS holds that are not yet served (waiting or being served), from today on")
    public Uni<JsonNode> activeBookings() {
        return antrean.activeBookings().map(BpjsResources::list);
    }

    @GET
    @Path("/pendaftaran/kodebooking/{kodebooking}")
    @Operation(summary = "A booking as BPJS holds it")
    public Uni<JsonNode> bookingByCode(@PathParam("kodebooking") String kodebooking) {
        return antrean.bookingByCode(kodebooking).map(BpjsAnswer::orRefuse);
    }

    private static String waktu(String waktu) {
        if (!"rs".equals(waktu) && !"server".equals(waktu)) {
            throw RequestRefused.badRequest("waktu must be rs or server");
        }
        return waktu;
    }
}
