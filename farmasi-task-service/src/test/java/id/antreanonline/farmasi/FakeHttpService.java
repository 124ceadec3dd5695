package id.antreanonline.farmasi;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/** A stand-in for one of our other services: a small in-test HTTP server whose base URL goes to one setting. */
public abstract class FakeHttpService implements QuarkusTestResourceLifecycleManager {

    private HttpServer server;

    /** The setting that names the service's base URL, e.g. PASIEN_URL. */
    protected abstract String urlSetting();

    protected abstract void answer(HttpServer server);

    @Override
    public Map<String, String> start() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        answer(server);
        server.start();
        return Map.of(urlSetting(), "http://127.0.0.1:" + server.getAddress().getPort());
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop(0);
        }
    }

    /**
     * Answers as the owners of the operator console's paths do: 401 without a bearer token, 403 unless its groups
     * hold admin (the token is read, not verified: the owner's check is not what these tests are about).
     */
    protected static boolean refusedUnlessAdmin(HttpExchange exchange) throws IOException {
        String auth = exchange.getRequestHeaders().getFirst("Authorization");
        if (auth == null || !auth.startsWith("Bearer ")) {
            json(exchange, 401, "{\"message\":\"Silakan login terlebih dahulu\"}");
            return true;
        }
        String[] parts = auth.substring("Bearer ".length()).split("\\.");
        String claims = parts.length < 2 ? "" : new String(Base64.getUrlDecoder().decode(parts[1]),
                StandardCharsets.UTF_8);
        if (!claims.matches("(?s).*\"groups\"\\s*:\\s*\\[[^]]*\"admin\".*")) {
            json(exchange, 403, "{\"message\":\"Akses ditolak untuk peran ini\"}");
            return true;
        }
        return false;
    }

    protected static void json(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }
}
