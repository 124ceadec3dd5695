package id.antreanonline.pasien.rest;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import id.antreanonline.pasien.TestData;
import id.antreanonline.shared.event.Topics;
import id.antreanonline.shared.wsrs.WsrsMessages;
import id.antreanonline.testsupport.ServiceInfrastructureContract;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/** The admission desk's API: bearer JWT with role admisi or admin. */
@QuarkusTest
class PatientResourceTest {

    private static RequestSpecification clerk() {
        return given().auth().oauth2(TestData.staffToken("admisi"));
    }

    @Test
    void withoutATokenTheAnswerIs401WithAMessage() {
        given().when().get("/api/pasien/baru")
                .then().statusCode(401)
                .contentType(ContentType.JSON)
                .body("message", notNullValue());
    }

    @Test
    void aForgedTokenIs401WithAMessage() {
        given().auth().oauth2(TestData.forgedWsrsToken("admisi")).when().get("/api/pasien/baru")
                .then().statusCode(401)
                .contentType(ContentType.JSON)
                .body("message", notNullValue());
    }

    @Test
    void anotherRoleIs403WithAMessage() {
        given().auth().oauth2(TestData.staffToken("poli")).when().get("/api/pasien/baru")
                .then().statusCode(403)
                .contentType(ContentType.JSON)
                .body("message", notNullValue());
    }

    @Test
    void anAdminMayDoWhatAdmissionDoes() {
        given().auth().oauth2(TestData.staffToken("admin")).when().get("/api/pasien/baru")
                .then().statusCode(200);
    }

    @Test
    void admissionFindsAPatientByNormCardNikOrName() {
        Map<String, Object> patient = TestData.newPatient();
        String nama = "Pasien Cari " + TestData.digits(6);
        patient.put("nama", nama);
        String norm = PasienBaruTest.register(patient);
        clerk().queryParam("norm", norm).when().get("/api/pasien")
                .then().statusCode(200).body("norm", equalTo(List.of(norm)));
        clerk().queryParam("nomorkartu", patient.get("nomorkartu")).when().get("/api/pasien")
                .then().statusCode(200).body("norm", equalTo(List.of(norm)));
        clerk().queryParam("nik", patient.get("nik")).when().get("/api/pasien")
                .then().statusCode(200).body("norm", equalTo(List.of(norm)));
        clerk().queryParam("nama", nama.substring(6).toLowerCase()).when().get("/api/pasien")
                .then().statusCode(200).body("norm", equalTo(List.of(norm)))
                .body("[0].nama", equalTo(nama));
        clerk().when().get("/api/pasien/" + norm)
                .then().statusCode(200).body("nik", equalTo(patient.get("nik"))).body("complete", equalTo(false));
    }

    @Test
    void aSearchWithoutCriteriaIsRefusedWithAMessage() {
        clerk().when().get("/api/pasien").then().statusCode(400).body("message", notNullValue());
    }

    @Test
    void anUnknownNormIs404WithAMessage() {
        clerk().when().get("/api/pasien/x-unknown").then().statusCode(404).body("message", notNullValue());
    }

    @Test
    void completingTheRecordAtAdmissionEndsItsNewStatus() throws Exception {
        Map<String, Object> patient = TestData.newPatient();
        String norm = PasienBaruTest.register(patient);
        clerk().when().get("/api/pasien/baru").then().statusCode(200).body("norm", hasItem(norm));

        clerk().contentType(ContentType.JSON).body(Map.of("alamat", "Jl. Merdeka 1", "nohp", "081234567890"))
                .when().put("/api/pasien/" + norm)
                .then().statusCode(200)
                .body("complete", equalTo(true))
                .body("alamat", equalTo("Jl. Merdeka 1"))
                .body("nik", equalTo(patient.get("nik")));

        clerk().when().get("/api/pasien/baru").then().statusCode(200).body("norm", not(hasItem(norm)));
        TestData.asAntreanService().queryParam("norm", norm).when().get("/internal/pasien")
                .then().statusCode(200).body("complete", equalTo(true));
        clerk().when().get("/api/pasien/" + norm).then().statusCode(200).body("nohp", equalTo("081234567890"));
        // Mobile JKN sending the now known patient again gets the same norm
        given().contentType(ContentType.JSON)
                .header("x-username", TestData.WSRS_USER)
                .header("x-token", TestData.wsrsToken(TestData.WSRS_USER))
                .body(patient)
                .when().post("/wsrs/pasienbaru")
                .then().statusCode(200).body("response.norm", equalTo(norm))
                .body("metadata.message", not(equalTo(WsrsMessages.NEW_PATIENT_GO_TO_ADMISSION)));

        ObjectMapper mapper = new ObjectMapper();
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            List<ConsumerRecord<String, String>> records = ServiceInfrastructureContract.consume(Topics.PATIENTS, 1)
                    .stream().filter(r -> norm.equals(r.key())).toList();
            assertEquals(List.of("REGISTERED", "UPDATED"),
                    records.stream().map(r -> readKind(mapper, r.value())).toList());
        });
    }

    @Test
    void aCorrectionIsValidatedLikePasienBaru() {
        String norm = PasienBaruTest.register(TestData.newPatient());
        clerk().contentType(ContentType.JSON).body(Map.of("nik", "123"))
                .when().put("/api/pasien/" + norm)
                .then().statusCode(400)
                .body("message", equalTo("Format NIK Tidak Sesuai, harus 16 digit angka"));
    }

    @Test
    void aCorrectionCannotTakeAnotherPatientsNik() {
        Map<String, Object> other = TestData.newPatient();
        PasienBaruTest.register(other);
        String norm = PasienBaruTest.register(TestData.newPatient());
        clerk().contentType(ContentType.JSON).body(Map.of("nik", other.get("nik")))
                .when().put("/api/pasien/" + norm)
                .then().statusCode(409)
                .body("message", notNullValue());
    }

    private static String readKind(ObjectMapper mapper, String json) {
        try {
            return mapper.readTree(json).get("kind").asText();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
