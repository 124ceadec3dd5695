package id.antreanonline.farmasi.rest;

import static id.antreanonline.farmasi.Fixtures.at;
import static id.antreanonline.farmasi.Fixtures.book;
import static id.antreanonline.farmasi.Fixtures.newDay;
import static id.antreanonline.farmasi.Fixtures.timeline;
import static id.antreanonline.farmasi.Fixtures.token;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.Test;

import id.antreanonline.farmasi.TestClock;
import id.antreanonline.shared.Wib;
import id.antreanonline.shared.event.VisitSnapshot;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;

/**
 * The visit's SEP and surat kontrol through the gateway (a stand-in answering as vclaim-gateway does): the draft,
 * one SEP per visit whatever the clicks, BPJS's refusals in BPJS's words, and the letters on the timeline.
 */
@QuarkusTest
@QuarkusTestResource(FakeVClaimGateway.class)
class KunjunganVClaimTest {

    @Inject
    TestClock clock;

    private LocalDate day;

    /** A returning patient's visit, checked in, and its booking as antrean-service gives it. */
    private String visit(String jenispasien, int jeniskunjungan, String nomorreferensi, boolean checkedIn) {
        day = newDay();
        clock.set(at(day, "23:00"));
        VisitSnapshot v = book(day, false, "INT", "301", 1, checkedIn ? at(day, "07:00") : null);
        String kb = v.kodebooking();
        FakeAntreanAuth.BOOKINGS.put(kb, """
                {"kodebooking":"%s","jenispasien":"%s","nomorkartu":"0001234567891","nik":"3271234567891234",
                 "nohp":"081234567890","norm":"RM%s","kodepoli":"INT","namapoli":"PENYAKIT DALAM","kodedokter":"301",
                 "namadokter":"dr. Uji","tanggalperiksa":"%s","jampraktek":"08:00-12:00","jeniskunjungan":%d,
                 "nomorreferensi":"%s","status":"ACTIVE","source":"MOBILE_JKN"}"""
                .formatted(kb, jenispasien, kb, Wib.DATE.format(day), jeniskunjungan, nomorreferensi));
        return kb;
    }

    private String checkedInJknVisit() {
        return visit("JKN", 1, "RUJ-FKTP-" + System.nanoTime(), true);
    }

    private static Response draft(String kb) {
        return given().auth().oauth2(token("admisi")).get("/api/kunjungan/{kb}/sep/draf", kb);
    }

    /** The draft's request, as the console sends it back: {"request": {"t_sep": ...}}. */
    private static Map<String, Object> completedForm(String kb) {
        Map<String, Object> request = draft(kb).then().statusCode(200).extract().jsonPath().getMap("request");
        return new java.util.HashMap<>(Map.of("request", request));
    }

    private static Response issue(String role, String kb, Object form) {
        return given().auth().oauth2(token(role)).contentType(ContentType.JSON).body(form)
                .post("/api/kunjungan/{kb}/sep", kb);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> tSep(Map<String, Object> form) {
        return (Map<String, Object>) ((Map<String, Object>) form.get("request")).get("t_sep");
    }

    @Test
    void theDraftIsPrefilledFromTheBookingTheMemberAndTheReferral() {
        String kb = checkedInJknVisit();
        draft(kb).then().statusCode(200)
                .body("peserta.statusPeserta.kode", equalTo("0"))
                .body("peserta.hakKelas.kode", equalTo("2"))
                .body("rujukan.asalRujukan", equalTo("1"))
                .body("request.t_sep.noKartu", equalTo("0001234567891"))
                .body("request.t_sep.tglSep", equalTo(Wib.DATE.format(day)))
                .body("request.t_sep.ppkPelayanan", equalTo("0301R011"))
                .body("request.t_sep.jnsPelayanan", equalTo("2"))
                .body("request.t_sep.klsRawat.klsRawatHak", equalTo("2"))
                .body("request.t_sep.noMR", equalTo("RM" + kb))
                .body("request.t_sep.rujukan.asalRujukan", equalTo("1"))
                .body("request.t_sep.rujukan.tglRujukan", equalTo("2026-01-02"))
                .body("request.t_sep.rujukan.noRujukan", containsString("RUJ-FKTP-"))
                .body("request.t_sep.rujukan.ppkRujukan", equalTo("0301U001"))
                .body("request.t_sep.diagAwal", equalTo("I10"))
                .body("request.t_sep.poli.tujuan", equalTo("INT"))
                .body("request.t_sep.poli.eksekutif", equalTo("0"))
                .body("request.t_sep.tujuanKunj", equalTo("0"))
                .body("request.t_sep.dpjpLayan", equalTo("301"))
                .body("request.t_sep.noTelp", equalTo("081234567890"))
                .body("request.t_sep.user", equalTo("admisi-petugas"))
                .body("missing", empty());
    }

    @Test
    void aReferralBpjsDoesNotKnowLeavesItToTheClerk() {
        String kb = visit("JKN", 1, "TIDAK-ADA-1", true);
        draft(kb).then().statusCode(200)
                .body("rujukan", nullValue())
                .body("request.t_sep.rujukan.noRujukan", equalTo(""))
                .body("missing", hasItems("rujukan.noRujukan", "rujukan.tglRujukan", "diagAwal"));
    }

    @Test
    void onlyACheckedInJknVisitGetsADraft() {
        draft(visit("NON JKN", 1, "", true)).then().statusCode(409)
                .body("message", containsString("bukan pasien JKN"));
        draft(visit("JKN", 1, "RUJ-FKTP-2", false)).then().statusCode(409)
                .body("message", containsString("belum check-in"));
    }

    @Test
    void twoClicksAtOnceIssueOneSepAndALaterOneAnswersItWithoutAskingBpjs() {
        String kb = checkedInJknVisit();
        Map<String, Object> form = completedForm(kb);
        CompletableFuture<Response> first = CompletableFuture.supplyAsync(() -> issue("admisi", kb, form));
        CompletableFuture<Response> second = CompletableFuture.supplyAsync(() -> issue("admisi", kb, form));
        List<Integer> statuses = List.of(first.join().statusCode(), second.join().statusCode());
        assertTrue(statuses.contains(200) && statuses.contains(409), statuses.toString());
        Response refused = first.join().statusCode() == 409 ? first.join() : second.join();
        assertEquals("SEP kunjungan ini sedang dibuat", refused.jsonPath().getString("message"));
        String nomor = (first.join().statusCode() == 200 ? first.join() : second.join()).jsonPath().getString("nomor");
        assertEquals(1, FakeVClaimGateway.calls("POST sep", "RM" + kb));

        issue("admisi", kb, form).then().statusCode(200).body("nomor", equalTo(nomor)).body("created", equalTo(false))
                .body("tglSep", equalTo(Wib.DATE.format(day)));
        assertEquals(1, FakeVClaimGateway.calls("POST sep", "RM" + kb));
        timeline(kb).statusCode(200).body("sep.nomor", equalTo(nomor)).body("sep.state", equalTo("ISSUED"))
                .body("sep.tglSep", equalTo(Wib.DATE.format(day))).body("sep.issuedBy", equalTo("admisi-petugas"))
                .body("suratKontrol", nullValue());
    }

    @Test
    void theVisitForcesCardRecordDateAndUserAndTheClerksTokenGoesToTheGateway() {
        String kb = checkedInJknVisit();
        Map<String, Object> form = completedForm(kb);
        tSep(form).put("noKartu", "0009999999999");
        tSep(form).put("tglSep", "2020-01-01");
        tSep(form).put("user", "orang lain");
        String admisi = token("admisi");
        given().auth().oauth2(admisi).contentType(ContentType.JSON).body(form).post("/api/kunjungan/{kb}/sep", kb)
                .then().statusCode(200).body("created", equalTo(true));
        var sent = FakeVClaimGateway.BODIES.get("POST sep RM" + kb).path("request").path("t_sep");
        assertEquals("0001234567891", sent.path("noKartu").asText());
        assertEquals(Wib.DATE.format(day), sent.path("tglSep").asText());
        assertEquals("admisi-petugas", sent.path("user").asText());
        assertTrue(FakeVClaimGateway.TOKENS.contains("Bearer " + admisi));
    }

    @Test
    void bpjsRefusalIsPassedOnInBpjsWordsAndNothingIsKept() {
        String kb = checkedInJknVisit();
        Map<String, Object> form = completedForm(kb);
        tSep(form).put("diagAwal", FakeVClaimGateway.REFUSED_DIAGNOSIS);
        issue("admisi", kb, form).then().statusCode(422).body("source", equalTo("BPJS")).body("code", equalTo("201"))
                .body("message", equalTo(FakeVClaimGateway.REFUSAL));
        given().auth().oauth2(token("admisi")).get("/api/kunjungan/{kb}/vclaim", kb).then().statusCode(200)
                .body("sep", nullValue());

        tSep(form).put("diagAwal", "I10");
        issue("admisi", kb, form).then().statusCode(200).body("created", equalTo(true));
    }

    @Test
    void anIncompleteFormIsRefusedNamingTheFieldsAndNothingIsSent() {
        String kb = checkedInJknVisit();
        Map<String, Object> form = completedForm(kb);
        tSep(form).put("diagAwal", "");
        issue("admisi", kb, form).then().statusCode(400).body("message", containsString("diagAwal"));
        issue("admisi", kb, Map.of("request", Map.of())).then().statusCode(400)
                .body("message", equalTo("request.t_sep wajib diisi"));
        assertEquals(0, FakeVClaimGateway.calls("POST sep", "RM" + kb));
    }

    @Test
    void deletingTheSepTakesItsNumberFromTheVisit() {
        String kb = checkedInJknVisit();
        String nomor = issue("admisi", kb, completedForm(kb)).then().statusCode(200).extract().path("nomor");
        given().auth().oauth2(token("admisi")).delete("/api/kunjungan/{kb}/sep", kb).then().statusCode(200)
                .body("nomor", equalTo(nomor)).body("deleted", equalTo(true));
        var sent = FakeVClaimGateway.BODIES.get("DELETE sep " + nomor).path("request").path("t_sep");
        assertEquals("admisi-petugas", sent.path("user").asText());
        timeline(kb).statusCode(200).body("sep", nullValue());
        given().auth().oauth2(token("admisi")).delete("/api/kunjungan/{kb}/sep", kb).then().statusCode(404);
    }

    @Test
    void theDischargeDateGoesToBpjsAndIsKept() {
        String kb = checkedInJknVisit();
        String nomor = issue("admisi", kb, completedForm(kb)).then().statusCode(200).extract().path("nomor");
        String tanggal = Wib.DATE.format(day);
        given().auth().oauth2(token("admisi")).contentType(ContentType.JSON)
                .body(Map.of("tglPulang", "kemarin", "statusPulang", "1"))
                .put("/api/kunjungan/{kb}/sep/tglpulang", kb).then().statusCode(400)
                .body("message", containsString("tglPulang"));
        given().auth().oauth2(token("admisi")).contentType(ContentType.JSON)
                .body(Map.of("tglPulang", tanggal, "statusPulang", "1"))
                .put("/api/kunjungan/{kb}/sep/tglpulang", kb).then().statusCode(200)
                .body("nomor", equalTo(nomor)).body("tglPulang", equalTo(tanggal));
        assertEquals(1, FakeVClaimGateway.calls("PUT sep/tglpulang", nomor));
    }

    @Test
    void aSuratKontrolNeedsTheVisitsSepIsKeptOnceAndShownOnTheTimeline() {
        String kb = checkedInJknVisit();
        Map<String, Object> plan = Map.of("tglRencanaKontrol", "2026-03-02", "kodeDokter", FakeVClaimGateway.DOCTOR);
        given().auth().oauth2(token("poli")).contentType(ContentType.JSON).body(plan)
                .post("/api/kunjungan/{kb}/suratkontrol", kb).then().statusCode(409)
                .body("message", containsString("belum memiliki SEP"));

        String noSep = issue("admisi", kb, completedForm(kb)).then().statusCode(200).extract().path("nomor");
        given().auth().oauth2(token("poli")).queryParam("tanggal", "2026-03-02").queryParam("jenis", "2")
                .get("/api/kunjungan/{kb}/suratkontrol/jadwal", kb).then().statusCode(200)
                .body("kodepoli", equalTo("INT")).body("list[0].kodeDokter", equalTo(FakeVClaimGateway.DOCTOR));
        String nomor = given().auth().oauth2(token("poli")).contentType(ContentType.JSON).body(plan)
                .post("/api/kunjungan/{kb}/suratkontrol", kb).then().statusCode(200)
                .body("created", equalTo(true)).body("tglRencanaKontrol", equalTo("2026-03-02"))
                .body("kodeDokter", equalTo(FakeVClaimGateway.DOCTOR)).body("namaDokter", equalTo("dr. Uji Kontrol"))
                .body("poliKontrol", equalTo("INT")).extract().path("nomor");
        given().auth().oauth2(token("poli")).contentType(ContentType.JSON).body(plan)
                .post("/api/kunjungan/{kb}/suratkontrol", kb).then().statusCode(200)
                .body("nomor", equalTo(nomor)).body("created", equalTo(false));
        assertEquals(1, FakeVClaimGateway.calls("POST rencanakontrol", noSep));
        timeline(kb).statusCode(200).body("suratKontrol.nomor", equalTo(nomor))
                .body("suratKontrol.noSep", equalTo(noSep)).body("suratKontrol.state", equalTo("ISSUED"));

        given().auth().oauth2(token("admisi")).delete("/api/kunjungan/{kb}/sep", kb).then().statusCode(409)
                .body("message", containsString("hapus surat kontrol itu dulu"));
        given().auth().oauth2(token("poli")).delete("/api/kunjungan/{kb}/suratkontrol", kb).then().statusCode(200);
        timeline(kb).statusCode(200).body("suratKontrol", nullValue()).body("sep.nomor", equalTo(noSep));
    }

    @Test
    void anSpriNeedsNoSepGoesOnTheBookingsCardOnceAndIsShownMovedAndDeleted() {
        String kb = checkedInJknVisit();
        Map<String, Object> plan = Map.of("tglRencanaKontrol", "2026-03-02", "kodeDokter", FakeVClaimGateway.DOCTOR);
        String nomor = given().auth().oauth2(token("poli")).contentType(ContentType.JSON).body(plan)
                .post("/api/kunjungan/{kb}/spri", kb).then().statusCode(200)
                .body("created", equalTo(true)).body("tglRencanaKontrol", equalTo("2026-03-02"))
                .body("namaDokter", equalTo("dr. Uji Kontrol")).body("poliKontrol", equalTo("INT"))
                .body("noSep", nullValue()).extract().path("nomor");
        given().auth().oauth2(token("poli")).contentType(ContentType.JSON).body(plan)
                .post("/api/kunjungan/{kb}/spri", kb).then().statusCode(200)
                .body("nomor", equalTo(nomor)).body("created", equalTo(false));
        assertEquals(1, FakeVClaimGateway.calls("POST spri", "0001234567891"));
        assertEquals(FakeVClaimGateway.DOCTOR,
                FakeVClaimGateway.BODIES.get("POST spri 0001234567891").path("kodeDokter").asText());
        timeline(kb).statusCode(200).body("spri.nomor", equalTo(nomor)).body("spri.state", equalTo("ISSUED"))
                .body("sep", nullValue()).body("suratKontrol", nullValue());

        given().auth().oauth2(token("admisi")).contentType(ContentType.JSON)
                .body(Map.of("tglRencanaKontrol", "2026-03-04", "kodeDokter", FakeVClaimGateway.DOCTOR))
                .put("/api/kunjungan/{kb}/spri", kb).then().statusCode(200)
                .body("nomor", equalTo(nomor)).body("tglRencanaKontrol", equalTo("2026-03-04"));
        assertEquals(1, FakeVClaimGateway.calls("PUT spri", nomor));
        given().auth().oauth2(token("poli")).get("/api/kunjungan/{kb}/vclaim", kb).then().statusCode(200)
                .body("spri.tglRencanaKontrol", equalTo("2026-03-04"));

        given().auth().oauth2(token("poli")).delete("/api/kunjungan/{kb}/spri", kb).then().statusCode(200)
                .body("nomor", equalTo(nomor)).body("deleted", equalTo(true));
        assertEquals(1, FakeVClaimGateway.calls("DELETE rencanakontrol", nomor));
        timeline(kb).statusCode(200).body("spri", nullValue());
    }

    @Test
    void anSpriIsOnlyForAJknVisitAndNotWrittenByThePharmacy() {
        String kb = visit("NON JKN", 1, "", true);
        Map<String, Object> plan = Map.of("tglRencanaKontrol", "2026-03-02", "kodeDokter", FakeVClaimGateway.DOCTOR);
        given().auth().oauth2(token("poli")).contentType(ContentType.JSON).body(plan)
                .post("/api/kunjungan/{kb}/spri", kb).then().statusCode(409)
                .body("message", containsString("bukan pasien JKN"));
        given().auth().oauth2(token("farmasi")).contentType(ContentType.JSON).body(plan)
                .post("/api/kunjungan/{kb}/spri", kb).then().statusCode(403);
        given().auth().oauth2(token("poli")).contentType(ContentType.JSON).body(Map.of("kodeDokter", "1"))
                .post("/api/kunjungan/{kb}/spri", kb).then().statusCode(400);
    }

    @Test
    void onlyAdmissionIssuesASepAndThePharmacyWritesNoLetter() {
        String kb = checkedInJknVisit();
        issue("poli", kb, completedForm(kb)).then().statusCode(403);
        given().auth().oauth2(token("poli")).get("/api/kunjungan/{kb}/sep/draf", kb).then().statusCode(403);
        given().auth().oauth2(token("farmasi")).contentType(ContentType.JSON)
                .body(Map.of("tglRencanaKontrol", "2026-03-02", "kodeDokter", "1"))
                .post("/api/kunjungan/{kb}/suratkontrol", kb).then().statusCode(403);
        given().auth().oauth2(token("farmasi")).get("/api/kunjungan/{kb}/vclaim", kb).then().statusCode(403);
        assertEquals(0, FakeVClaimGateway.calls("POST sep", "RM" + kb));
    }

    @Test
    void anUnansweredInsertStaysUncertainUntilTheClerkRecordsTheNumberBpjsShows() {
        String kb = checkedInJknVisit();
        Map<String, Object> form = completedForm(kb);
        tSep(form).put("catatan", FakeVClaimGateway.SILENT);
        issue("admisi", kb, form).then().statusCode(503).body("message", containsString("tidak diketahui"));
        given().auth().oauth2(token("admisi")).get("/api/kunjungan/{kb}/vclaim", kb).then().statusCode(200)
                .body("sep.state", equalTo("UNKNOWN")).body("sep.nomor", nullValue());
        issue("admisi", kb, form).then().statusCode(409).body("message", containsString("Periksa di aplikasi VClaim"));
        assertEquals(1, FakeVClaimGateway.calls("POST sep", "RM" + kb));

        String issued = FakeVClaimGateway.SEPS.entrySet().stream()
                .filter(e -> e.getValue().equals("0001234567891")).map(Map.Entry::getKey).sorted()
                .reduce((a, b) -> b).orElseThrow();
        given().auth().oauth2(token("admisi")).contentType(ContentType.JSON).body(Map.of("noSep", issued))
                .put("/api/kunjungan/{kb}/sep/nomor", kb).then().statusCode(200)
                .body("nomor", equalTo(issued)).body("created", equalTo(true));
        issue("admisi", kb, form).then().statusCode(200).body("nomor", equalTo(issued)).body("created", equalTo(false));
    }
}
