package id.antreanonline.antrean.rest;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.ResponseStatus;
import org.jboss.resteasy.reactive.server.Cancellable;

import id.antreanonline.antrean.service.StaffRefused;
import id.antreanonline.antrean.service.StaffService;
import id.antreanonline.antrean.service.StaffService.AccountState;
import id.antreanonline.edge.ClientAddress;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpServerRequest;
import jakarta.annotation.security.PermitAll;
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

/** Staff login, passwords and account management; every change that revokes tokens reaches every service. */
@Cancellable(false)
@Path("/api")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Staff accounts", description = "Login (bearer JWT with the staff roles) and accounts")
public class StaffAuthResource {

    private final StaffService staff;
    private final ClientAddress clientAddress;

    StaffAuthResource(StaffService staff, ClientAddress clientAddress) {
        this.staff = staff;
        this.clientAddress = clientAddress;
    }

    public record Login(String username, String password) {
    }

    public record NewAccount(String username, String password, Set<String> roles) {
    }

    public record PasswordChange(String currentPassword, String newPassword) {
    }

    public record NewPassword(String password) {
    }

    public record Disabled(Boolean disabled) {
    }

    @POST
    @Path("/auth/login")
    @PermitAll
    @Operation(summary = "Log in: {username, password} -> {token} (RS256 JWT, groups = roles)")
    public Uni<Map<String, String>> login(Login login, @Context HttpServerRequest request) {
        String address = clientAddress.of(request);
        return staff.login(login == null ? null : login.username(), login == null ? null : login.password(), address)
                .map(token -> Map.of("token", token));
    }

    @POST
    @Path("/auth/password")
    @RolesAllowed({ "admin", "admisi", "poli", "farmasi" })
    @Operation(summary = "Change one's own password: {currentPassword, newPassword} -> {token}; every earlier token "
            + "of the account is revoked (throttled like the login)")
    public Uni<Map<String, String>> changePassword(PasswordChange change, @Context SecurityContext caller,
            @Context HttpServerRequest request) {
        if (change == null) {
            return Uni.createFrom().failure(new StaffRefused(400, "Password saat ini dan password baru wajib diisi"));
        }
        return staff.changeOwnPassword(caller.getUserPrincipal().getName(), change.currentPassword(),
                change.newPassword(), clientAddress.of(request)).map(token -> Map.of("token", token));
    }

    @PUT
    @Path("/staff/{username}/password")
    @RolesAllowed("admin")
    @Operation(summary = "Set another account's password: {password}; its tokens are revoked")
    public Uni<AccountState> resetPassword(@PathParam("username") String username, NewPassword body) {
        return staff.resetPassword(username, body == null ? null : body.password());
    }

    @PUT
    @Path("/staff/{username}/disabled")
    @RolesAllowed("admin")
    @Operation(summary = "Disable ({disabled: true}, its tokens revoked) or enable ({disabled: false}) an account")
    public Uni<AccountState> setDisabled(@PathParam("username") String username, Disabled body,
            @Context SecurityContext caller) {
        if (body == null || body.disabled() == null) {
            return Uni.createFrom().failure(new StaffRefused(400, "Isi disabled dengan true atau false"));
        }
        return staff.setDisabled(username, body.disabled(), caller.getUserPrincipal().getName());
    }

    @POST
    @Path("/staff/{username}/revoke")
    @RolesAllowed("admin")
    @Operation(summary = "Revoke every token issued to the account so far, in every service")
    public Uni<AccountState> revoke(@PathParam("username") String username) {
        return staff.revokeTokens(username);
    }

    @GET
    @Path("/staff")
    @RolesAllowed("admin")
    @Operation(summary = "The staff accounts, by username: {username, roles, disabled, tokensValidAfter}; never a "
            + "password hash")
    public Uni<List<AccountState>> accounts() {
        return staff.accounts();
    }

    @POST
    @Path("/staff")
    @RolesAllowed("admin")
    @ResponseStatus(201)
    @Operation(summary = "Create a staff account with roles among admin, admisi, poli, farmasi")
    public Uni<Map<String, Object>> create(NewAccount account) {
        if (account == null) {
            return Uni.createFrom().failure(new StaffRefused(400, "Data akun wajib diisi"));
        }
        // the answer is built only once the account passed its checks (a missing username would not fit a Map)
        return staff.create(account.username(), account.password(), account.roles())
                .map(created -> Map.of("username", account.username(), "roles", account.roles()));
    }
}
