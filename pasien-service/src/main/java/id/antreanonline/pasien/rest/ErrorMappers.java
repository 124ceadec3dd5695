package id.antreanonline.pasien.rest;

import java.util.Map;

import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import id.antreanonline.outbox.DatabaseOutage;
import id.antreanonline.pasien.service.RequestRefusedException;
import id.antreanonline.shared.BpjsEnvelope;
import id.antreanonline.shared.wsrs.WsrsMessages;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * Every error becomes an answer the caller can read: under /wsrs always HTTP 200 with a BPJS envelope (code 201),
 * elsewhere a 4xx/5xx with {@code {"message"}}. No stack trace or class name ever leaves, and no exception message is
 * logged (it could carry a NIK from a constraint violation).
 */
public class ErrorMappers {

    private static final Logger LOG = Logger.getLogger(ErrorMappers.class);
    static final String SYSTEM_ERROR = "Terjadi Gangguan Pada Sistem Rumah Sakit, Silahkan Coba Beberapa Saat Lagi";

    @ServerExceptionMapper
    public Response refused(RequestRefusedException e, HttpServerRequest request) {
        return isWsrs(request) ? envelope(e.getMessage()) : message(e.status(), e.getMessage());
    }

    @ServerExceptionMapper
    public Response unauthorized(UnauthorizedException e, HttpServerRequest request) {
        return isWsrs(request) ? envelope(WsrsMessages.TOKEN_EXPIRED)
                : message(401, "Silahkan login terlebih dahulu");
    }

    @ServerExceptionMapper
    public Response authenticationFailed(AuthenticationFailedException e, HttpServerRequest request) {
        return isWsrs(request) ? envelope(WsrsMessages.TOKEN_EXPIRED)
                : message(401, "Token tidak berlaku, silahkan login kembali");
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, HttpServerRequest request) {
        return isWsrs(request) ? envelope(WsrsMessages.TOKEN_EXPIRED)
                : message(403, "Peran Anda tidak berhak melakukan ini");
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e, HttpServerRequest request) {
        int status = e.getResponse() == null ? 500 : e.getResponse().getStatus();
        if (isWsrs(request)) {
            return envelope(status < 500 ? WsrsMessages.MALFORMED_REQUEST : SYSTEM_ERROR);
        }
        return message(status, status < 500 ? reason(status) : SYSTEM_ERROR);
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e, HttpServerRequest request) {
        if (DatabaseOutage.is(e)) {
            LOG.warnf("request %s %s not served: the database is unavailable", request.method(), request.path());
            return isWsrs(request) ? envelope(SYSTEM_ERROR)
                    : Response.fromResponse(message(503, DatabaseOutage.MESSAGE))
                            .header("Retry-After", DatabaseOutage.RETRY_AFTER_SECONDS).build();
        }
        LOG.errorf("request %s %s failed: %s", request.method(), request.path(), rootType(e));
        return isWsrs(request) ? envelope(SYSTEM_ERROR) : message(500, SYSTEM_ERROR);
    }

    static boolean isWsrs(HttpServerRequest request) {
        String path = request.path();
        return path != null && (path.equals("/wsrs") || path.startsWith("/wsrs/"));
    }

    static Response envelope(String message) {
        return Response.ok(BpjsEnvelope.failed(message), MediaType.APPLICATION_JSON_TYPE).build();
    }

    private static Response message(int status, String message) {
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE).entity(Map.of("message", message))
                .build();
    }

    private static String reason(int status) {
        return switch (status) {
            case 404 -> "Tidak ditemukan";
            case 405 -> "Metode tidak didukung";
            case 406, 415 -> "Format permintaan tidak didukung";
            case 413 -> "Permintaan terlalu besar";
            default -> "Permintaan tidak sesuai";
        };
    }

    private static String rootType(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        String state = t instanceof io.vertx.pgclient.PgException pg ? " (sqlstate " + pg.getSqlState() + ")" : "";
        return t.getClass().getName() + state;
    }
}
