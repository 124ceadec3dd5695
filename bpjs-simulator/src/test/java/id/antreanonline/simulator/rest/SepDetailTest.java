package id.antreanonline.simulator.rest;

import static id.antreanonline.simulator.rest.VclaimCalls.TODAY;
import static id.antreanonline.simulator.rest.VclaimCalls.at;
import static id.antreanonline.simulator.rest.VclaimCalls.call;
import static id.antreanonline.simulator.rest.VclaimCalls.issued;
import static id.antreanonline.simulator.rest.VclaimCalls.newCard;
import static id.antreanonline.simulator.rest.VclaimCalls.outpatientSep;
import static id.antreanonline.simulator.rest.VclaimCalls.referralOf;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** SEP/{noSep} as public VClaim clients read it, with what the hospital sent at insert and update. */
@QuarkusTest
class SepDetailTest {

    @Test
    void theDetailShowsTheAccidentClassControlAndCodedChoicesAsSent() {
        String card = newCard();
        ObjectNode sep = outpatientSep(card, referralOf(card));
        at(sep, "").put("tujuanKunj", "1").put("flagProcedure", "1").put("kdPenunjang", "7")
                .put("assesmentPel", "");
        at(sep, "/klsRawat").put("klsRawatNaik", "3").put("pembiayaan", "1").put("penanggungJawab", "Pribadi");
        at(sep, "/cob").put("cob", "1");
        at(sep, "/katarak").put("katarak", "1");
        at(sep, "/jaminan").put("lakaLantas", "1").put("noLP", "LP-12");
        at(sep, "/jaminan/penjamin").put("tglKejadian", TODAY).put("keterangan", "jatuh dari motor");
        at(sep, "/jaminan/penjamin/suplesi/lokasiLaka").put("kdPropinsi", "13").put("kdKabupaten", "1371")
                .put("kdKecamatan", "1371010");
        String noSep = issued(sep);

        JsonPath detail = call("GET", "/SEP/" + noSep, null, "200");
        assertEquals("1", detail.getString("kdStatusKecelakaan"));
        assertEquals("KLL dan Bukan Kecelakaan Kerja", detail.getString("nmstatusKecelakaan"));
        assertEquals(Map.of("kdProp", "13", "kdKab", "1371", "kdKec", "1371010", "ketKejadian", "jatuh dari motor",
                "lokasi", "KECAMATAN 1371010", "tglKejadian", TODAY), detail.getMap("lokasiKejadian"));
        assertEquals(Map.of("klsRawatHak", "2", "klsRawatNaik", "3", "pembiayaan", "1", "penanggungJawab",
                "Pribadi"), detail.getMap("klsRawat"));
        assertEquals("21045", detail.getString("kontrol.kdDokter"));
        assertEquals("dr. BUDI SANTOSO, Sp.PD", detail.getString("kontrol.nmDokter"));
        assertNull(detail.get("kontrol.noSurat"));
        assertEquals("1", detail.getString("cob"));
        assertEquals("1", detail.getString("katarak"));
        assertEquals(Map.of("kode", "1", "nama", "Prosedur"), detail.getMap("tujuanKunj"));
        assertEquals(Map.of("kode", "1", "nama", "Prosedur dan Terapi Berkelanjutan"),
                detail.getMap("flagProcedure"));
        assertEquals(Map.of("kode", "7", "nama", "Laboratorium"), detail.getMap("kdPenunjang"));
        assertNull(detail.get("assestmenPel.kode"));
        assertEquals("False", detail.getString("eSEP"));
        assertEquals("21045", detail.getString("dpjp.kdDPJP"));
        assertEquals(card, detail.getString("peserta.noKartu"));
    }

    @Test
    void theDetailHasNoPoliCodeNorDischargeDateAndItsInformasiIsText() {
        String card = newCard();
        String noSep = issued(outpatientSep(card, referralOf(card)));
        Map<String, Object> detail = call("GET", "/SEP/" + noSep, null, "200").getMap("$");
        assertFalse(detail.containsKey("kdPoli"), detail::toString);
        assertFalse(detail.containsKey("tglPlgSep"), detail::toString);
        assertNull(detail.get("informasi"));
        assertEquals("PENYAKIT DALAM", detail.get("poli"));
        assertEquals("Rawat Jalan", detail.get("jnsPelayanan"));
    }

    @Test
    void anUpdateIsWhatTheDetailShowsAfterwards() {
        String card = newCard();
        String noSep = issued(outpatientSep(card, referralOf(card)));
        call("PUT", "/SEP/2.0/update", """
                {"request":{"t_sep":{"noSep":"%s","klsRawat":{"klsRawatHak":"2","klsRawatNaik":"4",
                "pembiayaan":"2","penanggungJawab":"Pemberi Kerja"},"noMR":"MR777","catatan":"pindah kelas",
                "diagAwal":"E11","poli":{"tujuan":"","eksekutif":"1"},"cob":{"cob":"0"},"katarak":{"katarak":"1"},
                "jaminan":{"lakaLantas":"0"},"dpjpLayan":"21045","noTelp":"081111111101","user":"Coba Ws"}}}
                """.formatted(noSep), "200");
        JsonPath detail = call("GET", "/SEP/" + noSep, null, "200");
        assertEquals("MR777", detail.getString("peserta.noMr"));
        assertEquals("pindah kelas", detail.getString("catatan"));
        assertEquals("E11 - Non-insulin-dependent diabetes mellitus", detail.getString("diagnosa"));
        assertEquals("4", detail.getString("klsRawat.klsRawatNaik"));
        assertEquals("Pemberi Kerja", detail.getString("klsRawat.penanggungJawab"));
        assertEquals("1", detail.getString("poliEksekutif"));
        assertEquals("1", detail.getString("katarak"));
        assertEquals("PENYAKIT DALAM", detail.getString("poli"));
    }
}
