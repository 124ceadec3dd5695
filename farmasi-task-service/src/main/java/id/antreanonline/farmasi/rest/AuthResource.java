package id.antreanonline.farmasi.rest;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.Cancellable;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import id.antreanonline.edge.ErrorMessage;
import id.antreanonline.farmasi.client.AntreanAuthApi;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpServerRequest;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * Same-origin login and password change for the station pages: forwards them to antrean-service, which owns the staff
 * accounts, and answers its {token} (or its refusal). Credentials are neither stored nor logged here.
 */
@Cancellable(false)
@Path("/api/auth")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "auth", description = "Staff login and password change for the station pages (forwarded to antrean-service)")
public class AuthResource {

    private static final Logger LOG = Logger.getLogger(AuthResource.class);

    public record Login(String username, String password) {
    }

    public record PasswordChange(String currentPassword, String newPassword) {
    }

    private final AntreanAuthApi antrean;
    private final ObjectMapper mapper;
    private final JsonWebToken token;

    AuthResource(AntreanAuthApi antrean, ObjectMapper mapper, JsonWebToken token) {
        this.antrean = antrean;
        this.mapper = mapper;
        this.token = token;
    }

    @POST
    @Path("/login")
    @PermitAll
    @Operation(summary = "{username, password} -> {token} (antrean-service's staff JWT)")
    public Uni<Response> login(Login login, @Context HttpServerRequest request) {
        if (login == null || blank(login.username()) || blank(login.password())) {
            return Uni.createFrom().item(json(400, new ErrorMessage("Username dan password wajib diisi")));
        }
        JsonNode body = mapper.createObjectNode().put("username", login.username()).put("password", login.password());
        return relayed("staff login", antrean.login(forwardedFor(request), body));
    }

    @POST
    @Path("/password")
    @RolesAllowed({ "admin", "admisi", "poli", "farmasi" })
    @Operation(summary = "{currentPassword, newPassword} -> {token}: one's own password, changed at antrean-service")
    public Uni<Response> changePassword(PasswordChange change, @Context HttpServerRequest request) {
        if (change == null || blank(change.currentPassword()) || blank(change.newPassword())) {
            return Uni.createFrom().item(json(400,
                    new ErrorMessage("Password saat ini dan password baru wajib diisi")));
        }
        JsonNode body = mapper.createObjectNode().put("currentPassword", change.currentPassword())
                .put("newPassword", change.newPassword());
        return relayed("password change",
                antrean.changePassword("Bearer " + token.getRawToken(), forwardedFor(request), body));
    }

    private Uni<Response> relayed(String what, Uni<Response> call) {
        return call.map(this::relay).onFailure().recoverWithItem(e -> {
            LOG.warnf("%s: antrean-service unreachable (%s)", what, e.getClass().getSimpleName());
            return json(503, new ErrorMessage("Layanan login tidak dapat dihubungi, coba lagi sebentar lagi"));
        });
    }

    private Response relay(Response upstream) {
        int status = upstream.getStatus();
        JsonNode answer = read(upstream);
        if (status == 200 && answer != null && answer.hasNonNull("token")) {
            return json(200, mapper.createObjectNode().put("token", answer.get("token").asText()));
        }
        if (status >= 400 && status < 500) {
            String message = answer != null && answer.hasNonNull("message") ? answer.get("message").asText()
                    : "Username atau password salah";
            return json(status, new ErrorMessage(message));
        }
        return json(502, new ErrorMessage("Layanan login sedang bermasalah, coba lagi sebentar lagi"));
    }

    private JsonNode read(Response upstream) {
        try {
            String text = upstream.readEntity(String.class);
            return text == null || text.isBlank() ? null : mapper.readTree(text);
        } catch (Exception e) {
            return null;
        }
    }

    private static Response json(int status, Object entity) {
        return Response.status(status).type(MediaType.APPLICATION_JSON).entity(entity).build();
    }

    private static String forwardedFor(HttpServerRequest request) {
        String peer = request.remoteAddress() == null ? null : request.remoteAddress().hostAddress();
        return forwardedFor(request.getHeader("X-Forwarded-For"), peer);
    }

    /** The chain that reached us plus our own peer; antrean believes it only when it trusts this service. */
    static String forwardedFor(String chain, String peer) {
        if (peer == null) {
            return chain;
        }
        return chain == null || chain.isBlank() ? peer : chain + ", " + peer;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
