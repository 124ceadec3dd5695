package id.antreanonline.farmasi.display;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.sun.net.httpserver.HttpServer;

import id.antreanonline.edge.identity.Callers;
import id.antreanonline.farmasi.FakeHttpService;
import id.antreanonline.testsupport.Credentials;

/**
 * Stands in for pasien-service's {@code GET /internal/pasien/inisial?norm=} (briefing: a test may stand in for our
 * other services with a small in-test HTTP server): norm 777001 is "Siti Nurhaliza binti Ahmad", whose initials
 * pasien-service gives as "S.N.B."; any other is unknown. Like pasien-service, it answers only farmasi-task-service's
 * credential meant for it. Its {@code /api/pasien/impor} stands in for the patient import the administration page
 * reaches through this service ({@code ConsoleForwardingTest}): it remembers what arrived and answers 201 with the job.
 */
public class FakePasienService extends FakeHttpService {

    @Override
    protected String urlSetting() {
        return "PASIEN_URL";
    }

    /** What the last import upload brought: its Authorization header, URI and the SHA-256 of its body. */
    public static final Map<String, String> IMPORT_RECEIVED = new ConcurrentHashMap<>();

    @Override
    protected void answer(HttpServer server) {
        server.createContext("/api/pasien/impor", exchange -> {
            if (exchange.getRequestHeaders().getFirst("Authorization") == null) {
                json(exchange, 401, "{\"message\":\"Token tidak ada\"}");
                return;
            }
            byte[] body = exchange.getRequestBody().readAllBytes();
            IMPORT_RECEIVED.put("authorization", exchange.getRequestHeaders().getFirst("Authorization"));
            IMPORT_RECEIVED.put("uri", exchange.getRequestURI().toString());
            IMPORT_RECEIVED.put("sha256", sha256(body));
            exchange.getResponseHeaders().add("Location", "/api/pasien/impor/job-1");
            json(exchange, 201, "{\"id\":\"job-1\",\"read\":" + body.length + "}");
        });
        server.createContext("/internal/pasien/inisial", exchange -> {
            if (!Credentials.isServiceCredential(exchange.getRequestHeaders().getFirst("Authorization"),
                    Callers.FARMASI_TASK_SERVICE, Callers.PASIEN_SERVICE)) {
                json(exchange, 401, "{\"message\":\"no credential\"}");
                return;
            }
            String query = exchange.getRequestURI().getQuery();
            boolean known = query != null && query.contains("norm=777001");
            json(exchange, known ? 200 : 404, known
                    ? "{\"norm\":\"777001\",\"inisial\":\"S.N.B.\"}"
                    : "{\"message\":\"Pasien tidak ditemukan\"}");
        });
    }

    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
