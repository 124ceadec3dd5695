package id.antreanonline.edge.identity;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** Doors with rules, and one without. */
@Path("/api/pintu")
@Produces(MediaType.TEXT_PLAIN)
public class DoorTestResource {

    private final SecurityIdentity identity;

    DoorTestResource(SecurityIdentity identity) {
        this.identity = identity;
    }

    @GET
    @Path("pasien")
    @RolesAllowed(Callers.PASIEN_SERVICE)
    public String forPasienService() {
        return caller();
    }

    @GET
    @Path("gateway")
    @RolesAllowed({ "admin", Callers.VCLAIM_GATEWAY })
    public String forTheGatewayAndAdmins() {
        return caller();
    }

    @GET
    @Path("tanpa-aturan")
    public String withoutARule() {
        return "terbuka";
    }

    private String caller() {
        String kind = identity.getAttribute(ServiceCredentialMechanism.SERVICE_ATTRIBUTE) == null ? "staff" : "service";
        return kind + " " + identity.getPrincipal().getName();
    }
}
