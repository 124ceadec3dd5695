package id.antreanonline.simulator.rest;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import id.antreanonline.simulator.service.AntreanReportService;
import id.antreanonline.simulator.service.AntreanService;
import id.antreanonline.simulator.service.RequestGuard.Api;
import id.antreanonline.simulator.service.ScheduleService;

/** BPJS's Antrean WS for hospitals (contract section 4), base /antreanrs. */
@Path("/antreanrs")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.WILDCARD)
public class AntreanResource {

    private final BpjsGate gate;
    private final ScheduleService schedules;
    private final AntreanService antrean;
    private final AntreanReportService reports;

    public AntreanResource(BpjsGate gate, ScheduleService schedules, AntreanService antrean,
            AntreanReportService reports) {
        this.gate = gate;
        this.schedules = schedules;
        this.antrean = antrean;
        this.reports = reports;
    }

    @GET
    @Path("ref/poli")
    public Response poli() {
        return gate.answer(Api.ANTREAN, schedules::poliReference);
    }

    @GET
    @Path("ref/dokter")
    public Response dokter() {
        return gate.answer(Api.ANTREAN, schedules::doctorReference);
    }

    @GET
    @Path("ref/poli/fp")
    public Response fingerprintPoli() {
        return gate.answer(Api.ANTREAN, schedules::fingerprintPoliReference);
    }

    @GET
    @Path("ref/pasien/fp/identitas/{jenis}/noidentitas/{nomor}")
    public Response fingerprintPatient(@PathParam("jenis") String jenis, @PathParam("nomor") String nomor) {
        return gate.answer(Api.ANTREAN, () -> schedules.fingerprintPatient(jenis, nomor));
    }

    @GET
    @Path("jadwaldokter/kodepoli/{kodepoli}/tanggal/{tanggal}")
    public Response jadwalDokter(@PathParam("kodepoli") String kodepoli, @PathParam("tanggal") String tanggal) {
        return gate.answer(Api.ANTREAN, () -> schedules.schedules(kodepoli, tanggal));
    }

    @POST
    @Path("jadwaldokter/updatejadwaldokter")
    public Response updateJadwalDokter(String body) {
        return gate.answer(Api.ANTREAN, body, schedules::updateSchedule);
    }

    /** The seed's spelling of the same call, without the jadwaldokter segment. */
    @POST
    @Path("updatejadwaldokter")
    public Response updateJadwalDokterShort(String body) {
        return updateJadwalDokter(body);
    }

    @POST
    @Path("antrean/add")
    public Response add(String body) {
        return gate.answer(Api.ANTREAN, body, antrean::add);
    }

    @POST
    @Path("antrean/farmasi/add")
    public Response addPharmacy(String body) {
        return gate.answer(Api.ANTREAN, body, antrean::addPharmacyQueue);
    }

    @POST
    @Path("antrean/updatewaktu")
    public Response updateWaktu(String body) {
        return gate.answer(Api.ANTREAN, body, antrean::updateTaskTime);
    }

    @POST
    @Path("antrean/batal")
    public Response batal(String body) {
        return gate.answer(Api.ANTREAN, body, antrean::cancel);
    }

    @POST
    @Path("antrean/getlisttask")
    public Response getListTask(String body) {
        return gate.answer(Api.ANTREAN, body, antrean::taskList);
    }

    @GET
    @Path("antrean/pendaftaran/tanggal/{tanggal}")
    public Response pendaftaranTanggal(@PathParam("tanggal") String tanggal) {
        return gate.answer(Api.ANTREAN, () -> reports.registrationsOn(tanggal));
    }

    @GET
    @Path("antrean/pendaftaran/aktif")
    public Response pendaftaranAktif() {
        return gate.answer(Api.ANTREAN, reports::activeRegistrations);
    }

    @GET
    @Path("antrean/pendaftaran/kodebooking/{kodebooking}")
    public Response pendaftaranKodebooking(@PathParam("kodebooking") String kodebooking) {
        return gate.answer(Api.ANTREAN, () -> reports.registration(kodebooking));
    }

    @GET
    @Path("dashboard/waktutunggu/tanggal/{tanggal}/waktu/{waktu}")
    public Response dashboardDay(@PathParam("tanggal") String tanggal, @PathParam("waktu") String waktu) {
        return gate.answerInClear(Api.ANTREAN, () -> reports.dashboardOn(tanggal, waktu));
    }

    @GET
    @Path("dashboard/waktutunggu/bulan/{bulan}/tahun/{tahun}/waktu/{waktu}")
    public Response dashboardMonth(@PathParam("bulan") String bulan, @PathParam("tahun") String tahun,
            @PathParam("waktu") String waktu) {
        return gate.answerInClear(Api.ANTREAN, () -> reports.dashboardOfMonth(bulan, tahun, waktu));
    }
}
