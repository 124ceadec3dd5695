package id.antreanonline.gateway.rest;

import static id.antreanonline.gateway.Staff.asAdmin;
import static id.antreanonline.gateway.rest.VClaimRequests.day;
import static id.antreanonline.gateway.rest.VClaimRequests.insertedInpatientSep;
import static id.antreanonline.gateway.rest.VClaimRequests.newCard;
import static id.antreanonline.gateway.rest.VClaimRequests.today;
import static org.hamcrest.Matchers.emptyOrNullString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;

/** VClaim SEP 2.0 through the gateway: insert, detail, update, discharge date, delete, and BPJS's refusals. */
@QuarkusTest
class VClaimSepApiTest {

    private static ValidatableResponse send(String method, String path, String body) {
        return asAdmin().contentType(ContentType.JSON).body(body).request(method, "/bpjs/vclaim" + path).then();
    }

    private static String update(String noSep, String diagAwal, String catatan) {
        return """
                {"request":{"t_sep":{"noSep":"%s","klsRawat":{"klsRawatHak":"2"},"noMR":"MR1","catatan":"%s",
                "diagAwal":"%s","poli":{"tujuan":"","eksekutif":"0"},"dpjpLayan":"21045","noTelp":"081111111101",
                "user":"Coba Ws"}}}""".formatted(noSep, catatan, diagAwal);
    }

    private static String discharge(String noSep, String tglPulang) {
        return """
                {"request":{"t_sep":{"noSep":"%s","statusPulang":"1","noSuratMeninggal":"","tglMeninggal":"",
                "tglPulang":"%s","noLPManual":"","user":"Coba Ws"}}}""".formatted(noSep, tglPulang);
    }

    private static String delete(String noSep) {
        return """
                {"request":{"t_sep":{"noSep":"%s","user":"Coba Ws"}}}""".formatted(noSep);
    }

    /** The discharge date of a member's SEP, as the member's service history shows it (the SEP detail has none). */
    private static ValidatableResponse dischargeDate(String card, String noSep) {
        return asAdmin().get("/bpjs/vclaim/monitoring/histori/" + card + "?tglMulai=" + day(-7) + "&tglAkhir="
                + today()).then().statusCode(200).rootPath("histori.find { it.noSep == '" + noSep + "' }")
                .body("noSep", equalTo(noSep));
    }

    @Test
    void anInsertedSepComesBackDecryptedAndIsReadByItsNumber() {
        String card = newCard();
        String tglSep = day(-2);
        JsonPath inserted = send("POST", "/sep", VClaimRequests.inpatientSep(card, tglSep)).statusCode(200)
                .body("sep.noSep", not(emptyOrNullString()))
                .body("sep.tglSep", equalTo(tglSep))
                .body("sep.jnsPelayanan", equalTo("R.Inap"))
                .body("sep.kelasRawat", equalTo("Kelas 2"))
                .body("sep.diagnosa", equalTo("I10 - Essential (primary) hypertension"))
                .body("sep.peserta.noKartu", equalTo(card))
                .extract().jsonPath();
        String noSep = inserted.getString("sep.noSep");

        asAdmin().get("/bpjs/vclaim/sep/" + noSep).then().statusCode(200)
                .body("noSep", equalTo(noSep))
                .body("tglSep", equalTo(tglSep))
                .body("peserta.noKartu", equalTo(card))
                .body("peserta.nama", equalTo(inserted.getString("sep.peserta.nama")))
                .body("diagnosa", equalTo("I10 - Essential (primary) hypertension"))
                .body("klsRawat.klsRawatHak", equalTo("2"))
                .body("tujuanKunj.kode", equalTo("0"))
                .body("kdStatusKecelakaan", equalTo("0"))
                .body("$", not(hasKey("tglPlgSep")));
        dischargeDate(card, noSep).body("tglPlgSep", nullValue());
        VClaimCalls.assertSignedWithVClaimKey("/SEP/2.0/insert", card);
        VClaimCalls.assertSignedWithVClaimKey("/SEP/" + noSep);
    }

    @Test
    void anUpdatedSepShowsItsNewDiagnosisAndNote() {
        String noSep = insertedInpatientSep(newCard(), today());
        send("PUT", "/sep", update(noSep, "E11", "diagnosa dikoreksi")).statusCode(200)
                .body(equalTo("\"" + noSep + "\""));
        asAdmin().get("/bpjs/vclaim/sep/" + noSep).then().statusCode(200)
                .body("diagnosa", equalTo("E11 - Non-insulin-dependent diabetes mellitus"))
                .body("catatan", equalTo("diagnosa dikoreksi"));
        VClaimCalls.assertSignedWithVClaimKey("/SEP/2.0/update", noSep);
    }

    @Test
    void aDischargeDateSetIsShownOnTheSep() {
        String card = newCard();
        String noSep = insertedInpatientSep(card, day(-3));
        send("PUT", "/sep/tglpulang", discharge(noSep, day(-1))).statusCode(200)
                .body(equalTo("\"" + noSep + "\""));
        dischargeDate(card, noSep).body("tglPlgSep", equalTo(day(-1)));
        VClaimCalls.assertSignedWithVClaimKey("/SEP/2.0/updtglplg", noSep);
    }

    @Test
    void aDischargeBeforeTheSepDateIsRefusedAndChangesNothing() {
        String card = newCard();
        String noSep = insertedInpatientSep(card, day(-1));
        send("PUT", "/sep/tglpulang", discharge(noSep, day(-2)))
                .spec(VClaimCalls.refusedByBpjs("Tanggal Pulang Tidak Boleh Kurang Dari Tanggal SEP"));
        dischargeDate(card, noSep).body("tglPlgSep", nullValue());
    }

    @Test
    void aDeletedSepIsNoLongerFound() {
        String noSep = insertedInpatientSep(newCard(), today());
        send("DELETE", "/sep", delete(noSep)).statusCode(200).body(equalTo("\"" + noSep + "\""));
        asAdmin().get("/bpjs/vclaim/sep/" + noSep).then().spec(VClaimCalls.refusedByBpjs("No.SEP Tidak Ditemukan"));
        send("DELETE", "/sep", delete(noSep)).spec(VClaimCalls.refusedByBpjs("No.SEP Tidak Ditemukan"));
        send("PUT", "/sep/tglpulang", discharge(noSep, today()))
                .spec(VClaimCalls.refusedByBpjs("No.SEP Tidak Ditemukan"));
        VClaimCalls.assertSignedWithVClaimKey("/SEP/2.0/delete", noSep);
    }

    @Test
    void aSecondOutpatientSepTheSameDayAtTheSamePoliIsRefused() {
        String card = newCard();
        JsonPath referral = asAdmin().get("/bpjs/vclaim/rujukan/peserta/" + card).then().statusCode(200).extract()
                .jsonPath();
        String sep = VClaimRequests.outpatientSep(card, today(), "INT", referral.getString("rujukan.noKunjungan"),
                referral.getString("rujukan.tglKunjungan"));
        send("POST", "/sep", sep).statusCode(200)
                .body("sep.jnsPelayanan", equalTo("R.Jalan"))
                .body("sep.poli", equalTo("PENYAKIT DALAM"))
                .body("sep.noRujukan", equalTo(referral.getString("rujukan.noKunjungan")));
        send("POST", "/sep", sep).spec(VClaimCalls.refusedByBpjs(
                "Peserta Sudah Mendapatkan SEP Rawat Jalan Di Poli Yang Sama Pada Tanggal " + today()));
    }

    @Test
    void aMemberWithUnpaidPremiumsGetsNoSep() {
        String card = VClaimRequests.inactiveCard();
        send("POST", "/sep", VClaimRequests.inpatientSep(card, today()))
                .spec(VClaimCalls.refusedByBpjs("Status Peserta Tidak Aktif"));
        VClaimCalls.assertSignedWithVClaimKey("/SEP/2.0/insert", card);
    }

    @Test
    void aSepOfAnUnknownCardIsRefused() {
        send("POST", "/sep", VClaimRequests.inpatientSep("0000000000000", today()))
                .spec(VClaimCalls.refusedByBpjs("Peserta Tidak Ditemukan"));
    }

    @Test
    void anUnknownSepIsRefusedForDetailAndUpdate() {
        asAdmin().get("/bpjs/vclaim/sep/0301R0111126V999999").then()
                .spec(VClaimCalls.refusedByBpjs("No.SEP Tidak Ditemukan"));
        send("PUT", "/sep", update("0301R0111126V999999", "E11", "x"))
                .spec(VClaimCalls.refusedByBpjs("No.SEP Tidak Ditemukan"));
    }

    @Test
    void aBodyThatIsNotAJsonObjectIs400AndBpjsIsNotAsked() {
        long before = VClaimCalls.lastSeq("/SEP/2.0");
        send("POST", "/sep", "[]").spec(VClaimCalls.badRequest("a JSON object body is required"));
        send("PUT", "/sep/tglpulang", "\"0301R0111126V000001\"")
                .spec(VClaimCalls.badRequest("a JSON object body is required"));
        assertEquals(before, VClaimCalls.lastSeq("/SEP/2.0"));
    }

    @Test
    void aMalformedHistoryDateIs400AndBpjsIsNotAsked() {
        long before = VClaimCalls.lastSeq("/monitoring/HistoriPelayanan");
        asAdmin().get("/bpjs/vclaim/monitoring/histori/" + newCard() + "?tglMulai=2026-02-30&tglAkhir=" + today())
                .then().spec(VClaimCalls.badRequest("tanggal must be yyyy-MM-dd"));
        assertEquals(before, VClaimCalls.lastSeq("/monitoring/HistoriPelayanan"));
    }
}
