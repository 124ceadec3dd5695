package id.antreanonline.gateway.rest;

import static id.antreanonline.gateway.Staff.asAdmin;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** VClaim through the gateway, against the simulator: its own user_key, metaData with a string code, decrypted. */
@QuarkusTest
class VClaimApiTest {

    @Test
    void provincesComeDecryptedAsABareArrayFromASignedCall() {
        asAdmin().get("/bpjs/vclaim/referensi/propinsi").then().statusCode(200)
                .body("$", everyItem(hasKey("kode")))
                .body("nama", hasItem("DKI JAKARTA"));
        VClaimCalls.assertSignedWithVClaimKey("/referensi/propinsi");
    }

    @Test
    void aMemberLookUpNeedsAValidSepDate() {
        asAdmin().get("/bpjs/vclaim/peserta/nokartu/0001234567890?tglSEP=2026-13-01").then().statusCode(400)
                .body("message", equalTo("tanggal must be yyyy-MM-dd"));
    }
}
