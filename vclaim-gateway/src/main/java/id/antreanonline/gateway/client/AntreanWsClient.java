package id.antreanonline.gateway.client;

import static io.vertx.core.http.HttpMethod.GET;
import static io.vertx.core.http.HttpMethod.POST;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/** BPJS Antrean WS (contract section 4), one method per endpoint; answers with the quirks undone. */
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

    public Uni<BpjsAnswer> updateDoctorSchedule(JsonNode body) {
        return post("/jadwaldokter/updatejadwaldokter", body);
    }

    public Uni<BpjsAnswer> addBooking(Object booking) {
        return post("/antrean/add", booking);
    }

    public Uni<BpjsAnswer> addPharmacyNumber(Object body) {
        return post("/antrean/farmasi/add", body);
    }

    public Uni<BpjsAnswer> updateTaskTime(Object body) {
        return post("/antrean/updatewaktu", body);
    }

    public Uni<BpjsAnswer> cancelBooking(Object body) {
        return post("/antrean/batal", body);
    }

    public Uni<BpjsAnswer> taskList(String kodebooking) {
        return post("/antrean/getlisttask", Map.of("kodebooking", kodebooking));
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
