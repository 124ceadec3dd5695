package id.antreanonline.antrean;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import id.antreanonline.edge.identity.Callers;
import id.antreanonline.testsupport.Credentials;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * Stands in for pasien-service ({@code GET /internal/pasien}) and vclaim-gateway ({@code GET
 * /bpjs/antrean/jadwaldokter/...}) over real HTTP, answering only antrean-service's credential for each. Tests put data in through {@code PUT /fake/pasien/{key}} and
 * {@code PUT /fake/jadwal/{kodepoli}/{tanggal}} (see {@link Fixtures}); {@code PUT /fake/jadwal-tahan} holds HFIS
 * answers until {@code DELETE /fake/jadwal-tahan}.
 */
public class FakeNeighbours implements QuarkusTestResourceLifecycleManager {

    private HttpServer server;
    private final Map<String, String> patients = new ConcurrentHashMap<>();
    private final Map<String, String> schedules = new ConcurrentHashMap<>();
    /** While closed, HFIS answers wait: a test sees a horizon sync running (PUT/DELETE /fake/jadwal-tahan). */
    private volatile CountDownLatch hfisHeld = new CountDownLatch(0);

    @Override
    public Map<String, String> start() {
        // the JDK server writes headers and body apart; with Nagle on, each answer waits ~40 ms for a delayed ACK,
        // which the real neighbours (Vert.x, TCP_NODELAY) never do (read once, before the first server is made)
        System.setProperty("sun.net.httpserver.nodelay", "true");
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 200);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.setExecutor(Executors.newFixedThreadPool(8));
        server.createContext("/", this::handle);
        server.start();
        String url = "http://127.0.0.1:" + server.getAddress().getPort();
        return Map.of("quarkus.rest-client.pasien.url", url, "quarkus.rest-client.gateway.url", url,
                "test.fake-neighbours.url", url);
    }

    private void handle(HttpExchange ex) throws IOException {
        String path = ex.getRequestURI().getPath();
        String method = ex.getRequestMethod();
        try (ex) {
            if ("PUT".equals(method) && path.startsWith("/fake/pasien/")) {
                // one record under each of its identifiers
                String body = new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
                for (String key : path.substring("/fake/pasien/".length()).split(",")) {
                    patients.put(key, body);
                }
                reply(ex, 204, null);
            } else if (path.equals("/fake/jadwal-tahan")) {
                if ("PUT".equals(method)) {
                    hfisHeld = new CountDownLatch(1);
                } else {
                    hfisHeld.countDown();
                }
                reply(ex, 204, null);
            } else if ("PUT".equals(method) && path.startsWith("/fake/jadwal/")) {
                schedules.put(path.substring("/fake/jadwal/".length()),
                        new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
                reply(ex, 204, null);
            } else if (!path.startsWith("/fake/") && !Credentials.isServiceCredential(
                    ex.getRequestHeaders().getFirst("Authorization"), Callers.ANTREAN_SERVICE,
                    path.startsWith("/bpjs/") ? Callers.VCLAIM_GATEWAY : Callers.PASIEN_SERVICE)) {
                // as the real neighbours do: no answer without antrean-service's credential meant for them
                reply(ex, 401, "{\"message\":\"no credential\"}");
            } else if ("GET".equals(method) && path.equals("/internal/pasien")) {
                Map<String, String> q = query(ex.getRequestURI().getRawQuery());
                String found = null;
                for (String key : new String[] { q.get("norm"), q.get("nomorkartu"), q.get("nik") }) {
                    if (found == null && key != null) {
                        found = patients.get(key);
                    }
                }
                if (found == null) {
                    reply(ex, 404, "{\"message\":\"Pasien tidak ditemukan\"}");
                } else {
                    reply(ex, 200, found);
                }
            } else if ("GET".equals(method) && path.startsWith("/bpjs/antrean/jadwaldokter/")) {
                awaitRelease();
                String key = path.substring("/bpjs/antrean/jadwaldokter/".length());
                String list = schedules.get(key);
                if (list == null) {
                    reply(ex, 422, "{\"source\":\"BPJS\",\"code\":\"201\",\"message\":\"Jadwal tidak ditemukan\"}");
                } else {
                    reply(ex, 200, list);
                }
            } else {
                reply(ex, 404, "{\"message\":\"no such fake\"}");
            }
        }
    }

    private void awaitRelease() {
        try {
            hfisHeld.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static Map<String, String> query(String raw) {
        Map<String, String> q = new HashMap<>();
        if (raw != null) {
            for (String pair : raw.split("&")) {
                int eq = pair.indexOf('=');
                if (eq > 0) {
                    q.put(pair.substring(0, eq), URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
                }
            }
        }
        return q;
    }

    private static void reply(HttpExchange ex, int status, String body) throws IOException {
        if (body == null) {
            ex.sendResponseHeaders(status, -1);
            return;
        }
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().add("Content-Type", "application/json");
        ex.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop(0);
        }
    }
}
