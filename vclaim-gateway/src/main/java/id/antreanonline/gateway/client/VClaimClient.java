package id.antreanonline.gateway.client;

import static id.antreanonline.gateway.client.AntreanWsClient.segment;
import static io.vertx.core.http.HttpMethod.DELETE;
import static io.vertx.core.http.HttpMethod.GET;
import static io.vertx.core.http.HttpMethod.POST;
import static io.vertx.core.http.HttpMethod.PUT;

import com.fasterxml.jackson.databind.JsonNode;

import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpMethod;
import jakarta.enterprise.context.ApplicationScoped;

/** BPJS VClaim (contract section 4), one method per endpoint; answers with the quirks undone. */
@ApplicationScoped
public class VClaimClient {

    private final BpjsHttp http;

    VClaimClient(BpjsHttp http) {
        this.http = http;
    }

    public Uni<BpjsAnswer> memberByCard(String noka, String tglSep) {
        return get("/Peserta/nokartu/" + segment(noka) + "/tglSEP/" + segment(tglSep));
    }

    public Uni<BpjsAnswer> memberByNik(String nik, String tglSep) {
        return get("/Peserta/nik/" + segment(nik) + "/tglSEP/" + segment(tglSep));
    }

    public Uni<BpjsAnswer> referral(String nomor) {
        return get("/Rujukan/" + segment(nomor));
    }

    public Uni<BpjsAnswer> hospitalReferral(String nomor) {
        return get("/Rujukan/RS/" + segment(nomor));
    }

    public Uni<BpjsAnswer> referralOfMember(String noka) {
        return get("/Rujukan/Peserta/" + segment(noka));
    }

    public Uni<BpjsAnswer> hospitalReferralsOfMember(String noka) {
        return get("/Rujukan/RS/List/Peserta/" + segment(noka));
    }

    public Uni<BpjsAnswer> referralsOfMember(String noka) {
        return get("/Rujukan/List/Peserta/" + segment(noka));
    }

    public Uni<BpjsAnswer> insertSep(JsonNode body) {
        return send(POST, "/SEP/2.0/insert", body);
    }

    public Uni<BpjsAnswer> updateSep(JsonNode body) {
        return send(PUT, "/SEP/2.0/update", body);
    }

    /** BPJS answers a delete with the SEP number in clear (not encrypted). */
    public Uni<BpjsAnswer> deleteSep(JsonNode body) {
        return http.call(BpjsService.VCLAIM, DELETE, "/SEP/2.0/delete", body, true);
    }

    public Uni<BpjsAnswer> updateSepDischargeDate(JsonNode body) {
        return send(PUT, "/SEP/2.0/updtglplg", body);
    }

    public Uni<BpjsAnswer> sep(String noSep) {
        return get("/SEP/" + segment(noSep));
    }

    public Uni<BpjsAnswer> insertControlPlan(JsonNode body) {
        return send(POST, "/RencanaKontrol/insert", body);
    }

    public Uni<BpjsAnswer> updateControlPlan(JsonNode body) {
        return send(PUT, "/RencanaKontrol/Update", body);
    }

    public Uni<BpjsAnswer> deleteControlPlan(JsonNode body) {
        return send(DELETE, "/RencanaKontrol/Delete", body);
    }

    public Uni<BpjsAnswer> insertAdmissionOrder(JsonNode body) {
        return send(POST, "/RencanaKontrol/InsertSPRI", body);
    }

    public Uni<BpjsAnswer> updateAdmissionOrder(JsonNode body) {
        return send(PUT, "/RencanaKontrol/UpdateSPRI", body);
    }

    public Uni<BpjsAnswer> controlPlan(String noSuratKontrol) {
        return get("/RencanaKontrol/noSuratKontrol/" + segment(noSuratKontrol));
    }

    public Uni<BpjsAnswer> controlPlanSchedules(String jenisKontrol, String kodePoli, String tanggal) {
        return get("/RencanaKontrol/JadwalPraktekDokter/JnsKontrol/" + segment(jenisKontrol) + "/KdPoli/"
                + segment(kodePoli) + "/TglRencanaKontrol/" + segment(tanggal));
    }

    public Uni<BpjsAnswer> serviceHistory(String noka, String tglMulai, String tglAkhir) {
        return get("/monitoring/HistoriPelayanan/NoKartu/" + segment(noka) + "/tglMulai/" + segment(tglMulai)
                + "/tglAkhir/" + segment(tglAkhir));
    }

    public Uni<BpjsAnswer> diagnoses(String keyword) {
        return get("/referensi/diagnosa/" + segment(keyword));
    }

    public Uni<BpjsAnswer> poli(String keyword) {
        return get("/referensi/poli/" + segment(keyword));
    }

    public Uni<BpjsAnswer> procedures(String keyword) {
        return get("/referensi/procedure/" + segment(keyword));
    }

    public Uni<BpjsAnswer> provinces() {
        return get("/referensi/propinsi");
    }

    public Uni<BpjsAnswer> regencies(String kodePropinsi) {
        return get("/referensi/kabupaten/propinsi/" + segment(kodePropinsi));
    }

    public Uni<BpjsAnswer> districts(String kodeKabupaten) {
        return get("/referensi/kecamatan/kabupaten/" + segment(kodeKabupaten));
    }

    private Uni<BpjsAnswer> get(String path) {
        return http.call(BpjsService.VCLAIM, GET, path, null);
    }

    private Uni<BpjsAnswer> send(HttpMethod method, String path, JsonNode body) {
        return http.call(BpjsService.VCLAIM, method, path, body);
    }
}
