package id.antreanonline.farmasi.rest;

import java.net.URI;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.quarkus.vertx.http.runtime.RouteConstants;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpClientRequest;
import io.vertx.core.http.HttpClientResponse;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * The administration pages are served here beside the stations, and their Content-Security-Policy lets them call
 * only this origin: their calls to the services that own the data (pasien-service's patient import, antrean-service's
 * SIMRS clients, staff accounts, code mapping, schedules and onsite registration, the gateway's member and referral
 * look-ups, the operator console's deliveries, reconciliation and dead letters, and the kiosk's endpoints of both)
 * are passed through as they are, body and answer streamed (a patient master is far
 * larger than this service's body limit, and is never held here). The owning service checks the bearer token and
 * its role; nothing is decided, stored or logged here. Behind the hospital's ingress the same paths go straight to
 * those services; this is how one origin serves them on a machine without one.
 */
@ApplicationScoped
public class ConsoleForwarding {

    private static final Logger LOG = Logger.getLogger(ConsoleForwarding.class);
    /** Request and answer headers that carry meaning across; hop-by-hop and address headers stay behind. */
    private static final Set<CharSequence> REQUEST_HEADERS = Set.of(HttpHeaders.AUTHORIZATION, HttpHeaders.CONTENT_TYPE,
            HttpHeaders.CONTENT_LENGTH, HttpHeaders.ACCEPT);
    private static final Set<CharSequence> ANSWER_HEADERS = Set.of(HttpHeaders.CONTENT_TYPE, HttpHeaders.LOCATION,
            "Retry-After");

    /** The paths a service owns (a regular expression over the whole path) and where it answers. */
    record Owner(String paths, URI base) {

        static Owner prefix(String prefix, URI base) {
            return new Owner("^" + Pattern.quote(prefix) + "(/.*)?$", base);
        }
    }

    private final List<Owner> owners;
    private HttpClient client;

    ConsoleForwarding(@ConfigProperty(name = "ANTREAN_URL", defaultValue = "http://localhost:8081") URI antrean,
            @ConfigProperty(name = "PASIEN_URL", defaultValue = "http://localhost:8082") URI pasien,
            @ConfigProperty(name = "GATEWAY_URL", defaultValue = "http://localhost:8084") URI gateway) {
        this.owners = List.of(Owner.prefix("/api/pasien/impor", pasien), Owner.prefix("/api/simrs-clients", antrean),
                Owner.prefix("/api/simrs-codes", antrean), Owner.prefix("/api/jadwal", antrean),
                // the operator console (admin only at the owners): staff accounts, deliveries to BPJS, dead letters
                Owner.prefix("/api/staff", antrean), Owner.prefix("/bpjs/deliveries", gateway),
                Owner.prefix("/bpjs/reconcile", gateway), Owner.prefix("/api/dead-letters", gateway),
                // the counter's onsite registration and cancellation; /api/antrean/{station} are this service's queues
                new Owner("^/api/antrean(/[^/]+/batal)?$", antrean),
                // the member and referral look-ups at the counter (eligibility before an onsite JKN booking)
                Owner.prefix("/bpjs/vclaim/peserta", gateway), Owner.prefix("/bpjs/vclaim/rujukan", gateway),
                // the lobby kiosk's own endpoints (role kiosk only), in antrean-service and the gateway
                Owner.prefix("/api/anjungan", antrean), Owner.prefix("/bpjs/anjungan", gateway));
    }

    void install(@Observes Router router, Vertx vertx) {
        // an upload may take minutes; a service that stops answering mid-way is let go of after a minute of silence
        client = vertx.createHttpClient(new HttpClientOptions().setConnectTimeout(2000).setIdleTimeout(60)
                .setKeepAlive(true));
        for (Owner owner : owners) {
            // before Quarkus' body limit (an import is larger) and before any handler that would read the body
            router.routeWithRegex(owner.paths())
                    .order(RouteConstants.ROUTE_ORDER_UPLOAD_LIMIT - 2).handler(ctx -> forward(ctx, owner.base()));
        }
    }

    private void forward(RoutingContext ctx, URI base) {
        HttpServerRequest in = ctx.request();
        in.pause();
        RequestOptions options = new RequestOptions().setMethod(in.method()).setHost(base.getHost())
                .setPort(base.getPort()).setSsl("https".equals(base.getScheme())).setURI(in.uri());
        for (CharSequence name : REQUEST_HEADERS) {
            String value = in.getHeader(name);
            if (value != null) {
                options.putHeader(name, value);
            }
        }
        boolean body = in.method() == HttpMethod.POST || in.method() == HttpMethod.PUT || in.method() == HttpMethod.PATCH;
        client.request(options).onSuccess(out -> {
            if (body && in.getHeader(HttpHeaders.CONTENT_LENGTH) == null) {
                out.setChunked(true);
            }
            out.response().onSuccess(answer -> answer(ctx, answer)).onFailure(e -> unavailable(ctx, e));
            // a browser that goes away mid-upload must not leave a shorter file looking complete at the other end
            in.pipe().endOnFailure(false).to(out).onFailure(e -> out.reset());
        }).onFailure(e -> {
            in.resume();
            unavailable(ctx, e);
        });
    }

    private static void answer(RoutingContext ctx, HttpClientResponse answer) {
        HttpServerResponse response = ctx.response();
        if (response.closed()) {
            answer.request().reset();
            return;
        }
        response.setStatusCode(answer.statusCode());
        for (CharSequence name : ANSWER_HEADERS) {
            String value = answer.getHeader(name);
            if (value != null) {
                response.putHeader(name, value);
            }
        }
        String length = answer.getHeader(HttpHeaders.CONTENT_LENGTH);
        if (length != null) {
            response.putHeader(HttpHeaders.CONTENT_LENGTH, length);
        } else {
            response.setChunked(true);
        }
        answer.pipeTo(response);
    }

    private static void unavailable(RoutingContext ctx, Throwable e) {
        LOG.warnf("forwarding %s %s failed: %s", ctx.request().method(), ctx.request().path(), e.getMessage());
        HttpServerResponse response = ctx.response();
        if (response.headWritten() || response.closed()) {
            response.reset();
            return;
        }
        response.setStatusCode(503).putHeader("Retry-After", "5")
                .putHeader(HttpHeaders.CONTENT_TYPE, "application/json")
                .end(new JsonObject().put("message", "Layanan tujuan sedang tidak dapat dihubungi, coba lagi sebentar lagi")
                        .encode());
    }
}
