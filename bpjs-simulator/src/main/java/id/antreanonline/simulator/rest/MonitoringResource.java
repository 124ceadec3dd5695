package id.antreanonline.simulator.rest;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import id.antreanonline.simulator.service.RequestGuard.Api;
import id.antreanonline.simulator.service.MonitoringService;

/** VClaim's monitoring group (contract section 4); BPJS spells its paths in mixed case, so they sit under the base. */
@Path("/vclaim-rest")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.WILDCARD)
public class MonitoringResource {

    private final BpjsGate gate;
    private final MonitoringService monitoring;

    public MonitoringResource(BpjsGate gate, MonitoringService monitoring) {
        this.gate = gate;
        this.monitoring = monitoring;
    }

    @GET
    @Path("Monitoring/Kunjungan/Tanggal/{tgl}/JnsPelayanan/{jns}")
    public Response visits(@PathParam("tgl") String tgl, @PathParam("jns") String jns) {
        return gate.answer(Api.VCLAIM, () -> monitoring.visits(tgl, jns));
    }

    @GET
    @Path("Monitoring/Klaim/Tanggal/{tgl}/JnsPelayanan/{jns}/Status/{status}")
    public Response claims(@PathParam("tgl") String tgl, @PathParam("jns") String jns,
            @PathParam("status") String status) {
        return gate.answer(Api.VCLAIM, () -> monitoring.claims(tgl, jns, status));
    }

    @GET
    @Path("monitoring/HistoriPelayanan/NoKartu/{noKartu}/tglMulai/{mulai}/tglAkhir/{akhir}")
    public Response history(@PathParam("noKartu") String noKartu, @PathParam("mulai") String mulai,
            @PathParam("akhir") String akhir) {
        return gate.answer(Api.VCLAIM, () -> monitoring.history(noKartu, mulai, akhir));
    }

    @GET
    @Path("sep/cbg/{noSep}")
    public Response cbg(@PathParam("noSep") String noSep) {
        return gate.answer(Api.VCLAIM, () -> monitoring.cbg(noSep));
    }
}
