package id.antreanonline.khanza;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import id.antreanonline.testsupport.Credentials;
import id.antreanonline.testsupport.MariaDbTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

@QuarkusTest
@QuarkusTestResource(value = MariaDbTestResource.class, restrictToAnnotatedClass = false)
class PatientNumberTest {

    private static RequestSpecification asPasienService() {
        return given().header("Authorization", Credentials.service("pasien-service", "khanza-bridge"));
    }

    private static String patient(String nik, String nama) {
        return """
                {"nik":"%s","nomorkartu":"0009%s","nama":"%s","jeniskelamin":"P","tanggallahir":"1990-04-02",
                 "nohp":"081200000001","alamat":"JL. MAWAR 1"}""".formatted(nik, nik.substring(7), nama);
    }

    @Test
    void aNewPatientGetsKhanzasNextNumberAndIsWrittenIntoItsPatientTable() throws Exception {
        String last = query("select no_rkm_medis from set_no_rkm_medis").get(0);
        String norm = asPasienService().contentType(ContentType.JSON).body(patient("3201999900000001", "Siti Contoh"))
                .post("/api/khanza/norm").then().statusCode(201).extract().path("norm");
        assertEquals(RecordNumbers.next(last), norm);
        assertEquals(List.of(norm), query("select no_rkm_medis from set_no_rkm_medis"));
        assertEquals(List.of("SITI CONTOH|3201999900000001|P|1990-04-02|BPJ|DIRI SENDIRI"),
                query("select concat_ws('|', nm_pasien, no_ktp, jk, tgl_lahir, kd_pj, keluarga) from pasien"
                        + " where no_rkm_medis = '" + norm + "'"));
    }

    @Test
    void theSamePatientAskedAgainKeepsTheirNumber() {
        String body = patient("3201999900000002", "Budi Ulang");
        String first = asPasienService().contentType(ContentType.JSON).body(body).post("/api/khanza/norm")
                .then().statusCode(201).extract().path("norm");
        asPasienService().contentType(ContentType.JSON).body(body).post("/api/khanza/norm")
                .then().statusCode(200).body("norm", equalTo(first));
    }

    @Test
    void patientsNumberedTogetherNeverShareANumber() throws Exception {
        List<CompletableFuture<String>> asked = new ArrayList<>();
        IntStream.range(0, 12).forEach(i -> asked.add(CompletableFuture.supplyAsync(() -> asPasienService()
                .contentType(ContentType.JSON).body(patient("32019999001000%02d".formatted(i), "Pasien " + i))
                .post("/api/khanza/norm").then().statusCode(201).extract().path("norm"))));
        List<String> norms = asked.stream().map(CompletableFuture::join).distinct().toList();
        assertEquals(12, norms.size());
    }

    @Test
    void aPatientWithoutNameOrBirthDateIsRefusedAndNothingIsWritten() throws Exception {
        String before = query("select no_rkm_medis from set_no_rkm_medis").get(0);
        asPasienService().contentType(ContentType.JSON).body("{\"nik\":\"3201999900000003\",\"jeniskelamin\":\"L\"}")
                .post("/api/khanza/norm").then().statusCode(400).body("message", equalTo("nama wajib diisi"));
        asPasienService().contentType(ContentType.JSON).body(patient("3201999900000004", "X").replace("1990-04-02", "02-04-1990"))
                .post("/api/khanza/norm").then().statusCode(400);
        assertEquals(List.of(before), query("select no_rkm_medis from set_no_rkm_medis"));
    }

    private static List<String> query(String sql) throws Exception {
        try (Connection c = MariaDbTestResource.root(); Statement st = c.createStatement();
                ResultSet rs = st.executeQuery(sql)) {
            List<String> rows = new ArrayList<>();
            while (rs.next()) {
                rows.add(rs.getString(1));
            }
            return rows;
        }
    }

    @Test
    void onlyPasienServicesCredentialForThisBridgeIsAnswered() {
        String body = patient("3201999900000009", "Tanpa Izin");
        given().contentType(ContentType.JSON).body(body).post("/api/khanza/norm").then().statusCode(401);
        given().header("Authorization", Credentials.service("antrean-service", "khanza-bridge"))
                .contentType(ContentType.JSON).body(body).post("/api/khanza/norm").then().statusCode(401);
        given().header("Authorization", Credentials.service("pasien-service", "antrean-service"))
                .contentType(ContentType.JSON).body(body).post("/api/khanza/norm").then().statusCode(401);
        given().header("Authorization", Credentials.staff("admin01", "admin"))
                .contentType(ContentType.JSON).body(body).post("/api/khanza/norm").then().statusCode(401);
    }
}
