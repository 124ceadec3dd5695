package id.antreanonline.gateway.client;

import static io.vertx.core.http.HttpMethod.GET;
import static io.vertx.core.http.HttpMethod.POST;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * BPJS Antrean WS (contract section 4), one method per endpoint; answers with the quirks undone. Every write takes
 * its own typed body, whose record components are BPJS's field names: this gateway is the only code that knows
 * them.
 */
@ApplicationScoped
public class AntreanWsClient {

    private final BpjsHttp http;

    AntreanWsClient(BpjsHttp http) {
        this.http = http;
    }

    public Uni<BpjsAnswer> referencePoli() {
        return get("/ref/poli");
    }

    public Uni<BpjsAnswer> referenceDoctors() {
        return get("/ref/dokter");
    }

    public Uni<BpjsAnswer> referencePoliFingerprint() {
        return get("/ref/poli/fp");
    }

    public Uni<BpjsAnswer> doctorSchedules(String kodepoli, String tanggal) {
        return get("/jadwaldokter/kodepoli/" + segment(kodepoli) + "/tanggal/" + segment(tanggal));
    }

    public Uni<BpjsAnswer> updateDoctorSchedule(DoctorScheduleChange change) {
        return post("/jadwaldokter/updatejadwaldokter", change);
    }

    public Uni<BpjsAnswer> addBooking(NewBooking booking) {
        return post("/antrean/add", booking);
    }

    public Uni<BpjsAnswer> addPharmacyNumber(PharmacyNumber number) {
        return post("/antrean/farmasi/add", number);
    }

    public Uni<BpjsAnswer> updateTaskTime(TaskTime time) {
        return post("/antrean/updatewaktu", time);
    }

    public Uni<BpjsAnswer> cancelBooking(BookingCancellation cancellation) {
        return post("/antrean/batal", cancellation);
    }

    public Uni<BpjsAnswer> taskList(String kodebooking) {
        return post("/antrean/getlisttask", new TaskListQuery(kodebooking));
    }

    /** The body of antrean/getlisttask: a read, but BPJS takes it as a POST body. */
    record TaskListQuery(String kodebooking) {
    }

    /** Waiting times of one day; {@code waktu} is {@code rs} or {@code server}. Unencrypted. */
    public Uni<BpjsAnswer> dashboardOfDay(String tanggal, String waktu) {
        return get("/dashboard/waktutunggu/tanggal/" + segment(tanggal) + "/waktu/" + segment(waktu));
    }

    public Uni<BpjsAnswer> dashboardOfMonth(String bulan, String tahun, String waktu) {
        return get("/dashboard/waktutunggu/bulan/" + segment(bulan) + "/tahun/" + segment(tahun) + "/waktu/"
                + segment(waktu));
    }

    public Uni<BpjsAnswer> bookingsOfDay(String tanggal) {
        return get("/antrean/pendaftaran/tanggal/" + segment(tanggal));
    }

    /** The bookings BPJS holds that are not yet served. */
    public Uni<BpjsAnswer> activeBookings() {
        return get("/antrean/pendaftaran/aktif");
    }

    public Uni<BpjsAnswer> bookingByCode(String kodebooking) {
        return get("/antrean/pendaftaran/kodebooking/" + segment(kodebooking));
    }

    private Uni<BpjsAnswer> get(String path) {
        return http.call(BpjsService.ANTREAN, GET, path, null);
    }

    private Uni<BpjsAnswer> post(String path, Object body) {
        return http.call(BpjsService.ANTREAN, POST, path, body);
    }

    /** A path segment as the caller gave it, encoded so it cannot change the path. */
    static String segment(String value) {
        return URLEncoder.encode(value == null ? "" : value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
