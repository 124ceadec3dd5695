package id.antreanonline.farmasi.rest;

import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import id.antreanonline.farmasi.service.RefusedException;
import id.antreanonline.outbox.DatabaseOutage;
import id.antreanonline.shared.BpjsEnvelope;
import id.antreanonline.shared.wsrs.WsrsMessages;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

/**
 * Every error in one place: staff calls get 4xx {"message"} (never a stack trace), WS RS calls under /wsrs always get
 * the BPJS envelope with HTTP 200.
 */
public class ExceptionMappers {

    private static final Logger LOG = Logger.getLogger(ExceptionMappers.class);

    public record Message(String message) {
    }

    @ServerExceptionMapper
    public Response refused(RefusedException e, UriInfo uri) {
        if (isWsrs(uri)) {
            return wsrs(e.getMessage());
        }
        return json(e.refusal().kind().status, e.getMessage());
    }

    @ServerExceptionMapper({ UnauthorizedException.class, AuthenticationFailedException.class })
    public Response unauthorized(RuntimeException e, UriInfo uri) {
        if (isWsrs(uri)) {
            return wsrs(WsrsMessages.TOKEN_EXPIRED);
        }
        return json(401, "Token tidak ada, tidak sah atau kedaluwarsa; silahkan login kembali");
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        if (isWsrs(uri)) {
            return wsrs(WsrsMessages.TOKEN_EXPIRED);
        }
        return json(403, "Peran Anda tidak diizinkan untuk permintaan ini");
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e, UriInfo uri) {
        if (isWsrs(uri)) {
            return wsrs(WsrsMessages.MALFORMED_REQUEST);
        }
        int status = e.getResponse() != null ? e.getResponse().getStatus() : 500;
        String message = switch (status) {
            case 400 -> "Permintaan tidak sesuai format (JSON dengan field yang benar)";
            case 404 -> "Alamat tidak ditemukan";
            case 405 -> "Metode tidak diizinkan";
            case 413 -> "Permintaan terlalu besar";
            case 415 -> "Content-Type harus application/json";
            default -> status >= 500 ? "Terjadi kesalahan pada server" : "Permintaan ditolak";
        };
        return json(status, message);
    }

    @ServerExceptionMapper
    public Response other(Throwable e, UriInfo uri) {
        if (DatabaseOutage.is(e)) {
            LOG.warnf("request to %s not served: the database is unavailable", uri.getPath());
            return isWsrs(uri) ? wsrs(WsrsMessages.SYSTEM_BUSY)
                    : Response.fromResponse(json(503, DatabaseOutage.MESSAGE))
                            .header("Retry-After", DatabaseOutage.RETRY_AFTER_SECONDS).build();
        }
        if (isWsrs(uri)) {
            LOG.warnf("WS RS request failed: %s", e.getClass().getSimpleName());
            return wsrs(WsrsMessages.MALFORMED_REQUEST);
        }
        if (e instanceof com.fasterxml.jackson.core.JacksonException) {
            return json(400, "Permintaan tidak sesuai format (JSON dengan field yang benar)");
        }
        LOG.errorf(e, "request to %s failed", uri.getPath());
        return json(500, "Terjadi kesalahan pada server");
    }

    private static boolean isWsrs(UriInfo uri) {
        return uri != null && uri.getPath() != null && uri.getPath().startsWith("/wsrs");
    }

    private static Response wsrs(String message) {
        return Response.ok(BpjsEnvelope.failed(message), MediaType.APPLICATION_JSON).build();
    }

    private static Response json(int status, String message) {
        return Response.status(status).type(MediaType.APPLICATION_JSON).entity(new Message(message)).build();
    }
}
