package id.antreanonline.simulator.rest;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.instanceOf;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import id.antreanonline.shared.Wib;
import id.antreanonline.shared.bpjs.BpjsCrypto;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class EncryptionTest {

    private final ObjectMapper mapper = new ObjectMapper();

    @Test
    void jadwalDokterDecryptsWithTheSentTimestampToABareArray() throws Exception {
        Signed signed = Signed.antrean();
        String tanggal = LocalDate.now(Wib.ZONE).format(Wib.DATE);
        String response = signed.request().get("/antreanrs/jadwaldokter/kodepoli/ANA/tanggal/" + tanggal)
                .then().statusCode(200).body("metadata.code", equalTo(200))
                .body("response", instanceOf(String.class)).extract().path("response");
        List<Map<String, Object>> list = mapper.readValue(signed.decrypt(response), new TypeReference<>() {
        });
        assertEquals(1, list.size());
        Map<String, Object> slot = list.get(0);
        assertEquals("ANA", slot.get("kodepoli"));
        assertEquals(33690, slot.get("kodedokter"));
        assertEquals("08:00 - 12:00", slot.get("jadwal"));
        assertEquals(30, slot.get("kapasitaspasien"));
        assertEquals(0, slot.get("libur"));
        assertEquals(LocalDate.now(Wib.ZONE).getDayOfWeek().getValue(), slot.get("hari"));
        assertThrows(BpjsCrypto.BpjsDecryptionException.class, () -> BpjsCrypto.decryptResponse(response,
                Signed.CONS_ID, Signed.SECRET, Long.toString(Long.parseLong(signed.timestamp) - 1)));
    }

    @Test
    void holidayScheduleIsMarkedLibur() throws Exception {
        Signed signed = Signed.antrean();
        String response = signed.request().get("/antreanrs/jadwaldokter/kodepoli/ANA/tanggal/2099-12-25")
                .then().body("metadata.code", equalTo(200)).extract().path("response");
        assertTrue(signed.decrypt(response).contains("\"libur\":1"));
    }

    @Test
    void unknownPoliIsRefused() {
        Signed.antrean().request().get("/antreanrs/jadwaldokter/kodepoli/XYZ/tanggal/2099-12-24").then()
                .body("metadata.code", equalTo(201)).body("metadata.message", equalTo("Poli Tidak Ditemukan"));
    }

    @Test
    void referenceEndpointsAnswerCodeOneWithArrays() throws Exception {
        Signed signed = Signed.antrean();
        String response = signed.request().get("/antreanrs/ref/poli").then().body("metadata.code", equalTo(1))
                .extract().path("response");
        List<Map<String, Object>> poli = mapper.readValue(signed.decrypt(response), new TypeReference<>() {
        });
        assertEquals(Map.of("nmpoli", "ANAK", "nmsubspesialis", "ANAK", "kdsubspesialis", "ANA", "kdpoli", "ANA"),
                poli.get(0));
        Signed again = Signed.antrean();
        String dokter = again.request().get("/antreanrs/ref/dokter").then().body("metadata.code", equalTo(1))
                .extract().path("response");
        assertTrue(again.decrypt(dokter).startsWith("[{\"namadokter\""));
    }

    @Test
    void dashboardsComeUnencrypted() {
        Signed.antrean().request().get("/antreanrs/dashboard/waktutunggu/tanggal/2099-12-24/waktu/rs").then()
                .statusCode(200).body("metadata.code", equalTo(200)).body("response.list", instanceOf(List.class));
        Signed.antrean().request().get("/antreanrs/dashboard/waktutunggu/bulan/12/tahun/2099/waktu/server").then()
                .statusCode(200).body("metadata.code", equalTo(200)).body("response.list", instanceOf(List.class));
    }

    @Test
    void updatedDoctorScheduleIsServed() throws Exception {
        Signed signed = Signed.antrean();
        signed.request().body(Map.of("kodepoli", "INT", "kodesubspesialis", "INT", "kodedokter", 21045,
                "jadwal", List.of(Map.of("hari", "3", "buka", "15:00", "tutup", "17:00"))))
                .post("/antreanrs/jadwaldokter/updatejadwaldokter").then().body("metadata.code", equalTo(200));
        // 2099-12-23 is a Wednesday
        Signed read = Signed.antrean();
        String response = read.request().get("/antreanrs/jadwaldokter/kodepoli/INT/tanggal/2099-12-23").then()
                .body("metadata.code", equalTo(200)).extract().path("response");
        assertTrue(read.decrypt(response).contains("\"jadwal\":\"15:00 - 17:00\""));
        io.restassured.RestAssured.given().post("/admin/reset").then().statusCode(204);
        Signed.antrean().request().get("/antreanrs/jadwaldokter/kodepoli/INT/tanggal/2099-12-23").then()
                .body("metadata.code", equalTo(201));
    }
}
