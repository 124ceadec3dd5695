package id.antreanonline.antrean.rest;

import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.RestResponse;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

import id.antreanonline.antrean.service.BookingRefused;
import id.antreanonline.antrean.service.Messages;
import id.antreanonline.antrean.service.StaffRefused;
import id.antreanonline.outbox.DatabaseOutage;
import id.antreanonline.shared.BpjsEnvelope;
import id.antreanonline.shared.wsrs.WsrsMessages;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;

/**
 * Under /wsrs every outcome is an HTTP 200 envelope; under /api a refusal is a 4xx with {"message": ...}. Never a
 * stack trace or an exception's class name.
 */
public class ErrorMappers {

    private static final Logger LOG = Logger.getLogger(ErrorMappers.class);

    @ServerExceptionMapper
    public RestResponse<Object> staffRefused(StaffRefused e, UriInfo uri) {
        return wsrs(uri) ? envelope(e.getMessage()) : message(e.status(), e.getMessage());
    }

    @ServerExceptionMapper
    public RestResponse<Object> bookingRefused(BookingRefused e, UriInfo uri) {
        return wsrs(uri) ? RestResponse.ResponseBuilder.ok((Object) BpjsEnvelope.of(e.code(), e.getMessage()),
                MediaType.APPLICATION_JSON_TYPE).build() : message(422, e.getMessage());
    }

    @ServerExceptionMapper({ UnauthorizedException.class, AuthenticationFailedException.class })
    public RestResponse<Object> unauthenticated(Exception e, UriInfo uri) {
        return wsrs(uri) ? envelope(WsrsMessages.TOKEN_EXPIRED)
                : message(401, "Silakan login terlebih dahulu (token tidak ada, tidak sah atau kedaluwarsa)");
    }

    @ServerExceptionMapper
    public RestResponse<Object> forbidden(ForbiddenException e, UriInfo uri) {
        return wsrs(uri) ? envelope(WsrsMessages.TOKEN_EXPIRED)
                : message(403, "Peran Anda tidak diizinkan melakukan ini");
    }

    @ServerExceptionMapper({ JsonProcessingException.class, JsonParseException.class,
            MismatchedInputException.class })
    public RestResponse<Object> unreadable(Exception e, UriInfo uri) {
        return wsrs(uri) ? envelope(WsrsMessages.MALFORMED_REQUEST) : message(400, "Format request tidak sesuai");
    }

    @ServerExceptionMapper
    public RestResponse<Object> web(WebApplicationException e, UriInfo uri) {
        if (wsrs(uri)) {
            return envelope(WsrsMessages.MALFORMED_REQUEST);
        }
        int status = e.getResponse() == null ? 500 : e.getResponse().getStatus();
        String reason = e.getResponse() == null || e.getResponse().getStatusInfo() == null ? "Request tidak sesuai"
                : e.getResponse().getStatusInfo().getReasonPhrase();
        return message(status, reason);
    }

    @ServerExceptionMapper
    public RestResponse<Object> unexpected(Throwable e, UriInfo uri) {
        if (DatabaseOutage.is(e)) {
            LOG.warnf("request to %s not served: the database is unavailable", uri.getPath());
            return wsrs(uri) ? envelope(Messages.SYSTEM_BUSY)
                    : RestResponse.ResponseBuilder.<Object>create(503).entity(new ErrorMessage(DatabaseOutage.MESSAGE))
                            .type(MediaType.APPLICATION_JSON_TYPE)
                            .header("Retry-After", DatabaseOutage.RETRY_AFTER_SECONDS).build();
        }
        LOG.errorf("request to %s failed: %s", uri.getPath(), e.getClass().getSimpleName());
        LOG.debug("request failure", e);
        return wsrs(uri) ? envelope(Messages.SYSTEM_BUSY) : message(500, "Terjadi kesalahan pada server");
    }

    private static boolean wsrs(UriInfo uri) {
        String path = uri.getPath();
        return path.startsWith("/wsrs") || path.startsWith("wsrs");
    }

    private static RestResponse<Object> envelope(String message) {
        return RestResponse.ResponseBuilder.ok((Object) BpjsEnvelope.failed(message), MediaType.APPLICATION_JSON_TYPE)
                .build();
    }

    private static RestResponse<Object> message(int status, String message) {
        return RestResponse.ResponseBuilder.<Object>create(status)
                .entity(new ErrorMessage(message)).type(MediaType.APPLICATION_JSON_TYPE).build();
    }
}
