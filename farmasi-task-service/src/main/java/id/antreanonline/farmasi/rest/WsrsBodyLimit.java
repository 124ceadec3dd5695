package id.antreanonline.farmasi.rest;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import id.antreanonline.shared.wsrs.WsrsMessages;
import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpHeaders;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * A WS RS body larger than the HTTP limit would get the server's bare 413 before any resource or exception mapper
 * sees it; BPJS must get its envelope with HTTP 200 even then, so such a request is answered here, by its
 * Content-Length, without keeping the body. (A chunked body without Content-Length still meets the bare limit.)
 */
@ApplicationScoped
public class WsrsBodyLimit {

    private static final String TOO_LARGE = "{\"metadata\":{\"message\":\"" + WsrsMessages.MALFORMED_REQUEST
            + "\",\"code\":201}}";

    private final long limit;

    WsrsBodyLimit(@ConfigProperty(name = "quarkus.http.limits.max-body-size", defaultValue = "10M") MemorySize limit) {
        this.limit = limit.asLongValue();
    }

    void register(@Observes Filters filters) {
        filters.register(rc -> {
            String length = rc.request().getHeader(HttpHeaders.CONTENT_LENGTH);
            if (rc.request().path().startsWith("/wsrs") && length != null && tooLarge(length)) {
                // read and drop the body, then answer: a client still sending would otherwise see a reset
                rc.request().handler(chunk -> {
                });
                rc.request().endHandler(end -> rc.response().setStatusCode(200)
                        .putHeader(HttpHeaders.CONTENT_TYPE, "application/json").end(TOO_LARGE));
                rc.request().resume();
                return;
            }
            rc.next();
        }, 100);
    }

    private boolean tooLarge(String length) {
        try {
            return Long.parseLong(length.trim()) > limit;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
