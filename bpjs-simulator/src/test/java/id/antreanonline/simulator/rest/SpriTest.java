package id.antreanonline.simulator.rest;

import static id.antreanonline.simulator.rest.VclaimCalls.TODAY;
import static id.antreanonline.simulator.rest.VclaimCalls.call;
import static id.antreanonline.simulator.rest.VclaimCalls.newCard;
import static id.antreanonline.simulator.rest.VclaimCalls.refusal;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import id.antreanonline.shared.Wib;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** RencanaKontrol/InsertSPRI and UpdateSPRI: the doctor's order of an inpatient admission, on a member's card. */
@QuarkusTest
class SpriTest {

    private static String spri(String noKartu, String tglRencanaKontrol) {
        return """
                {"request":{"noKartu":"%s","kodeDokter":"33690","poliKontrol":"ANA","tglRencanaKontrol":"%s",
                "user":"Coba Ws"}}""".formatted(noKartu, tglRencanaKontrol);
    }

    @Test
    void anSpriOnAKnownMemberIsReadBackAsJenisKontrolOne() {
        String card = newCard();
        JsonPath written = call("POST", "/RencanaKontrol/InsertSPRI", spri(card, TODAY), "200");
        assertEquals(card, written.getString("noKartu"));
        assertEquals(TODAY, written.getString("tglRencanaKontrol"));
        String no = written.getString("noSPRI");

        JsonPath letter = call("GET", "/RencanaKontrol/noSuratKontrol/" + no, null, "200");
        assertEquals("1", letter.getString("jnsKontrol"));
        assertEquals("SPRI", letter.getString("namaJnsKontrol"));
        assertEquals("ANA", letter.getString("poliTujuan"));
        assertEquals("33690", letter.getString("kodeDokter"));
        assertNull(letter.get("sep"));
    }

    @Test
    void anSpriIsMovedToAnotherDayAndDeletedLikeALetter() {
        String card = newCard();
        String no = call("POST", "/RencanaKontrol/InsertSPRI", spri(card, TODAY), "200").getString("noSPRI");
        String tomorrow = LocalDate.now(Wib.ZONE).plusDays(1).format(Wib.DATE);
        String update = """
                {"request":{"noSPRI":"%s","kodeDokter":"33690","poliKontrol":"ANA","tglRencanaKontrol":"%s",
                "user":"Coba Ws"}}""".formatted(no, tomorrow);
        JsonPath moved = call("PUT", "/RencanaKontrol/UpdateSPRI", update, "200");
        assertEquals(no, moved.getString("noSPRI"));
        assertEquals(card, moved.getString("noKartu"));
        assertEquals(tomorrow, call("GET", "/RencanaKontrol/noSuratKontrol/" + no, null, "200")
                .getString("tglRencanaKontrol"));

        String delete = """
                {"request":{"t_suratkontrol":{"noSuratKontrol":"%s","user":"Coba Ws"}}}""".formatted(no);
        call("DELETE", "/RencanaKontrol/Delete", delete, "200");
        assertEquals("Data tidak ditemukan", refusal("GET", "/RencanaKontrol/noSuratKontrol/" + no, null));
        assertEquals("No.Surat Kontrol Tidak Ditemukan", refusal("PUT", "/RencanaKontrol/UpdateSPRI", update));
    }

    @Test
    void anSpriOnAnUnknownCardIsRefused() {
        assertEquals("Peserta Tidak Ditemukan",
                refusal("POST", "/RencanaKontrol/InsertSPRI", spri("0000000000000", TODAY)));
    }

    @Test
    void anSpriForADayGoneByIsRefused() {
        String yesterday = LocalDate.now(Wib.ZONE).minusDays(1).format(Wib.DATE);
        assertEquals("Tanggal Rencana Kontrol Tidak Boleh Kurang Dari Tanggal Hari Ini",
                refusal("POST", "/RencanaKontrol/InsertSPRI", spri(newCard(), yesterday)));
    }
}
