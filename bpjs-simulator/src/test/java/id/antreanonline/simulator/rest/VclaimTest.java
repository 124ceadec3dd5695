package id.antreanonline.simulator.rest;

import static id.antreanonline.simulator.rest.VclaimCalls.call;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

@QuarkusTest
class VclaimTest {

    private static final String FORM = VclaimCalls.FORM;
    private static final String TODAY = VclaimCalls.TODAY;

    /** An outpatient SEP at poli INT today, on a primary-care referral the simulator knows. */
    private static String sepInsert(String noKartu) {
        return VclaimCalls.outpatientSep(noKartu, "0301U0011126P000001").toString();
    }

    @Test
    void pesertaByCardAndByNikAreTheSamePerson() {
        JsonPath byCard = call("GET", "/Peserta/nokartu/0001105689835/tglSEP/" + TODAY, null, "200");
        assertEquals("0001105689835", byCard.getString("peserta.noKartu"));
        assertEquals("AKTIF", byCard.getString("peserta.statusPeserta.keterangan"));
        String nik = byCard.getString("peserta.nik");
        JsonPath byNik = call("GET", "/Peserta/nik/" + nik + "/tglSEP/" + TODAY, null, "200");
        assertEquals(byCard.getString("peserta.nama"), byNik.getString("peserta.nama"));
    }

    @Test
    void unknownParticipantIsCode201() {
        call("GET", "/Peserta/nokartu/0000000000000/tglSEP/" + TODAY, null, "201");
    }

    @Test
    void rujukanFoundByParticipantIsFoundByItsNumber() {
        JsonPath byPeserta = call("GET", "/Rujukan/Peserta/0001105689835", null, "200");
        String no = byPeserta.getString("rujukan.noKunjungan");
        JsonPath byNumber = call("GET", "/Rujukan/" + no, null, "200");
        assertEquals("0001105689835", byNumber.getString("rujukan.peserta.noKartu"));
        JsonPath list = call("GET", "/Rujukan/List/Peserta/0001105689835", null, "200");
        assertEquals(2, list.getList("rujukan").size());
        String second = list.getString("rujukan[1].noKunjungan");
        JsonPath secondByNumber = call("GET", "/Rujukan/" + second, null, "200");
        assertEquals(second, secondByNumber.getString("rujukan.noKunjungan"));
        assertEquals(list.getString("rujukan[1].tglKunjungan"), secondByNumber.getString("rujukan.tglKunjungan"));
    }

    @Test
    void sepLifecycleWithFormEncodedJson() {
        JsonPath inserted = call("POST", "/SEP/2.0/insert", sepInsert("0001105689835"), "200");
        String noSep = inserted.getString("sep.noSep");
        assertTrue(noSep.startsWith("0301R011"), noSep);
        assertEquals("R.Jalan", inserted.getString("sep.jnsPelayanan"));
        assertEquals("I10 - Essential (primary) hypertension", inserted.getString("sep.diagnosa"));

        call("POST", "/SEP/2.0/insert", sepInsert("0001105689835"), "201");
        call("PUT", "/SEP/2.0/updtglplg", """
                {"request":{"t_sep":{"noSep":"%s","statusPulang":"1","tglPulang":"%s","user":"Coba Ws"}}}
                """.formatted(noSep, TODAY), "200");
        // the SEP detail has no discharge date: the member's service history shows it
        JsonPath history = call("GET", "/monitoring/HistoriPelayanan/NoKartu/0001105689835/tglMulai/" + TODAY
                + "/tglAkhir/" + TODAY, null, "200");
        assertEquals(TODAY, history.getString("histori.find { it.noSep == '" + noSep + "' }.tglPlgSep"));
        // BPJS answers a delete with the SEP number in clear, not encrypted
        Signed.vclaim().request().contentType(FORM).body("""
                {"request":{"t_sep":{"noSep":"%s","user":"Coba Ws"}}}""".formatted(noSep))
                .request("DELETE", "/vclaim-rest/SEP/2.0/delete").then().statusCode(200)
                .body("metaData.code", equalTo("200")).body("response", equalTo(noSep));
        call("GET", "/SEP/" + noSep, null, "201");
    }

    @Test
    void sepForAnInactiveParticipantIsRefused() {
        call("POST", "/SEP/2.0/insert", sepInsert("0001105689800"), "201");
    }

    @Test
    void rencanaKontrolLifecycle() {
        String noSep = call("POST", "/SEP/2.0/insert", sepInsert("0001234567891"), "200").getString("sep.noSep");
        JsonPath surat = call("POST", "/RencanaKontrol/insert", """
                {"request":{"noSEP":"%s","kodeDokter":"33690","poliKontrol":"ANA","tglRencanaKontrol":"%s",
                "user":"Coba Ws"}}""".formatted(noSep, TODAY), "200");
        String no = surat.getString("noSuratKontrol");
        assertEquals("0001234567891", surat.getString("noKartu"));
        call("PUT", "/RencanaKontrol/Update", """
                {"request":{"noSuratKontrol":"%s","noSEP":"%s","kodeDokter":"33690","poliKontrol":"ANA",
                "tglRencanaKontrol":"%s","user":"Coba Ws"}}""".formatted(no, noSep, TODAY), "200");
        assertEquals(noSep, call("GET", "/RencanaKontrol/noSuratKontrol/" + no, null, "200").getString("sep.noSep"));
        call("DELETE", "/RencanaKontrol/Delete", """
                {"request":{"t_suratkontrol":{"noSuratKontrol":"%s","user":"Coba Ws"}}}""".formatted(no), "200");
        call("GET", "/RencanaKontrol/noSuratKontrol/" + no, null, "201");
    }

    @Test
    void controlScheduleComesFromHfis() {
        JsonPath list = call("GET", "/RencanaKontrol/JadwalPraktekDokter/JnsKontrol/2/KdPoli/ANA/TglRencanaKontrol/"
                + TODAY, null, "200");
        assertEquals("33690", list.getString("list[0].kodeDokter"));
        assertEquals("08:00 - 12:00", list.getString("list[0].jadwalPraktek"));
    }

    @Test
    void referencesAnswer() {
        assertEquals("I10", call("GET", "/referensi/diagnosa/hypertension", null, "200")
                .getString("diagnosa[0].kode"));
        assertEquals("ANA", call("GET", "/referensi/poli/ana", null, "200").getString("poli[0].kode"));
        call("GET", "/referensi/diagnosa/zzzz", null, "201");
    }

    @Test
    void malformedBodyIsRefusedWithAnEnvelope() {
        call("POST", "/SEP/2.0/insert", "request=not-json", "201");
    }
}
