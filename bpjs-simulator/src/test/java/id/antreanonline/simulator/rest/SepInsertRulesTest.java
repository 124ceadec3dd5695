package id.antreanonline.simulator.rest;

import static id.antreanonline.simulator.rest.VclaimCalls.TODAY;
import static id.antreanonline.simulator.rest.VclaimCalls.at;
import static id.antreanonline.simulator.rest.VclaimCalls.call;
import static id.antreanonline.simulator.rest.VclaimCalls.issued;
import static id.antreanonline.simulator.rest.VclaimCalls.newCard;
import static id.antreanonline.simulator.rest.VclaimCalls.outpatientSep;
import static id.antreanonline.simulator.rest.VclaimCalls.referralOf;
import static id.antreanonline.simulator.rest.VclaimCalls.refusal;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.test.junit.QuarkusTest;

/** VClaim's refusals of an outpatient SEP: the referral, the surat kontrol of a control visit, one per poli a day. */
@QuarkusTest
class SepInsertRulesTest {

    private static final String INSERT = "/SEP/2.0/insert";

    @Test
    void aSecondOutpatientSepForTheSameMemberPoliAndDayIsRefused() {
        String card = newCard();
        ObjectNode sep = outpatientSep(card, referralOf(card));
        issued(sep);
        assertEquals("Peserta Sudah Mendapatkan SEP Rawat Jalan Di Poli Yang Sama Pada Tanggal " + TODAY,
                refusal("POST", INSERT, sep.toString()));
        at(sep, "/poli").put("tujuan", "ANA");
        issued(sep);
    }

    @Test
    void aReferralBpjsDoesNotKnowIsRefused() {
        String card = newCard();
        assertEquals("No.Rujukan Tidak Ditemukan",
                refusal("POST", INSERT, outpatientSep(card, "NO-SUCH-REFERRAL").toString()));
        // a primary-care referral's number is not a hospital's referral
        ObjectNode fromHospital = outpatientSep(card, referralOf(card));
        at(fromHospital, "/rujukan").put("asalRujukan", "2");
        assertEquals("No.Rujukan Tidak Ditemukan", refusal("POST", INSERT, fromHospital.toString()));
    }

    @Test
    void aControlVisitNeedsASuratKontrolBpjsKnows() {
        String card = newCard();
        String noSepOfFirstVisit = issued(outpatientSep(card, referralOf(card)));
        ObjectNode control = outpatientSep(card, referralOf(card));
        at(control, "/poli").put("tujuan", "ANA");
        at(control, "").put("assesmentPel", "5");
        at(control, "/skdp").put("noSurat", "0301R0111126K999999").put("kodeDPJP", "33690");
        assertEquals("No.Surat Kontrol Tidak Ditemukan", refusal("POST", INSERT, control.toString()));

        String noSurat = call("POST", "/RencanaKontrol/insert", """
                {"request":{"noSEP":"%s","kodeDokter":"33690","poliKontrol":"ANA","tglRencanaKontrol":"%s",
                "user":"Coba Ws"}}""".formatted(noSepOfFirstVisit, TODAY), "200").getString("noSuratKontrol");
        at(control, "/skdp").put("noSurat", noSurat);
        String noSep = issued(control);
        assertEquals(noSurat, call("GET", "/SEP/" + noSep, null, "200").getString("kontrol.noSurat"));
    }
}
