package id.antreanonline.simulator.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import java.time.Instant;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class RequestChecksTest {

    @BeforeEach
    void forgetReceived() {
        given().delete("/admin/received").then().statusCode(204);
    }

    @Test
    void wellSignedCallIsAnsweredAndRecordedAsValid() {
        Signed.antrean().request().get("/antreanrs/ref/poli").then().statusCode(200)
                .body("metadata.code", equalTo(1));
        given().get("/admin/received?path=/antreanrs/ref/poli").then().statusCode(200)
                .body("", hasSize(1)).body("[0].signatureValid", equalTo(true)).body("[0].code", equalTo("1"))
                .body("[0].method", equalTo("GET"));
    }

    @Test
    void wrongSignatureIsRefusedAndRecordedAsInvalid() {
        Signed.antrean().secret("not-the-secret").request().get("/antreanrs/ref/poli").then().statusCode(200)
                .body("metadata.code", equalTo(201)).body("metadata.message", equalTo("X-signature tidak sesuai"))
                .body("response", nullValue());
        given().get("/admin/received?path=/antreanrs").then()
                .body("", hasSize(1)).body("[0].signatureValid", equalTo(false)).body("[0].code", equalTo("201"));
    }

    @Test
    void unknownConsumerIsRefused() {
        Signed.antrean().consId("9999").request().get("/antreanrs/ref/poli").then().statusCode(200)
                .body("metadata.code", equalTo(201)).body("metadata.message", equalTo("X-cons-id tidak terdaftar"));
    }

    @Test
    void missingHeadersAreRefused() {
        given().get("/antreanrs/ref/poli").then().statusCode(200).body("metadata.code", equalTo(201));
    }

    @Test
    void timestampBeyondTheSkewIsRefused() {
        long now = Instant.now().getEpochSecond();
        Signed.at(now - 310, Signed.ANTREAN_KEY).request().get("/antreanrs/ref/poli").then()
                .body("metadata.code", equalTo(201));
        Signed.at(now + 310, Signed.ANTREAN_KEY).request().get("/antreanrs/ref/poli").then()
                .body("metadata.code", equalTo(201));
        given().get("/admin/received").then().body("[0].signatureValid", equalTo(true));
    }

    @Test
    void timestampWithinTheSkewIsAccepted() {
        long now = Instant.now().getEpochSecond();
        Signed.at(now - 200, Signed.ANTREAN_KEY).request().get("/antreanrs/ref/poli").then()
                .body("metadata.code", equalTo(1));
    }

    @Test
    void vclaimUserKeyIsRefusedByAntrean() {
        Signed.at(Instant.now().getEpochSecond(), Signed.VCLAIM_KEY).request().get("/antreanrs/ref/poli").then()
                .body("metadata.code", equalTo(201)).body("metadata.message", equalTo("user_key tidak sesuai"));
    }

    @Test
    void antreanUserKeyIsRefusedByVclaimWithAStringCode() {
        Signed.at(Instant.now().getEpochSecond(), Signed.ANTREAN_KEY).request()
                .get("/vclaim-rest/referensi/propinsi").then().statusCode(200)
                .body("metaData.code", equalTo("201")).body("metaData.message", equalTo("user_key tidak sesuai"))
                .body("response", nullValue());
    }

    @Test
    void receivedCanBeFilteredByPath() {
        Signed.antrean().request().get("/antreanrs/ref/poli").then().statusCode(200);
        Signed.antrean().request().get("/antreanrs/ref/dokter").then().statusCode(200);
        given().get("/admin/received?path=/antreanrs/ref/dokter").then().body("", hasSize(1))
                .body("[0].path", equalTo("/antreanrs/ref/dokter"));
        given().get("/admin/received").then().body("", hasSize(2)).body("[1].seq", org.hamcrest.Matchers
                .greaterThan(given().get("/admin/received").then().extract().path("[0].seq")));
    }
}
