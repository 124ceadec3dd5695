package id.antreanonline.simulator.rest;

import static id.antreanonline.simulator.rest.VclaimCalls.TODAY;
import static id.antreanonline.simulator.rest.VclaimCalls.call;
import static id.antreanonline.simulator.rest.VclaimCalls.issued;
import static id.antreanonline.simulator.rest.VclaimCalls.newCard;
import static id.antreanonline.simulator.rest.VclaimCalls.outpatientSep;
import static id.antreanonline.simulator.rest.VclaimCalls.referralOf;
import static id.antreanonline.simulator.rest.VclaimCalls.refusal;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.Test;

import id.antreanonline.shared.Wib;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** RencanaKontrol: a letter on an issued SEP, read back as public VClaim clients read it, and the refusals. */
@QuarkusTest
class SuratKontrolTest {

    private static String plan(String noSep, String tglRencanaKontrol) {
        return """
                {"request":{"noSEP":"%s","kodeDokter":"33690","poliKontrol":"ANA","tglRencanaKontrol":"%s",
                "user":"Coba Ws"}}""".formatted(noSep, tglRencanaKontrol);
    }

    @Test
    void aLetterShowsWhoWroteItAndTheSepItIsOnWithItsProviders() {
        String card = newCard();
        String noRujukan = referralOf(card);
        String noSep = issued(outpatientSep(card, noRujukan));
        String no = call("POST", "/RencanaKontrol/insert", plan(noSep, TODAY), "200").getString("noSuratKontrol");

        JsonPath letter = call("GET", "/RencanaKontrol/noSuratKontrol/" + no, null, "200");
        assertEquals("False", letter.getString("flagKontrol"));
        assertEquals("21045", letter.getString("kodeDokterPembuat"));
        assertEquals("dr. BUDI SANTOSO, Sp.PD", letter.getString("namaDokterPembuat"));
        assertEquals("Surat Kontrol", letter.getString("namaJnsKontrol"));
        assertTrue(letter.getMap("formPRB").containsKey("kdStatusPRB"), letter::prettify);
        assertNull(letter.get("formPRB.kdStatusPRB"));
        assertEquals(noSep, letter.getString("sep.noSep"));
        assertEquals("Rawat Jalan", letter.getString("sep.jnsPelayanan"));
        assertEquals("INT - PENYAKIT DALAM", letter.getString("sep.poli"));
        JsonPath member = call("GET", "/Peserta/nokartu/" + card + "/tglSEP/" + TODAY, null, "200");
        assertEquals(member.getString("peserta.provUmum.kdProvider"), letter.getString("sep.provUmum.kdProvider"));
        assertEquals(member.getString("peserta.provUmum.nmProvider"), letter.getString("sep.provUmum.nmProvider"));
        JsonPath referral = call("GET", "/Rujukan/" + noRujukan, null, "200");
        assertEquals(Map.of("kdProviderPerujuk", referral.getString("rujukan.provPerujuk.kode"),
                "nmProviderPerujuk", referral.getString("rujukan.provPerujuk.nama"), "asalRujukan", "1",
                "noRujukan", noRujukan, "tglRujukan", TODAY), letter.getMap("sep.provPerujuk"));
    }

    @Test
    void aLetterOnASepBpjsDoesNotKnowIsRefused() {
        assertEquals("No.SEP Tidak Ditemukan",
                refusal("POST", "/RencanaKontrol/insert", plan("0301R0111126V999999", TODAY)));
    }

    @Test
    void aLetterForADayGoneByIsRefused() {
        String card = newCard();
        String noSep = issued(outpatientSep(card, referralOf(card)));
        String yesterday = LocalDate.now(Wib.ZONE).minusDays(1).format(Wib.DATE);
        assertEquals("Tanggal Rencana Kontrol Tidak Boleh Kurang Dari Tanggal Hari Ini",
                refusal("POST", "/RencanaKontrol/insert", plan(noSep, yesterday)));
    }
}
