package id.antreanonline.antrean.rest;

import java.util.List;
import java.util.Set;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.ResponseStatus;
import org.jboss.resteasy.reactive.server.Cancellable;

import id.antreanonline.antrean.service.SimrsClientService;
import id.antreanonline.antrean.service.SimrsClientService.ClientSecret;
import id.antreanonline.antrean.service.SimrsClientService.ClientState;
import id.antreanonline.antrean.service.StaffRefused;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;

/** An administrator's SIMRS clients: created, their secret rotated, disabled, their scopes changed. */
@Cancellable(false)
@Path("/api/simrs-clients")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("admin")
@Tag(name = "SIMRS clients")
public class SimrsClientResource {

    private final SimrsClientService clients;

    SimrsClientResource(SimrsClientService clients) {
        this.clients = clients;
    }

    public record NewClient(String clientId, Set<String> scopes) {
    }

    public record Scopes(Set<String> scopes) {
    }

    public record Disabled(Boolean disabled) {
    }

    @GET
    @Operation(summary = "Every SIMRS client, with its scopes and state (never a secret)")
    public Uni<List<ClientState>> list() {
        return clients.list();
    }

    @POST
    @ResponseStatus(201)
    @Operation(summary = "Create a client {clientId, scopes}: the answer holds its clientSecret, shown this once")
    public Uni<ClientSecret> create(NewClient client, @Context SecurityContext caller) {
        if (client == null) {
            return Uni.createFrom().failure(new StaffRefused(400, "Data klien wajib diisi"));
        }
        return clients.create(client.clientId(), client.scopes(), by(caller));
    }

    @POST
    @Path("/{clientId}/secret")
    @Operation(summary = "A new clientSecret, shown this once; the old one and its tokens are refused at once")
    public Uni<ClientSecret> rotateSecret(@PathParam("clientId") String clientId, @Context SecurityContext caller) {
        return clients.rotateSecret(clientId, by(caller));
    }

    @PUT
    @Path("/{clientId}/disabled")
    @Operation(summary = "Disable ({disabled: true}, its tokens revoked in every service) or enable a client")
    public Uni<ClientState> setDisabled(@PathParam("clientId") String clientId, Disabled body,
            @Context SecurityContext caller) {
        if (body == null || body.disabled() == null) {
            return Uni.createFrom().failure(new StaffRefused(400, "Isi disabled dengan true atau false"));
        }
        return clients.setDisabled(clientId, body.disabled(), by(caller));
    }

    @PUT
    @Path("/{clientId}/scopes")
    @Operation(summary = "Set a client's scopes {scopes}; tokens carrying the old ones are revoked")
    public Uni<ClientState> changeScopes(@PathParam("clientId") String clientId, Scopes body,
            @Context SecurityContext caller) {
        return clients.changeScopes(clientId, body == null ? null : body.scopes(), by(caller));
    }

    private static String by(SecurityContext caller) {
        return caller.getUserPrincipal().getName();
    }
}
