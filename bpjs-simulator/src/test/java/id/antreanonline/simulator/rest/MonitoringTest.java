package id.antreanonline.simulator.rest;

import static id.antreanonline.simulator.rest.VclaimCalls.TODAY;
import static id.antreanonline.simulator.rest.VclaimCalls.call;
import static id.antreanonline.simulator.rest.VclaimCalls.issued;
import static id.antreanonline.simulator.rest.VclaimCalls.newCard;
import static id.antreanonline.simulator.rest.VclaimCalls.outpatientSep;
import static id.antreanonline.simulator.rest.VclaimCalls.referralOf;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** Monitoring and the member's informasi as public VClaim clients read them. */
@QuarkusTest
class MonitoringTest {

    @Test
    void aClaimNamesTheMemberByNameCardAndMedicalRecord() {
        String card = newCard();
        String noSep = issued(outpatientSep(card, referralOf(card)));
        call("PUT", "/SEP/2.0/updtglplg", """
                {"request":{"t_sep":{"noSep":"%s","statusPulang":"1","tglPulang":"%s","user":"Coba Ws"}}}
                """.formatted(noSep, TODAY), "200");
        JsonPath claims = call("GET", "/Monitoring/Klaim/Tanggal/" + TODAY + "/JnsPelayanan/2/Status/1", null, "200");
        String nama = call("GET", "/SEP/" + noSep, null, "200").getString("peserta.nama");
        assertEquals(Map.of("nama", nama, "noKartu", card, "noMR", "MR9835"),
                claims.getMap("klaim.find { it.noSEP == '" + noSep + "' }.peserta"));
    }

    @Test
    void theServiceHistoryNamesTheMemberNamaPeserta() {
        String card = newCard();
        String noSep = issued(outpatientSep(card, referralOf(card)));
        JsonPath history = call("GET", "/monitoring/HistoriPelayanan/NoKartu/" + card + "/tglMulai/" + TODAY
                + "/tglAkhir/" + TODAY, null, "200");
        String nama = call("GET", "/Peserta/nokartu/" + card + "/tglSEP/" + TODAY, null, "200")
                .getString("peserta.nama");
        assertEquals(noSep, history.getString("histori[0].noSep"));
        assertEquals(nama, history.getString("histori[0].namaPeserta"));
        assertFalse(history.getMap("histori[0]").containsKey("nama"), history::prettify);
    }

    @Test
    void theMembersInformasiCarriesESepInPesertaAndRujukan() {
        String card = newCard();
        JsonPath peserta = call("GET", "/Peserta/nokartu/" + card + "/tglSEP/" + TODAY, null, "200");
        assertTrue(peserta.getMap("peserta.informasi").keySet().containsAll(
                List.of("dinsos", "eSEP", "noSKTM", "prolanisPRB")), peserta::prettify);
        JsonPath rujukan = call("GET", "/Rujukan/Peserta/" + card, null, "200");
        assertTrue(rujukan.getMap("rujukan.peserta.informasi").containsKey("eSEP"), rujukan::prettify);
    }
}
