package id.antreanonline.pasien.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.Map;

import org.junit.jupiter.api.Test;

import id.antreanonline.pasien.TestData;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

@QuarkusTest
class InternalPatientResourceTest {

    @Test
    void anUnknownPatientIs404WithAMessage() {
        TestData.asAntreanService().queryParam("nik", "32" + TestData.digits(14)).when().get("/internal/pasien")
                .then().statusCode(404)
                .contentType(ContentType.JSON)
                .body("message", notNullValue());
    }

    @Test
    void aLookUpWithoutCriteriaIs400WithAMessage() {
        TestData.asAntreanService().when().get("/internal/pasien").then().statusCode(400).body("message", notNullValue());
    }

    @Test
    void normWinsOverTheOtherCriteria() {
        Map<String, Object> first = TestData.newPatient();
        String firstNorm = PasienBaruTest.register(first);
        Map<String, Object> second = TestData.newPatient();
        PasienBaruTest.register(second);
        TestData.asAntreanService().queryParam("norm", firstNorm).queryParam("nik", second.get("nik")).when()
                .get("/internal/pasien")
                .then().statusCode(200).body("norm", equalTo(firstNorm));
    }

    @Test
    void theBoardsGetTheInitialsAndNeverTheName() {
        Map<String, Object> patient = TestData.newPatient();
        patient.put("nama", "Siti Nurhaliza binti Ahmad");
        String norm = PasienBaruTest.register(patient);
        String answer = TestData.asFarmasiService().queryParam("norm", norm).when().get("/internal/pasien/inisial")
                .then().statusCode(200)
                .body("norm", equalTo(norm))
                .body("inisial", equalTo("S.N.B."))
                .body("size()", equalTo(2))
                .extract().asString();
        assertFalse(answer.contains("Nurhaliza"));
        assertFalse(answer.contains((String) patient.get("nik")));
    }

    @Test
    void initialsOfAnUnknownNormAre404AndWithoutANormAre400() {
        TestData.asFarmasiService().queryParam("norm", "X" + TestData.digits(8)).when().get("/internal/pasien/inisial")
                .then().statusCode(404).body("message", notNullValue());
        TestData.asFarmasiService().when().get("/internal/pasien/inisial").then().statusCode(400).body("message", notNullValue());
    }

    @Test
    void eachLookUpAnswersOnlyTheServiceWhoseNeedItIs() {
        String norm = PasienBaruTest.register(TestData.newPatient());
        TestData.asFarmasiService().queryParam("norm", norm).when().get("/internal/pasien").then().statusCode(403);
        TestData.asAntreanService().queryParam("norm", norm).when().get("/internal/pasien/inisial").then()
                .statusCode(403);
        given().queryParam("norm", norm).when().get("/internal/pasien").then().statusCode(401);
    }
}
