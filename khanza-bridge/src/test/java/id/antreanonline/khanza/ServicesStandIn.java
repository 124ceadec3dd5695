package id.antreanonline.khanza;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * Stands in for antrean-, pasien- and farmasi-task-service at one address, for the bridge's own tests: it answers
 * as they answer a SIMRS client and records every call. (The bridge against the real services is the e2e module's.)
 * {@link #failNext} makes the next calls answer 503, as a service that is restarting.
 */
public class ServicesStandIn implements QuarkusTestResourceLifecycleManager {

    /** One call: "METHOD path" and its body. */
    public record Call(String request, String body, String authorization) {
    }

    static final List<Call> CALLS = new CopyOnWriteArrayList<>();
    static final AtomicInteger FAIL_NEXT = new AtomicInteger();
    private static HttpServer server;

    @Override
    public Map<String, String> start() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", ServicesStandIn::answer);
        server.start();
        String url = "http://127.0.0.1:" + server.getAddress().getPort();
        return Map.of("khanza.services.antrean", url, "khanza.services.pasien", url, "khanza.services.farmasi", url,
                "khanza.simrs.client-secret", "stand-in-secret");
    }

    @Override
    public void stop() {
        server.stop(0);
    }

    static void failNext(int calls) {
        FAIL_NEXT.set(calls);
    }

    /** The calls whose "METHOD path" starts with this. */
    static List<Call> calls(String requestPrefix) {
        return CALLS.stream().filter(c -> c.request().startsWith(requestPrefix)).toList();
    }

    private static void answer(HttpExchange exchange) throws IOException {
        String method = exchange.getRequestMethod();
        String path = exchange.getRequestURI().getRawPath();
        String query = exchange.getRequestURI().getRawQuery();
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        if (path.equals("/api/auth/token")) {
            boolean ours = body.contains("client_id=khanza-bridge") && body.contains("client_secret=stand-in-secret");
            reply(exchange, ours ? 200 : 401, ours ? "{\"access_token\":\"stand-in-token\",\"token_type\":\"Bearer\","
                    + "\"expires_in\":300}" : "{\"error\":\"invalid_client\"}");
            return;
        }
        CALLS.add(new Call(method + " " + path + (query == null ? "" : "?" + query), body,
                exchange.getRequestHeaders().getFirst("Authorization")));
        if (FAIL_NEXT.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
            reply(exchange, 503, "{\"message\":\"restarting\"}");
            return;
        }
        if (path.startsWith("/api/pasien/sinkron/")) {
            reply(exchange, 200, "{\"outcome\":\"updated\"}");
        } else if (path.equals("/api/jadwal")) {
            reply(exchange, 200, """
                    [{"kodepoli":"ANA","kodedokter":"33690","jampraktek":"08:00-12:00"},
                     {"kodepoli":"ANA","kodedokter":"33690","jampraktek":"13:00-16:00"},
                     {"kodepoli":"ANA","kodedokter":"33691","jampraktek":"08:00-10:00"}]""");
        } else if (path.equals("/api/antrean") && method.equals("POST")) {
            String eventid = body.replaceAll(".*\"eventid\":\"([^\"]+)\".*", "$1");
            reply(exchange, 200, "{\"kodebooking\":\"KB" + Integer.toHexString(eventid.hashCode()) + "\"}");
        } else if (path.startsWith("/api/tasks")) {
            reply(exchange, 200, "{\"duplicate\":false}");
        } else if (path.startsWith("/api/simrs-codes/")) {
            reply(exchange, method.equals("DELETE") ? 204 : 201, method.equals("DELETE") ? "" : "{}");
        } else {
            reply(exchange, 200, "{}");
        }
    }

    private static void reply(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        if (bytes.length > 0) {
            exchange.getResponseBody().write(bytes);
        }
        exchange.close();
    }
}
