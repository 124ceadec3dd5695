package id.antreanonline.edge;

import org.jboss.logging.MDC;

import id.antreanonline.outbox.BookingLog;
import id.antreanonline.outbox.Tracing;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.context.propagation.TextMapGetter;
import io.quarkus.vertx.http.runtime.RouteConstants;
import io.smallrye.common.vertx.VertxContext;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * A server span for every request but Quarkus' own (health, metrics): a child of the caller's W3C
 * {@code traceparent}, a new trace when it sent none. It stays current for the whole request (the request's
 * duplicated context), so the outbox rows it writes and the calls it makes continue it; its trace id is the
 * {@code traceId} of the request's log lines.
 */
@ApplicationScoped
public class HttpTracing {

    private static final AttributeKey<Long> STATUS = AttributeKey.longKey("http.response.status_code");
    private static final AttributeKey<String> METHOD = AttributeKey.stringKey("http.request.method");
    private static final TextMapGetter<HttpServerRequest> HEADERS = new TextMapGetter<>() {
        @Override
        public Iterable<String> keys(HttpServerRequest request) {
            return request.headers().names();
        }

        @Override
        public String get(HttpServerRequest request, String name) {
            return request == null ? null : request.getHeader(name);
        }
    };

    private final Tracing tracing;

    HttpTracing(Tracing tracing) {
        this.tracing = tracing;
    }

    void install(@Observes Router router) {
        // first of our routes: the refusals of the others are answers of a traced request too
        router.route().order(RouteConstants.ROUTE_ORDER_UPLOAD_LIMIT - 30).handler(this::trace);
    }

    private void trace(RoutingContext ctx) {
        HttpServerRequest request = ctx.request();
        String path = request.path();
        // a span made current outside a request's duplicated context would stay on the event loop's thread
        if (path == null || path.startsWith("/q/") || !VertxContext.isOnDuplicatedContext()) {
            ctx.next();
            return;
        }
        Span span = tracing.start(request.method().name() + " " + routeOf(path), SpanKind.SERVER,
                Tracing.extract(request, HEADERS));
        span.setAttribute(METHOD, request.method().name());
        // never closed: the request's duplicated context, where it is kept, ends with the request
        span.makeCurrent();
        MDC.put(BookingLog.TRACE_ID, span.getSpanContext().getTraceId());
        ctx.addEndHandler(ended -> {
            int status = ctx.response().getStatusCode();
            span.setAttribute(STATUS, status);
            if (status >= 500 || ended.failed()) {
                span.setStatus(StatusCode.ERROR);
            }
            span.end();
        });
        ctx.next();
    }

    /**
     * The path as a span may name it: segments of letters (and dashes) kept, any other (a kodebooking, a card number,
     * a date, a file name) as {@code {}}, so no personal data reaches the traces: {@code /wsrs/ambilantrean},
     * {@code /api/bookings/{}}.
     */
    static String routeOf(String path) {
        StringBuilder route = new StringBuilder(path.length());
        int start = 1;
        while (start <= path.length()) {
            int end = path.indexOf('/', start);
            if (end < 0) {
                end = path.length();
            }
            if (end > start) {
                route.append('/');
                if (isWord(path, start, end)) {
                    route.append(path, start, end);
                } else {
                    route.append("{}");
                }
            }
            start = end + 1;
        }
        return route.length() == 0 ? "/" : route.toString();
    }

    private static boolean isWord(String path, int start, int end) {
        for (int i = start; i < end; i++) {
            char c = path.charAt(i);
            if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '-')) {
                return false;
            }
        }
        return true;
    }
}
