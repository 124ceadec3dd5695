package id.antreanonline.simulator.rest;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
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
    @Path("referensi/propinsi")
    public Response propinsi() {
        return gate.answer(Api.VCLAIM, vclaim::provinces);
    }
}
