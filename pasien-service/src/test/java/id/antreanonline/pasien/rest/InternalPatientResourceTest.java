package id.antreanonline.pasien.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

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
        TestData.asAntreanService().queryParam("norm", firstNorm).queryParam("nik", second.get("nik")).when().get("/internal/pasien")
                .then().statusCode(200).body("norm", equalTo(firstNorm));
    }
}
