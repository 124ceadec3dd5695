package id.antreanonline.simulator.rest;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import id.antreanonline.simulator.service.RequestGuard.Api;
import id.antreanonline.simulator.service.VclaimService;

/**
 * BPJS's VClaim REST (contract section 4), base /vclaim-rest. Writes accept the JSON body whatever the
 * Content-Type says: BPJS expects it sent as Application/x-www-form-urlencoded.
 */
@Path("/vclaim-rest")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.WILDCARD)
public class VclaimResource {

    private final BpjsGate gate;
    private final VclaimService vclaim;

    public VclaimResource(BpjsGate gate, VclaimService vclaim) {
        this.gate = gate;
        this.vclaim = vclaim;
    }

    @GET
    @Path("Peserta/nokartu/{noKartu}/tglSEP/{tglSep}")
    public Response pesertaByNoKartu(@PathParam("noKartu") String noKartu, @PathParam("tglSep") String tglSep) {
        return gate.answer(Api.VCLAIM, () -> vclaim.pesertaByNoKartu(noKartu, tglSep));
    }

    @GET
    @Path("Peserta/nik/{nik}/tglSEP/{tglSep}")
    public Response pesertaByNik(@PathParam("nik") String nik, @PathParam("tglSep") String tglSep) {
        return gate.answer(Api.VCLAIM, () -> vclaim.pesertaByNik(nik, tglSep));
    }

    @GET
    @Path("Rujukan/{noRujukan}")
    public Response rujukan(@PathParam("noRujukan") String noRujukan) {
        return gate.answer(Api.VCLAIM, () -> vclaim.rujukanByNumber(noRujukan, false));
    }

    @GET
    @Path("Rujukan/RS/{noRujukan}")
    public Response rujukanRs(@PathParam("noRujukan") String noRujukan) {
        return gate.answer(Api.VCLAIM, () -> vclaim.rujukanByNumber(noRujukan, true));
    }

    @GET
    @Path("Rujukan/Peserta/{noKartu}")
    public Response rujukanPeserta(@PathParam("noKartu") String noKartu) {
        return gate.answer(Api.VCLAIM, () -> vclaim.rujukanByPeserta(noKartu, false));
    }

    @GET
    @Path("Rujukan/RS/Peserta/{noKartu}")
    public Response rujukanRsPeserta(@PathParam("noKartu") String noKartu) {
        return gate.answer(Api.VCLAIM, () -> vclaim.rujukanByPeserta(noKartu, true));
    }

    @GET
    @Path("Rujukan/List/Peserta/{noKartu}")
    public Response rujukanListPeserta(@PathParam("noKartu") String noKartu) {
        return gate.answer(Api.VCLAIM, () -> vclaim.rujukanListByPeserta(noKartu, false));
    }

    @GET
    @Path("Rujukan/RS/List/Peserta/{noKartu}")
    public Response rujukanRsListPeserta(@PathParam("noKartu") String noKartu) {
        return gate.answer(Api.VCLAIM, () -> vclaim.rujukanListByPeserta(noKartu, true));
    }

    @POST
    @Path("SEP/2.0/insert")
    public Response insertSep(String body) {
        return gate.answer(Api.VCLAIM, body, vclaim::insertSep);
    }

    @PUT
    @Path("SEP/2.0/update")
    public Response updateSep(String body) {
        return gate.answer(Api.VCLAIM, body, vclaim::updateSep);
    }

    @DELETE
    @Path("SEP/2.0/delete")
    public Response deleteSep(String body) {
        return gate.answer(Api.VCLAIM, body, vclaim::deleteSep);
    }

    @PUT
    @Path("SEP/2.0/updtglplg")
    public Response updateDischargeDate(String body) {
        return gate.answer(Api.VCLAIM, body, vclaim::updateDischargeDate);
    }

    @GET
    @Path("SEP/{noSep}")
    public Response sep(@PathParam("noSep") String noSep) {
        return gate.answer(Api.VCLAIM, () -> vclaim.sep(noSep));
    }

    @POST
    @Path("RencanaKontrol/insert")
    public Response insertKontrol(String body) {
        return gate.answer(Api.VCLAIM, body, vclaim::insertKontrol);
    }

    @PUT
    @Path("RencanaKontrol/Update")
    public Response updateKontrol(String body) {
        return gate.answer(Api.VCLAIM, body, vclaim::updateKontrol);
    }

    @DELETE
    @Path("RencanaKontrol/Delete")
    public Response deleteKontrol(String body) {
        return gate.answer(Api.VCLAIM, body, vclaim::deleteKontrol);
    }

    @GET
    @Path("RencanaKontrol/noSuratKontrol/{no}")
    public Response kontrol(@PathParam("no") String no) {
        return gate.answer(Api.VCLAIM, () -> vclaim.kontrol(no));
    }

    @GET
    @Path("RencanaKontrol/JadwalPraktekDokter/JnsKontrol/{jns}/KdPoli/{poli}/TglRencanaKontrol/{tgl}")
    public Response controlSchedule(@PathParam("jns") String jns, @PathParam("poli") String poli,
            @PathParam("tgl") String tgl) {
        return gate.answer(Api.VCLAIM, () -> vclaim.controlSchedule(jns, poli, tgl));
    }

    @GET
    @Path("referensi/diagnosa/{keyword}")
    public Response diagnosa(@PathParam("keyword") String keyword) {
        return gate.answer(Api.VCLAIM, () -> vclaim.diagnosa(keyword));
    }

    @GET
    @Path("referensi/procedure/{keyword}")
    public Response procedure(@PathParam("keyword") String keyword) {
        return gate.answer(Api.VCLAIM, () -> vclaim.procedure(keyword));
    }

    @GET
    @Path("referensi/poli/{keyword}")
    public Response poli(@PathParam("keyword") String keyword) {
        return gate.answer(Api.VCLAIM, () -> vclaim.poli(keyword));
    }

    @GET
    @Path("referensi/faskes/{keyword}/{jenis}")
    public Response faskes(@PathParam("keyword") String keyword, @PathParam("jenis") String jenis) {
        return gate.answer(Api.VCLAIM, () -> vclaim.faskes(keyword, jenis));
    }

    @GET
    @Path("referensi/dokter/pelayanan/{jns}/tglPelayanan/{tgl}/Spesialis/{kode}")
    public Response dokterDpjp(@PathParam("jns") String jns, @PathParam("tgl") String tgl,
            @PathParam("kode") String kode) {
        return gate.answer(Api.VCLAIM, () -> vclaim.dokterDpjp(jns, tgl, kode));
    }

    @GET
    @Path("referensi/propinsi")
    public Response propinsi() {
        return gate.answer(Api.VCLAIM, vclaim::propinsi);
    }

    @GET
    @Path("referensi/kabupaten/propinsi/{kode}")
    public Response kabupaten(@PathParam("kode") String kode) {
        return gate.answer(Api.VCLAIM, () -> vclaim.kabupaten(kode));
    }

    @GET
    @Path("referensi/kecamatan/kabupaten/{kode}")
    public Response kecamatan(@PathParam("kode") String kode) {
        return gate.answer(Api.VCLAIM, () -> vclaim.kecamatan(kode));
    }

    @GET
    @Path("Monitoring/Kunjungan/Tanggal/{tgl}/JnsPelayanan/{jns}")
    public Response visits(@PathParam("tgl") String tgl, @PathParam("jns") String jns) {
        return gate.answer(Api.VCLAIM, () -> vclaim.visits(tgl, jns));
    }

    @GET
    @Path("Monitoring/Klaim/Tanggal/{tgl}/JnsPelayanan/{jns}/Status/{status}")
    public Response claims(@PathParam("tgl") String tgl, @PathParam("jns") String jns,
            @PathParam("status") String status) {
        return gate.answer(Api.VCLAIM, () -> vclaim.claims(tgl, jns, status));
    }

    @GET
    @Path("monitoring/HistoriPelayanan/NoKartu/{noKartu}/tglMulai/{mulai}/tglAkhir/{akhir}")
    public Response history(@PathParam("noKartu") String noKartu, @PathParam("mulai") String mulai,
            @PathParam("akhir") String akhir) {
        return gate.answer(Api.VCLAIM, () -> vclaim.history(noKartu, mulai, akhir));
    }

    @GET
    @Path("sep/cbg/{noSep}")
    public Response cbg(@PathParam("noSep") String noSep) {
        return gate.answer(Api.VCLAIM, () -> vclaim.cbg(noSep));
    }
}
