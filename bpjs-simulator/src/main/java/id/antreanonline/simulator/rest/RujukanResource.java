package id.antreanonline.simulator.rest;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import id.antreanonline.simulator.service.RequestGuard.Api;
import id.antreanonline.simulator.service.RujukanService;

/** VClaim's Rujukan group (contract section 4): referrals from primary care, or from a hospital under RS/. */
@Path("/vclaim-rest/Rujukan")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.WILDCARD)
public class RujukanResource {

    private final BpjsGate gate;
    private final RujukanService rujukan;

    public RujukanResource(BpjsGate gate, RujukanService rujukan) {
        this.gate = gate;
        this.rujukan = rujukan;
    }

    @GET
    @Path("{noRujukan}")
    public Response byNumber(@PathParam("noRujukan") String noRujukan) {
        return gate.answer(Api.VCLAIM, () -> rujukan.byNumber(noRujukan, false));
    }

    @GET
    @Path("RS/{noRujukan}")
    public Response rsByNumber(@PathParam("noRujukan") String noRujukan) {
        return gate.answer(Api.VCLAIM, () -> rujukan.byNumber(noRujukan, true));
    }

    @GET
    @Path("Peserta/{noKartu}")
    public Response byPeserta(@PathParam("noKartu") String noKartu) {
        return gate.answer(Api.VCLAIM, () -> rujukan.byPeserta(noKartu, false));
    }

    @GET
    @Path("RS/Peserta/{noKartu}")
    public Response rsByPeserta(@PathParam("noKartu") String noKartu) {
        return gate.answer(Api.VCLAIM, () -> rujukan.byPeserta(noKartu, true));
    }

    @GET
    @Path("List/Peserta/{noKartu}")
    public Response listByPeserta(@PathParam("noKartu") String noKartu) {
        return gate.answer(Api.VCLAIM, () -> rujukan.listByPeserta(noKartu, false));
    }

    @GET
    @Path("RS/List/Peserta/{noKartu}")
    public Response rsListByPeserta(@PathParam("noKartu") String noKartu) {
        return gate.answer(Api.VCLAIM, () -> rujukan.listByPeserta(noKartu, true));
    }
}
