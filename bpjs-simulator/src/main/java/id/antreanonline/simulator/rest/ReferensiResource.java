package id.antreanonline.simulator.rest;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import id.antreanonline.simulator.service.RequestGuard.Api;
import id.antreanonline.simulator.service.ReferensiService;

/** VClaim's referensi group (contract section 4). */
@Path("/vclaim-rest/referensi")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.WILDCARD)
public class ReferensiResource {

    private final BpjsGate gate;
    private final ReferensiService referensi;

    public ReferensiResource(BpjsGate gate, ReferensiService referensi) {
        this.gate = gate;
        this.referensi = referensi;
    }

    @GET
    @Path("diagnosa/{keyword}")
    public Response diagnosa(@PathParam("keyword") String keyword) {
        return gate.answer(Api.VCLAIM, () -> referensi.diagnosa(keyword));
    }

    @GET
    @Path("procedure/{keyword}")
    public Response procedure(@PathParam("keyword") String keyword) {
        return gate.answer(Api.VCLAIM, () -> referensi.procedure(keyword));
    }

    @GET
    @Path("poli/{keyword}")
    public Response poli(@PathParam("keyword") String keyword) {
        return gate.answer(Api.VCLAIM, () -> referensi.poli(keyword));
    }

    @GET
    @Path("faskes/{keyword}/{jenis}")
    public Response faskes(@PathParam("keyword") String keyword, @PathParam("jenis") String jenis) {
        return gate.answer(Api.VCLAIM, () -> referensi.faskes(keyword, jenis));
    }

    @GET
    @Path("dokter/pelayanan/{jns}/tglPelayanan/{tgl}/Spesialis/{kode}")
    public Response dokterDpjp(@PathParam("jns") String jns, @PathParam("tgl") String tgl,
            @PathParam("kode") String kode) {
        return gate.answer(Api.VCLAIM, () -> referensi.dokterDpjp(jns, tgl, kode));
    }

    @GET
    @Path("propinsi")
    public Response propinsi() {
        return gate.answer(Api.VCLAIM, () -> referensi.propinsi());
    }

    @GET
    @Path("kabupaten/propinsi/{kode}")
    public Response kabupaten(@PathParam("kode") String kode) {
        return gate.answer(Api.VCLAIM, () -> referensi.kabupaten(kode));
    }

    @GET
    @Path("kecamatan/kabupaten/{kode}")
    public Response kecamatan(@PathParam("kode") String kode) {
        return gate.answer(Api.VCLAIM, () -> referensi.kecamatan(kode));
    }
}
