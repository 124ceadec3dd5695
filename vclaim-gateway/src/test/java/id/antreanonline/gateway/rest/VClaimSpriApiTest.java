package id.antreanonline.gateway.rest;

import static id.antreanonline.gateway.rest.VClaimRequests.day;
import static id.antreanonline.gateway.rest.VClaimRequests.newCard;
import static org.hamcrest.Matchers.emptyOrNullString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import org.junit.jupiter.api.Test;

import id.antreanonline.gateway.Staff;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

/**
 * SPRI (surat perintah rawat inap, jenis kontrol 1) through the gateway: written at the poli on a member's card, read
 * and deleted like a control plan. The simulator's HFIS has poli ANA with dr. OKTORA (33690) every day.
 */
@QuarkusTest
class VClaimSpriApiTest {

    private static final String OKTORA = "dr. OKTORA WAHYU WIJAYANTO, Sp.A";

    private static ValidatableResponse send(String method, String body) {
        return Staff.as("poli").contentType(ContentType.JSON).body(body)
                .request(method, "/bpjs/vclaim/rencanakontrol/spri").then();
    }

    private static String order(String card, String tglRencanaKontrol) {
        return """
                {"request":{"noKartu":"%s","kodeDokter":"33690","poliKontrol":"ANA","tglRencanaKontrol":"%s",
                "user":"Coba Ws"}}""".formatted(card, tglRencanaKontrol);
    }

    @Test
    void theDoctorsAdmissionOrderNamesTheMemberAndIsReadAsSpri() {
        String card = newCard();
        String no = send("POST", order(card, day(1))).statusCode(200)
                .body("noSPRI", not(emptyOrNullString()))
                .body("tglRencanaKontrol", equalTo(day(1)))
                .body("namaDokter", equalTo(OKTORA))
                .body("noKartu", equalTo(card))
                .extract().path("noSPRI");
        Staff.asAdmin().get("/bpjs/vclaim/rencanakontrol/" + no).then().statusCode(200)
                .body("jnsKontrol", equalTo("1"))
                .body("namaJnsKontrol", equalTo("SPRI"));
        VClaimCalls.assertSignedWithVClaimKey("/RencanaKontrol/InsertSPRI", card);
    }

    @Test
    void anSpriMovedToAnotherDayShowsItsNewDate() {
        String no = send("POST", order(newCard(), day(1))).statusCode(200).extract().path("noSPRI");
        send("PUT", """
                {"request":{"noSPRI":"%s","kodeDokter":"33690","poliKontrol":"ANA","tglRencanaKontrol":"%s",
                "user":"Coba Ws"}}""".formatted(no, day(3))).statusCode(200)
                .body("noSPRI", equalTo(no))
                .body("tglRencanaKontrol", equalTo(day(3)));
        Staff.asAdmin().get("/bpjs/vclaim/rencanakontrol/" + no).then().statusCode(200)
                .body("tglRencanaKontrol", equalTo(day(3)));
        VClaimCalls.assertSignedWithVClaimKey("/RencanaKontrol/UpdateSPRI", no);
    }

    @Test
    void anSpriForAPastDayIsBpjsRefusal() {
        send("POST", order(newCard(), day(-1)))
                .spec(VClaimCalls.refusedByBpjs("Tanggal Rencana Kontrol Tidak Boleh Kurang Dari Tanggal Hari Ini"));
    }
}
