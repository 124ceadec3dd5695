package id.antreanonline.gateway.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import id.antreanonline.gateway.Simulator;
import io.quarkus.test.junit.QuarkusTest;

/** VClaim through the gateway, against the simulator: its own user_key, metaData with a string code, decrypted. */
@QuarkusTest
class VClaimApiTest {

    @Test
    void provincesComeDecryptedAsABareArrayFromASignedCall() {
        given().get("/bpjs/vclaim/referensi/propinsi").then().statusCode(200)
                .body("$", everyItem(hasKey("kode")))
                .body("nama", hasItem("DKI JAKARTA"));
        List<Map<String, Object>> calls = given().queryParam("path", "/vclaim-rest/referensi/propinsi")
                .get(Simulator.admin() + "/received").jsonPath().getList("$");
        assertFalse(calls.isEmpty());
        calls.forEach(c -> assertEquals(Boolean.TRUE, c.get("signatureValid")));
    }

    @Test
    void aMemberLookUpNeedsAValidSepDate() {
        given().get("/bpjs/vclaim/peserta/nokartu/0001234567890?tglSEP=2026-13-01").then().statusCode(400)
                .body("message", equalTo("tanggal must be yyyy-MM-dd"));
    }
}
