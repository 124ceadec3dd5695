package id.antreanonline.pasien.rest;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import id.antreanonline.shared.BpjsEnvelope;
import id.antreanonline.shared.wsrs.WsrsMessages;
import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.vertx.http.runtime.RouteConstants;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.json.Json;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Quarkus answers a body over {@code quarkus.http.limits.max-body-size} with a bare 413 before any JAX-RS code runs;
 * BPJS must get an envelope with HTTP 200 instead. This route runs just before that check, for /wsrs only: it reads
 * and discards the oversized body (up to a bound, so a client that writes before it reads still gets the answer),
 * then answers "Format Request Tidak Sesuai".
 */
@ApplicationScoped
public class WsrsBodyLimit {

    private static final long DRAIN_MAX = 64L * 1024 * 1024;

    private final long limit;

    WsrsBodyLimit(@ConfigProperty(name = "quarkus.http.limits.max-body-size", defaultValue = "10M") MemorySize limit) {
        this.limit = limit.asLongValue();
    }

    void install(@Observes Router router) {
        router.route("/wsrs/*").order(RouteConstants.ROUTE_ORDER_UPLOAD_LIMIT - 1).handler(this::check);
    }

    private void check(RoutingContext ctx) {
        String length = ctx.request().getHeader(HttpHeaders.CONTENT_LENGTH);
        long declared;
        try {
            declared = length == null ? -1 : Long.parseLong(length.trim());
        } catch (NumberFormatException e) {
            declared = limit + 1;
        }
        if (declared <= limit) {
            ctx.next();
            return;
        }
        HttpServerRequest request = ctx.request();
        long[] drained = {0};
        boolean[] answered = {false};
        request.handler(chunk -> {
            drained[0] += chunk.length();
            if (drained[0] > DRAIN_MAX && !answered[0]) {
                answered[0] = true;
                answer(ctx, true);
            }
        });
        request.endHandler(v -> {
            if (!answered[0]) {
                answered[0] = true;
                answer(ctx, false);
            }
        });
        request.exceptionHandler(e -> ctx.request().connection().close());
        request.resume();
    }

    private static void answer(RoutingContext ctx, boolean close) {
        var response = ctx.response().setStatusCode(200)
                .putHeader(HttpHeaders.CONTENT_TYPE, "application/json");
        if (close) {
            response.putHeader(HttpHeaders.CONNECTION, "close");
            response.endHandler(v -> ctx.request().connection().close());
        }
        response.end(Json.encode(BpjsEnvelope.failed(WsrsMessages.MALFORMED_REQUEST)));
    }
}
