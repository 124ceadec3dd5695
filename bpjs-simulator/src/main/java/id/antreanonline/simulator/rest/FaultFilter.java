package id.antreanonline.simulator.rest;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import id.antreanonline.simulator.Fault;
import id.antreanonline.simulator.service.FaultService;
import id.antreanonline.simulator.service.ReceivedLog;
import id.antreanonline.simulator.service.RequestGuard;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;

/**
 * Applies the injected fault to BPJS's paths (/antreanrs, /vclaim-rest), before any endpoint runs; /admin and /q
 * are never affected. A faulted call is recorded with code "FAULT" (LATENCY calls are recorded by the endpoint).
 */
@ApplicationScoped
public class FaultFilter {

    static final String HTML_PAGE = "<html><head><title>Request Rejected</title></head><body>"
            + "The requested URL was rejected. Please consult with your administrator.<br><br>"
            + "Your support ID is: 4519683712089321734</body></html>";

    private final FaultService faults;
    private final ReceivedLog received;
    private final RequestGuard guard;

    public FaultFilter(FaultService faults, ReceivedLog received, RequestGuard guard) {
        this.faults = faults;
        this.received = received;
        this.guard = guard;
    }

    void install(@Observes Filters filters) {
        filters.register(this::apply, 1000);
    }

    void apply(RoutingContext ctx) {
        String path = ctx.normalizedPath();
        Optional<Fault> fault = bpjsApi(path).flatMap(api -> faults.take(path));
        if (fault.isEmpty()) {
            ctx.next();
            return;
        }
        Fault f = fault.get();
        if (f.mode() == Fault.Mode.LATENCY) {
            ctx.vertx().setTimer(Math.max(1, f.latencyMs()), id -> ctx.next());
            return;
        }
        RequestGuard.Api api = bpjsApi(path).orElseThrow();
        boolean signatureValid = guard.check(api, ctx.request()::getHeader).signatureValid();
        received.add(ctx.request().method().name(), path, null, signatureValid, "FAULT",
                f.mode() == Fault.Mode.CODE ? "CODE " + f.code() : f.mode().name(),
                ctx.request().getHeader("traceparent"));
        switch (f.mode()) {
            case DOWN -> ctx.request().connection().close();
            case HTTP_500 -> ctx.response().setStatusCode(status(f, 500)).putHeader("Content-Type", "text/plain")
                    .end("Internal Server Error");
            case HTML -> ctx.response().setStatusCode(status(f, 200)).putHeader("Content-Type", "text/html")
                    .end(HTML_PAGE);
            case EMPTY -> ctx.response().setStatusCode(status(f, 200)).end();
            case CODE -> ctx.response().setStatusCode(200).putHeader("Content-Type", "application/json")
                    .end(envelope(api, f.code(), f.message()));
            default -> ctx.next();
        }
    }

    /** BPJS's envelope without a response: Antrean's {@code metadata} with a number, VClaim's {@code metaData}. */
    static String envelope(RequestGuard.Api api, int code, String message) {
        JsonObject metadata = new JsonObject().put("code", api == RequestGuard.Api.VCLAIM ? String.valueOf(code) : code)
                .put("message", message);
        return (api == RequestGuard.Api.VCLAIM ? new JsonObject().put("metaData", metadata).putNull("response")
                : new JsonObject().put("metadata", metadata)).encode();
    }

    private static int status(Fault f, int otherwise) {
        return f.status() == null ? otherwise : f.status();
    }

    static Optional<RequestGuard.Api> bpjsApi(String path) {
        if (path == null) {
            return Optional.empty();
        }
        if (path.equals("/antreanrs") || path.startsWith("/antreanrs/")) {
            return Optional.of(RequestGuard.Api.ANTREAN);
        }
        if (path.equals("/vclaim-rest") || path.startsWith("/vclaim-rest/")) {
            return Optional.of(RequestGuard.Api.VCLAIM);
        }
        return Optional.empty();
    }
}
