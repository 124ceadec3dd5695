package id.antreanonline.farmasi.rest;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.sun.net.httpserver.HttpServer;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * Stands in for antrean-service's {@code POST /api/auth/password}: remembers what reached it and answers a new token
 * for the current password "sandi-lama-1", 400 with antrean's message for any other.
 */
public class FakeAntreanAuth implements QuarkusTestResourceLifecycleManager {

    static final Map<String, String> RECEIVED = new ConcurrentHashMap<>();
    private HttpServer server;

    @Override
    public Map<String, String> start() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        server.createContext("/api/auth/password", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            RECEIVED.put("authorization", String.valueOf(exchange.getRequestHeaders().getFirst("Authorization")));
            RECEIVED.put("forwardedFor", String.valueOf(exchange.getRequestHeaders().getFirst("X-Forwarded-For")));
            RECEIVED.put("body", body);
            boolean right = body.contains("\"currentPassword\":\"sandi-lama-1\"");
            byte[] answer = (right ? "{\"token\":\"token-baru\"}" : "{\"message\":\"Password saat ini salah\"}")
                    .getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(right ? 200 : 400, answer.length);
            exchange.getResponseBody().write(answer);
            exchange.close();
        });
        server.start();
        return Map.of("ANTREAN_URL", "http://127.0.0.1:" + server.getAddress().getPort());
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop(0);
        }
    }
}
