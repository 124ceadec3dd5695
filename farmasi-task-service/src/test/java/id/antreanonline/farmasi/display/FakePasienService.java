package id.antreanonline.farmasi.display;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import com.sun.net.httpserver.HttpServer;

import id.antreanonline.edge.identity.Callers;
import id.antreanonline.testsupport.Credentials;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * Stands in for pasien-service's {@code GET /internal/pasien/inisial?norm=} (briefing: a test may stand in for our
 * other services with a small in-test HTTP server): norm 777001 is "Siti Nurhaliza binti Ahmad", whose initials
 * pasien-service gives as "S.N.B."; any other is unknown.
 */
public class FakePasienService implements QuarkusTestResourceLifecycleManager {

    private HttpServer server;

    @Override
    public Map<String, String> start() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        server.createContext("/internal/pasien/inisial", exchange -> {
            if (!Credentials.isServiceCredential(exchange.getRequestHeaders().getFirst("Authorization"),
                    Callers.FARMASI_TASK_SERVICE, Callers.PASIEN_SERVICE)) {
                // as pasien-service does: nothing without farmasi-task-service's credential meant for it
                exchange.sendResponseHeaders(401, -1);
                exchange.close();
                return;
            }
            String query = exchange.getRequestURI().getQuery();
            boolean known = query != null && query.contains("norm=777001");
            byte[] body = (known
                    ? "{\"norm\":\"777001\",\"inisial\":\"S.N.B.\"}"
                    : "{\"message\":\"Pasien tidak ditemukan\"}").getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(known ? 200 : 404, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        return Map.of("PASIEN_URL", "http://127.0.0.1:" + server.getAddress().getPort());
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop(0);
        }
    }
}
