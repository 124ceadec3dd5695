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
import id.antreanonline.simulator.service.SepService;

/**
 * VClaim's SEP 2.0 group (contract section 4). Writes accept the JSON body whatever the
 * Content-Type says: BPJS expects it sent as Application/x-www-form-urlencoded.
 */
@Path("/vclaim-rest/SEP")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.WILDCARD)
public class SepResource {

    private final BpjsGate gate;
    private final SepService sep;

    public SepResource(BpjsGate gate, SepService sep) {
        this.gate = gate;
        this.sep = sep;
    }

    @POST
    @Path("2.0/insert")
    public Response insert(String body) {
        return gate.answer(Api.VCLAIM, body, sep::insert);
    }

    @PUT
    @Path("2.0/update")
    public Response update(String body) {
        return gate.answer(Api.VCLAIM, body, sep::update);
    }

    @DELETE
    @Path("2.0/delete")
    public Response delete(String body) {
        // as BPJS does: the deleted SEP's number in clear, not encrypted
        return gate.answerInClear(Api.VCLAIM, body, sep::delete);
    }

    @PUT
    @Path("2.0/updtglplg")
    public Response updateDischargeDate(String body) {
        return gate.answer(Api.VCLAIM, body, sep::updateDischargeDate);
    }

    @GET
    @Path("{noSep}")
    public Response byNumber(@PathParam("noSep") String noSep) {
        return gate.answer(Api.VCLAIM, () -> sep.byNumber(noSep));
    }
}
