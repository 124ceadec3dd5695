package id.antreanonline.simulator.rest;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import id.antreanonline.simulator.service.RequestGuard.Api;
import id.antreanonline.simulator.service.PesertaService;

/** VClaim's Peserta group (contract section 4): a participant by card number or NIK. */
@Path("/vclaim-rest/Peserta")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.WILDCARD)
public class PesertaResource {

    private final BpjsGate gate;
    private final PesertaService peserta;

    public PesertaResource(BpjsGate gate, PesertaService peserta) {
        this.gate = gate;
        this.peserta = peserta;
    }

    @GET
    @Path("nokartu/{noKartu}/tglSEP/{tglSep}")
    public Response byNoKartu(@PathParam("noKartu") String noKartu, @PathParam("tglSep") String tglSep) {
        return gate.answer(Api.VCLAIM, () -> peserta.byNoKartu(noKartu, tglSep));
    }

    @GET
    @Path("nik/{nik}/tglSEP/{tglSep}")
    public Response byNik(@PathParam("nik") String nik, @PathParam("tglSep") String tglSep) {
        return gate.answer(Api.VCLAIM, () -> peserta.byNik(nik, tglSep));
    }
}
