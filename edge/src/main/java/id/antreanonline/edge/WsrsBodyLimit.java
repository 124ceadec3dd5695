package id.antreanonline.edge;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import id.antreanonline.shared.BpjsEnvelope;
import id.antreanonline.shared.wsrs.WsrsMessages;
import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.vertx.http.runtime.RouteConstants;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.json.Json;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * A WS RS body over {@code antrean.wsrs.max-body-size} (default 64K) is answered "Format Request Tidak Sesuai" with
 * HTTP 200 here, before Quarkus' own limit ({@code quarkus.http.limits.max-body-size}, which stays for every other
 * path) could answer a bare 413 that BPJS cannot read. A body declared too large is read and dropped (up to a bound,
 * so a client that writes before it reads still gets the answer); a chunked body is read here up to the limit and
 * handed on, or dropped and answered the same way once it grows beyond it.
 */
@ApplicationScoped
public class WsrsBodyLimit {

    private static final long DRAIN_MAX = 64L * 1024 * 1024;
    private static final String TOO_LARGE = Json.encode(BpjsEnvelope.failed(WsrsMessages.MALFORMED_REQUEST));

    private final long limit;

    WsrsBodyLimit(@ConfigProperty(name = "antrean.wsrs.max-body-size", defaultValue = "64K") MemorySize limit) {
        this.limit = limit.asLongValue();
    }

    void install(@Observes Router router) {
        router.route("/wsrs/*").order(RouteConstants.ROUTE_ORDER_UPLOAD_LIMIT - 1).handler(this::check);
    }

    private void check(RoutingContext ctx) {
        HttpServerRequest request = ctx.request();
        String length = request.getHeader(HttpHeaders.CONTENT_LENGTH);
        if (length == null) {
            if (request.isEnded()) {
                ctx.next();
            } else {
                read(ctx, Buffer.buffer());
            }
            return;
        }
        long declared;
        try {
            declared = Long.parseLong(length.trim());
        } catch (NumberFormatException e) {
            declared = limit + 1;
        }
        if (declared <= limit) {
            ctx.next();
        } else {
            read(ctx, null);
        }
    }

    /** Reads the body; keeps it in {@code kept} while it stays within the limit (null: drop everything). */
    private void read(RoutingContext ctx, Buffer kept) {
        HttpServerRequest request = ctx.request();
        long[] received = {0};
        boolean[] answered = {false};
        boolean[] tooLarge = {kept == null};
        request.handler(chunk -> {
            received[0] += chunk.length();
            if (!tooLarge[0]) {
                if (received[0] > limit) {
                    tooLarge[0] = true;
                } else {
                    kept.appendBuffer(chunk);
                }
            }
            if (received[0] > DRAIN_MAX && !answered[0]) {
                answered[0] = true;
                answer(ctx, true);
            }
        });
        request.endHandler(v -> {
            if (answered[0]) {
                return;
            }
            answered[0] = true;
            if (tooLarge[0]) {
                answer(ctx, false);
            } else {
                ctx.setBody(kept);
                ctx.next();
            }
        });
        request.exceptionHandler(e -> request.connection().close());
        request.resume();
    }

    private static void answer(RoutingContext ctx, boolean close) {
        var response = ctx.response().setStatusCode(200).putHeader(HttpHeaders.CONTENT_TYPE, "application/json");
        if (close) {
            // past the drain bound: stop reading, tell the client, and close once the answer is out
            response.putHeader(HttpHeaders.CONNECTION, "close");
            response.endHandler(v -> ctx.request().connection().close());
        }
        response.end(TOO_LARGE);
    }
}
