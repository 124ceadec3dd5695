package id.antreanonline.gateway.rest;

import static id.antreanonline.gateway.Staff.asAdmin;
import static id.antreanonline.gateway.rest.VClaimRequests.newCard;
import static id.antreanonline.gateway.rest.VClaimRequests.today;
import static org.hamcrest.Matchers.emptyOrNullString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.oneOf;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** VClaim members (peserta) by card number and by NIK, through the gateway against the simulator. */
@QuarkusTest
class VClaimPesertaApiTest {

    @Test
    void aMemberByCardIsThePesertaObjectDecryptedFromASignedCall() {
        String card = newCard();
        String tglSep = today();
        asAdmin().queryParam("tglSEP", tglSep).get("/bpjs/vclaim/peserta/nokartu/" + card).then().statusCode(200)
                .body("$", not(hasKey("peserta")))
                .body("noKartu", equalTo(card))
                .body("nama", not(emptyOrNullString()))
                .body("statusPeserta.kode", equalTo("0"))
                .body("statusPeserta.keterangan", equalTo("AKTIF"))
                .body("hakKelas.kode", oneOf("1", "2", "3"))
                .body("jenisPeserta.keterangan", not(emptyOrNullString()))
                .body("provUmum.kdProvider", not(emptyOrNullString()))
                .body("umur.umurSaatPelayanan", not(emptyOrNullString()));
        // the SEP date asked for is the one BPJS was asked about
        VClaimCalls.assertSignedWithVClaimKey("/Peserta/nokartu/" + card + "/tglSEP/" + tglSep);
    }

    @Test
    void aMemberByNikIsTheSamePersonAsByTheirCard() {
        String card = newCard();
        JsonPath byCard = asAdmin().queryParam("tglSEP", today()).get("/bpjs/vclaim/peserta/nokartu/" + card).then()
                .statusCode(200).extract().jsonPath();
        String nik = byCard.getString("nik");
        assertEquals(16, nik.length(), nik);

        JsonPath byNik = asAdmin().queryParam("tglSEP", today()).get("/bpjs/vclaim/peserta/nik/" + nik).then()
                .statusCode(200).extract().jsonPath();
        assertEquals(card, byNik.getString("noKartu"));
        assertEquals(nik, byNik.getString("nik"));
        assertEquals(byCard.getString("nama"), byNik.getString("nama"));
        assertEquals(byCard.getString("tglLahir"), byNik.getString("tglLahir"));
        VClaimCalls.assertSignedWithVClaimKey("/Peserta/nik/" + nik + "/tglSEP/" + today());
    }

    @Test
    void aMemberWithUnpaidPremiumsIsFoundButNotActive() {
        String card = VClaimRequests.inactiveCard();
        asAdmin().queryParam("tglSEP", today()).get("/bpjs/vclaim/peserta/nokartu/" + card).then().statusCode(200)
                .body("noKartu", equalTo(card))
                .body("statusPeserta.kode", not(equalTo("0")))
                .body("statusPeserta.keterangan", startsWith("TIDAK AKTIF"));
    }

    @Test
    void anUnknownCardIsBpjsRefusalAs422WithBpjsCodeAndMessage() {
        String path = "/Peserta/nokartu/0000000000000/tglSEP/" + today();
        asAdmin().queryParam("tglSEP", today()).get("/bpjs/vclaim/peserta/nokartu/0000000000000").then()
                .spec(VClaimCalls.refusedByBpjs("Peserta Tidak Ditemukan"));
        // what the gateway passes on is exactly what BPJS answered
        Map<String, Object> answered = VClaimCalls.lastAnswerOn(path);
        assertEquals("201", answered.get("code"));
        assertEquals("Peserta Tidak Ditemukan", answered.get("message"));
        VClaimCalls.assertSignedWithVClaimKey(path);
    }

    @Test
    void anUnknownNikIsBpjsRefusalAs422() {
        asAdmin().queryParam("tglSEP", today()).get("/bpjs/vclaim/peserta/nik/0000000000000000").then()
                .spec(VClaimCalls.refusedByBpjs("Peserta Tidak Ditemukan"));
    }

    @Test
    void aMissingOrMalformedSepDateIs400AndBpjsIsNotAsked() {
        String card = newCard();
        asAdmin().get("/bpjs/vclaim/peserta/nokartu/" + card).then()
                .spec(VClaimCalls.badRequest("tanggal must be yyyy-MM-dd"));
        asAdmin().queryParam("tglSEP", "2026-02-30").get("/bpjs/vclaim/peserta/nokartu/" + card).then()
                .spec(VClaimCalls.badRequest("tanggal must be yyyy-MM-dd"));
        asAdmin().queryParam("tglSEP", "30-11-2026").get("/bpjs/vclaim/peserta/nik/327" + card).then()
                .spec(VClaimCalls.badRequest("tanggal must be yyyy-MM-dd"));
        assertTrue(VClaimCalls.on("/Peserta/nokartu/" + card).isEmpty());
        assertTrue(VClaimCalls.on("/Peserta/nik/327" + card).isEmpty());
    }
}
