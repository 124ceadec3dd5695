package id.antreanonline.gateway.rest;

import static id.antreanonline.gateway.Staff.asAdmin;
import static id.antreanonline.gateway.rest.VClaimRequests.day;
import static id.antreanonline.gateway.rest.VClaimRequests.insertedInpatientSep;
import static id.antreanonline.gateway.rest.VClaimRequests.newCard;
import static id.antreanonline.gateway.rest.VClaimRequests.today;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.emptyOrNullString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;

import org.junit.jupiter.api.Test;

import id.antreanonline.shared.Wib;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

/**
 * VClaim control plans (rencana kontrol, surat kontrol) through the gateway: insert, detail, update, delete, and the
 * doctors' schedule a control can be planned with. The simulator's HFIS (its built-in hfis-default.json) has poli ANA
 * with dr. OKTORA (33690) every day 08:00-12:00 and dr. RIFIA (33691) Monday, Wednesday and Friday 13:00-16:00.
 */
@QuarkusTest
class VClaimRencanaKontrolApiTest {

    private static final String OKTORA = "dr. OKTORA WAHYU WIJAYANTO, Sp.A";
    private static final String RIFIA = "dr. RIFIA INDRAYANTI, Sp.A, M.Kes";

    private static ValidatableResponse send(String method, String body) {
        return asAdmin().contentType(ContentType.JSON).body(body).request(method, "/bpjs/vclaim/rencanakontrol").then();
    }

    private static String plan(String noSep, String kodeDokter, String tglRencanaKontrol) {
        return """
                {"request":{"noSEP":"%s","kodeDokter":"%s","poliKontrol":"ANA","tglRencanaKontrol":"%s",
                "user":"Coba Ws"}}""".formatted(noSep, kodeDokter, tglRencanaKontrol);
    }

    private static String replan(String noSuratKontrol, String noSep, String kodeDokter, String tglRencanaKontrol) {
        return """
                {"request":{"noSuratKontrol":"%s","noSEP":"%s","kodeDokter":"%s","poliKontrol":"ANA",
                "tglRencanaKontrol":"%s","user":"Coba Ws"}}"""
                .formatted(noSuratKontrol, noSep, kodeDokter, tglRencanaKontrol);
    }

    private static String delete(String noSuratKontrol) {
        return """
                {"request":{"t_suratkontrol":{"noSuratKontrol":"%s","user":"Coba Ws"}}}""".formatted(noSuratKontrol);
    }

    /** A control plan for a fresh member's SEP, with dr. OKTORA tomorrow; its letter number. */
    private static String plannedControl(String noSep) {
        return send("POST", plan(noSep, "33690", day(1))).statusCode(200).extract().path("noSuratKontrol");
    }

    private static String next(DayOfWeek day) {
        return LocalDate.now(Wib.ZONE).with(TemporalAdjusters.next(day)).format(Wib.DATE);
    }

    @Test
    void aControlPlanForASepNamesTheMemberAndTheDoctor() {
        String card = newCard();
        String noSep = insertedInpatientSep(card, today());
        send("POST", plan(noSep, "33690", day(1))).statusCode(200)
                .body("noSuratKontrol", not(emptyOrNullString()))
                .body("tglRencanaKontrol", equalTo(day(1)))
                .body("namaDokter", equalTo(OKTORA))
                .body("noKartu", equalTo(card))
                .body("nama", not(emptyOrNullString()))
                .body("namaDiagnosa", equalTo("I10 - Essential (primary) hypertension"));
        VClaimCalls.assertSignedWithVClaimKey("/RencanaKontrol/insert", noSep);
    }

    @Test
    void aControlPlanIsReadByItsLetterNumber() {
        String card = newCard();
        String noSep = insertedInpatientSep(card, today());
        String no = plannedControl(noSep);
        asAdmin().get("/bpjs/vclaim/rencanakontrol/" + no).then().statusCode(200)
                .body("noSuratKontrol", equalTo(no))
                .body("tglRencanaKontrol", equalTo(day(1)))
                .body("poliTujuan", equalTo("ANA"))
                .body("kodeDokter", equalTo("33690"))
                .body("namaDokter", equalTo(OKTORA))
                .body("sep.noSep", equalTo(noSep))
                .body("sep.peserta.noKartu", equalTo(card));
        VClaimCalls.assertSignedWithVClaimKey("/RencanaKontrol/noSuratKontrol/" + no);
    }

    @Test
    void anUpdatedControlPlanShowsItsNewDateAndDoctor() {
        String noSep = insertedInpatientSep(newCard(), today());
        String no = plannedControl(noSep);
        send("PUT", replan(no, noSep, "33691", day(2))).statusCode(200)
                .body("noSuratKontrol", equalTo(no))
                .body("tglRencanaKontrol", equalTo(day(2)))
                .body("namaDokter", equalTo(RIFIA));
        asAdmin().get("/bpjs/vclaim/rencanakontrol/" + no).then().statusCode(200)
                .body("tglRencanaKontrol", equalTo(day(2)))
                .body("kodeDokter", equalTo("33691"))
                .body("namaDokter", equalTo(RIFIA));
        VClaimCalls.assertSignedWithVClaimKey("/RencanaKontrol/Update", no);
    }

    @Test
    void aDeletedControlPlanIsNoLongerFound() {
        String no = plannedControl(insertedInpatientSep(newCard(), today()));
        send("DELETE", delete(no)).statusCode(200).body(equalTo("\"" + no + "\""));
        asAdmin().get("/bpjs/vclaim/rencanakontrol/" + no).then()
                .spec(VClaimCalls.refusedByBpjs("Data tidak ditemukan"));
        send("DELETE", delete(no)).spec(VClaimCalls.refusedByBpjs("No.Surat Kontrol Tidak Ditemukan"));
        VClaimCalls.assertSignedWithVClaimKey("/RencanaKontrol/Delete", no);
    }

    @Test
    void aControlPlanNeedsAnExistingSep() {
        send("POST", plan("0301R0111126V999999", "33690", day(1)))
                .spec(VClaimCalls.refusedByBpjs("No.SEP Tidak Ditemukan"));
    }

    @Test
    void aPastOrMalformedControlDateIsRefusedAndThePlanStaysAsItWas() {
        String noSep = insertedInpatientSep(newCard(), day(-2));
        send("POST", plan(noSep, "33690", day(-1)))
                .spec(VClaimCalls.refusedByBpjs("Tanggal Rencana Kontrol Tidak Boleh Kurang Dari Tanggal Hari Ini"));
        String no = plannedControl(noSep);
        send("PUT", replan(no, noSep, "33690", "2026-02-30")).spec(VClaimCalls.refusedByBpjs(
                "Format tanggal tidak sesuai, format yang benar adalah yyyy-MM-dd"));
        asAdmin().get("/bpjs/vclaim/rencanakontrol/" + no).then().statusCode(200)
                .body("tglRencanaKontrol", equalTo(day(1)));
    }

    @Test
    void theDoctorsForAControlAreThoseHfisSchedulesAtThePoliThatWeekday() {
        String monday = next(DayOfWeek.MONDAY);
        asAdmin().get("/bpjs/vclaim/rencanakontrol/jadwal/2/ANA/" + monday).then().statusCode(200)
                .body("list.kodeDokter", containsInAnyOrder("33690", "33691"))
                .body("list.find { it.kodeDokter == '33690' }.namaDokter", equalTo(OKTORA))
                .body("list.find { it.kodeDokter == '33690' }.jadwalPraktek", equalTo("08:00 - 12:00"))
                .body("list.find { it.kodeDokter == '33690' }.kapasitas", equalTo("30"))
                .body("list.find { it.kodeDokter == '33691' }.jadwalPraktek", equalTo("13:00 - 16:00"));
        asAdmin().get("/bpjs/vclaim/rencanakontrol/jadwal/2/ANA/" + next(DayOfWeek.TUESDAY)).then().statusCode(200)
                .body("list.kodeDokter", contains("33690"));
        VClaimCalls.assertSignedWithVClaimKey(
                "/RencanaKontrol/JadwalPraktekDokter/JnsKontrol/2/KdPoli/ANA/TglRencanaKontrol/" + monday);
    }

    @Test
    void aNationalHolidayHasNoDoctorsForAControl() {
        // 2026-12-25 (Christmas, a Friday) is a holiday in the simulator's HFIS; on other Fridays ANA has two doctors
        asAdmin().get("/bpjs/vclaim/rencanakontrol/jadwal/2/ANA/2026-12-25").then()
                .spec(VClaimCalls.refusedByBpjs("Data tidak ditemukan"));
    }

    @Test
    void anUnknownKindOfControlIsBpjsRefusal() {
        asAdmin().get("/bpjs/vclaim/rencanakontrol/jadwal/3/ANA/" + next(DayOfWeek.MONDAY)).then()
                .spec(VClaimCalls.refusedByBpjs("Jenis Kontrol Tidak Sesuai, isi 1 (SPRI) atau 2 (Rencana Kontrol)"));
    }

    @Test
    void aMalformedScheduleDateIs400AndBpjsIsNotAsked() {
        long before = VClaimCalls.lastSeq("/RencanaKontrol/JadwalPraktekDokter");
        asAdmin().get("/bpjs/vclaim/rencanakontrol/jadwal/2/ANA/2026-02-30").then()
                .spec(VClaimCalls.badRequest("tanggal must be yyyy-MM-dd"));
        asAdmin().get("/bpjs/vclaim/rencanakontrol/jadwal/2/ANA/20261130").then()
                .spec(VClaimCalls.badRequest("tanggal must be yyyy-MM-dd"));
        assertEquals(before, VClaimCalls.lastSeq("/RencanaKontrol/JadwalPraktekDokter"));
    }
}
