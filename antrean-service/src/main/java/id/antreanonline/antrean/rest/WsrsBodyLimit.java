package id.antreanonline.antrean.rest;

import id.antreanonline.antrean.config.AntreanConfig;
import id.antreanonline.shared.wsrs.WsrsMessages;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * A WS RS body larger than antrean.wsrs.max-body-bytes is not read into memory: it is drained and answered with the
 * envelope (HTTP 200), as BPJS expects for every request.
 */
@ApplicationScoped
public class WsrsBodyLimit {

    private static final String ENVELOPE = new JsonObject()
            .put("metadata", new JsonObject().put("message", WsrsMessages.MALFORMED_REQUEST).put("code", 201))
            .encode();

    void register(@Observes Filters filters, AntreanConfig config) {
        long max = config.wsrs().maxBodyBytes();
        filters.register(rc -> {
            if (rc.normalizedPath().startsWith("/wsrs/") && declaredLength(rc) > max) {
                refuse(rc);
            } else {
                rc.next();
            }
        }, 100);
    }

    private static long declaredLength(RoutingContext rc) {
        String length = rc.request().getHeader("Content-Length");
        try {
            return length == null ? -1 : Long.parseLong(length.trim());
        } catch (NumberFormatException e) {
            return Long.MAX_VALUE;
        }
    }

    private static void refuse(RoutingContext rc) {
        HttpServerRequest request = rc.request();
        Runnable answer = () -> {
            if (!rc.response().ended()) {
                rc.response().setStatusCode(200).putHeader("Content-Type", "application/json").end(ENVELOPE);
            }
        };
        if (request.isEnded()) {
            answer.run();
            return;
        }
        request.handler(ignored -> {
        });
        request.endHandler(ignored -> answer.run());
        request.exceptionHandler(ignored -> answer.run());
        request.resume();
    }
}
