package id.antreanonline.edge;

import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.RestResponse;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

import id.antreanonline.outbox.DatabaseOutage;
import id.antreanonline.outbox.Failures;
import id.antreanonline.shared.BpjsEnvelope;
import id.antreanonline.shared.wsrs.WsrsMessages;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.vertx.pgclient.PgException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;

/**
 * Every failure of every service becomes an answer the caller can read: under /wsrs always HTTP 200 with BPJS's
 * envelope, elsewhere a 4xx/5xx with {@code {"message": ...}}. The same failure gets the same answer in every
 * service. No stack trace or class name leaves, and no exception message is logged (it may quote a NIK).
 */
public class ErrorMappers {

    private static final Logger LOG = Logger.getLogger(ErrorMappers.class);

    static final String UNAUTHENTICATED = "Silakan login terlebih dahulu (token tidak ada, tidak sah atau kedaluwarsa)";
    static final String FORBIDDEN = "Peran Anda tidak diizinkan melakukan ini";
    static final String UNREADABLE = "Format request tidak sesuai";
    static final String SERVER_ERROR = "Terjadi kesalahan pada server";
    static final int STAFF_ACCOUNTS_RETRY_AFTER_SECONDS = 5;

    @ServerExceptionMapper
    public RestResponse<Object> refused(RequestRefused e, UriInfo uri) {
        if (isWsrs(uri.getPath())) {
            return envelope(e.wsrsCode(), e.getMessage());
        }
        RestResponse.ResponseBuilder<Object> answer = RestResponse.ResponseBuilder.<Object>create(e.status())
                .entity(new ErrorMessage(e.getMessage())).type(MediaType.APPLICATION_JSON_TYPE);
        return e.retryAfterSeconds() == null ? answer.build()
                : answer.header("Retry-After", String.valueOf(e.retryAfterSeconds())).build();
    }

    @ServerExceptionMapper({ UnauthorizedException.class, AuthenticationFailedException.class })
    public RestResponse<Object> unauthenticated(RuntimeException e, UriInfo uri) {
        return isWsrs(uri.getPath()) ? envelope(WsrsMessages.TOKEN_EXPIRED) : message(401, UNAUTHENTICATED);
    }

    @ServerExceptionMapper
    public RestResponse<Object> forbidden(ForbiddenException e, UriInfo uri) {
        return isWsrs(uri.getPath()) ? envelope(WsrsMessages.TOKEN_EXPIRED) : message(403, FORBIDDEN);
    }

    /** A staff call before this instance read the revoked accounts (StaffTokenCheck): not now, not never. */
    @ServerExceptionMapper
    public RestResponse<Object> staffAccountsLoading(StaffAccountsLoading e) {
        return unavailable(e.getMessage(), STAFF_ACCOUNTS_RETRY_AFTER_SECONDS);
    }

    /** Listed one by one: Quarkus' own mappers for the more specific types would win over a JacksonException one. */
    @ServerExceptionMapper({ JacksonException.class, JsonProcessingException.class, JsonParseException.class,
            MismatchedInputException.class })
    public RestResponse<Object> unreadable(Exception e, UriInfo uri) {
        return isWsrs(uri.getPath()) ? envelope(WsrsMessages.MALFORMED_REQUEST) : message(400, UNREADABLE);
    }

    /** What JAX-RS itself refuses: no such path or method, a body it cannot read, a media type it cannot serve. */
    @ServerExceptionMapper
    public RestResponse<Object> web(WebApplicationException e, UriInfo uri) {
        int status = e.getResponse() == null ? 500 : e.getResponse().getStatus();
        if (status >= 500) {
            return unexpected(e, uri);
        }
        return isWsrs(uri.getPath()) ? envelope(WsrsMessages.MALFORMED_REQUEST) : message(status, reason(status));
    }

    @ServerExceptionMapper
    public RestResponse<Object> unexpected(Throwable e, UriInfo uri) {
        if (DatabaseOutage.is(e)) {
            LOG.warnf("request to %s not served: the database is unavailable", BadBytes.loggable(uri.getPath()));
            return isWsrs(uri.getPath()) ? envelope(WsrsMessages.SYSTEM_BUSY)
                    : unavailable(DatabaseOutage.MESSAGE, DatabaseOutage.RETRY_AFTER_SECONDS);
        }
        LOG.errorf("request to %s failed: %s", BadBytes.loggable(uri.getPath()), types(e));
        return isWsrs(uri.getPath()) ? envelope(WsrsMessages.SYSTEM_BUSY) : message(500, SERVER_ERROR);
    }

    static boolean isWsrs(String path) {
        return path != null && (path.equals("/wsrs") || path.startsWith("/wsrs/") || path.equals("wsrs")
                || path.startsWith("wsrs/"));
    }

    static RestResponse<Object> envelope(String message) {
        return envelope(BpjsEnvelope.FAILED, message);
    }

    private static RestResponse<Object> envelope(int code, String message) {
        return RestResponse.ResponseBuilder.ok((Object) BpjsEnvelope.of(code, message), MediaType.APPLICATION_JSON_TYPE)
                .build();
    }

    private static RestResponse<Object> message(int status, String message) {
        return RestResponse.ResponseBuilder.<Object>create(status).entity(new ErrorMessage(message))
                .type(MediaType.APPLICATION_JSON_TYPE).build();
    }

    private static RestResponse<Object> unavailable(String message, Object retryAfterSeconds) {
        return RestResponse.ResponseBuilder.<Object>create(503).entity(new ErrorMessage(message))
                .type(MediaType.APPLICATION_JSON_TYPE).header("Retry-After", retryAfterSeconds).build();
    }

    private static String reason(int status) {
        return switch (status) {
            case 400 -> UNREADABLE;
            case 401 -> UNAUTHENTICATED;
            case 403 -> FORBIDDEN;
            case 404 -> "Alamat tidak ditemukan";
            case 405 -> "Metode tidak diizinkan";
            case 406, 415 -> "Format permintaan tidak didukung (gunakan application/json)";
            case 413 -> "Permintaan terlalu besar";
            default -> "Permintaan ditolak";
        };
    }

    /** The failure's class and its root cause's class (with the SQLSTATE of a database error): never a message. */
    private static String types(Throwable e) {
        Throwable root = Failures.root(e);
        String state = root instanceof PgException pg ? " (sqlstate " + pg.getSqlState() + ")" : "";
        return root == e ? e.getClass().getName() + state
                : e.getClass().getName() + " caused by " + root.getClass().getName() + state;
    }
}
