package id.antreanonline.edge;

import io.quarkus.vertx.http.runtime.RouteConstants;
import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * The headers every answer of every service carries, decided when its headers are written (so static files, JAX-RS,
 * errors and this edge's own refusals alike): {@code nosniff} always; for an HTML page a Content-Security-Policy that
 * allows only this origin's own files (no inline script or style, no framing) and {@code Cache-Control: no-cache};
 * the pages' scripts and styles are revalidated too, so a page never runs with the scripts of an older release.
 */
@ApplicationScoped
public class SecurityHeaders {

    static final String PAGE_POLICY = "default-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; "
            + "frame-ancestors 'none'";
    /**
     * The printable ticket (farmasi-task-service's /tiket/) is printed by the kiosk page from a hidden frame of the
     * same origin; no other page may be framed at all.
     */
    static final String FRAMED_PAGE_POLICY = PAGE_POLICY.replace("frame-ancestors 'none'", "frame-ancestors 'self'");
    /** Quarkus' own tool pages (Swagger UI, Dev UI) are built of inline scripts and styles that we do not write. */
    static final String TOOL_POLICY = "default-src 'self'; script-src 'self' 'unsafe-inline'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data:; object-src 'none'; base-uri 'none'; "
            + "form-action 'self'; frame-ancestors 'none'";

    void install(@Observes Router router) {
        // before BadBytes, the first of our routes that may answer a request itself
        router.route().order(RouteConstants.ROUTE_ORDER_UPLOAD_LIMIT - 20).handler(this::onHeaders);
    }

    private void onHeaders(RoutingContext ctx) {
        ctx.addHeadersEndHandler(v -> add(ctx.request().path(), ctx.response().getStatusCode(),
                ctx.response().headers()));
        ctx.next();
    }

    static void add(String path, int status, MultiMap headers) {
        headers.set("X-Content-Type-Options", "nosniff");
        String type = headers.get(HttpHeaders.CONTENT_TYPE);
        boolean page = type != null ? type.startsWith("text/html") : status == 304 && isPagePath(path);
        if (page) {
            headers.set("Content-Security-Policy", isToolPage(path) ? TOOL_POLICY
                    : isFramedPage(path) ? FRAMED_PAGE_POLICY : PAGE_POLICY);
        }
        // a 304 carries no type but refreshes the cached copy's headers: it must not make that copy immutable
        if (page || status == 304 || type != null && (type.startsWith("text/javascript")
                || type.startsWith("application/javascript") || type.startsWith("text/css"))) {
            headers.set(HttpHeaders.CACHE_CONTROL, "no-cache");
        }
    }

    private static boolean isPagePath(String path) {
        return path == null || path.endsWith("/") || path.endsWith(".html");
    }

    private static boolean isFramedPage(String path) {
        return path != null && path.startsWith("/tiket/");
    }

    private static boolean isToolPage(String path) {
        return path != null && (path.startsWith("/q/swagger-ui") || path.startsWith("/q/dev-ui"));
    }
}
