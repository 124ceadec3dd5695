package id.antreanonline.farmasi.display;

import com.sun.net.httpserver.HttpServer;

import id.antreanonline.edge.identity.Callers;
import id.antreanonline.farmasi.FakeHttpService;
import id.antreanonline.testsupport.Credentials;

/**
 * Stands in for pasien-service's {@code GET /internal/pasien/inisial?norm=} (briefing: a test may stand in for our
 * other services with a small in-test HTTP server): norm 777001 is "Siti Nurhaliza binti Ahmad", whose initials
 * pasien-service gives as "S.N.B."; any other is unknown. Like pasien-service, it answers only farmasi-task-service's
 * credential meant for it.
 */
public class FakePasienService extends FakeHttpService {

    @Override
    protected String urlSetting() {
        return "PASIEN_URL";
    }

    @Override
    protected void answer(HttpServer server) {
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
}
