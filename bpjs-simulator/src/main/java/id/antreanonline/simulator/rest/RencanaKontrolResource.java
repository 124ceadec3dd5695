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
import id.antreanonline.simulator.service.RencanaKontrolService;

/**
 * VClaim's RencanaKontrol group (contract section 4): control letters and the doctors' schedules for them.
 * Writes accept the JSON body whatever the Content-Type says: BPJS expects it sent as
 * Application/x-www-form-urlencoded.
 */
@Path("/vclaim-rest/RencanaKontrol")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.WILDCARD)
public class RencanaKontrolResource {

    private final BpjsGate gate;
    private final RencanaKontrolService rencanaKontrol;

    public RencanaKontrolResource(BpjsGate gate, RencanaKontrolService rencanaKontrol) {
        this.gate = gate;
        this.rencanaKontrol = rencanaKontrol;
    }

    @POST
    @Path("insert")
    public Response insert(String body) {
        return gate.answer(Api.VCLAIM, body, rencanaKontrol::insert);
    }

    @PUT
    @Path("Update")
    public Response update(String body) {
        return gate.answer(Api.VCLAIM, body, rencanaKontrol::update);
    }

    @POST
    @Path("InsertSPRI")
    public Response insertSpri(String body) {
        return gate.answer(Api.VCLAIM, body, rencanaKontrol::insertSpri);
    }

    @PUT
    @Path("UpdateSPRI")
    public Response updateSpri(String body) {
        return gate.answer(Api.VCLAIM, body, rencanaKontrol::updateSpri);
    }

    @DELETE
    @Path("Delete")
    public Response delete(String body) {
        return gate.answer(Api.VCLAIM, body, rencanaKontrol::delete);
    }

    @GET
    @Path("noSuratKontrol/{no}")
    public Response byNumber(@PathParam("no") String no) {
        return gate.answer(Api.VCLAIM, () -> rencanaKontrol.byNumber(no));
    }

    @GET
    @Path("JadwalPraktekDokter/JnsKontrol/{jns}/KdPoli/{poli}/TglRencanaKontrol/{tgl}")
    public Response schedule(@PathParam("jns") String jns, @PathParam("poli") String poli,
            @PathParam("tgl") String tgl) {
        return gate.answer(Api.VCLAIM, () -> rencanaKontrol.schedule(jns, poli, tgl));
    }
}
