package id.antreanonline.farmasi.display;

import com.sun.net.httpserver.HttpServer;

import id.antreanonline.farmasi.FakeHttpService;

/**
 * Stands in for pasien-service's {@code GET /internal/pasien?norm=} (briefing: a test may stand in for our other
 * services with a small in-test HTTP server): norm 777001 is "Siti Nurhaliza binti Ahmad", any other is unknown.
 */
public class FakePasienService extends FakeHttpService {

    @Override
    protected String urlSetting() {
        return "PASIEN_URL";
    }

    @Override
    protected void answer(HttpServer server) {
        server.createContext("/internal/pasien", exchange -> {
            String query = exchange.getRequestURI().getQuery();
            boolean known = query != null && query.contains("norm=777001");
            json(exchange, known ? 200 : 404, known
                    ? "{\"norm\":\"777001\",\"nomorkartu\":\"0000000000001\",\"nik\":\"3171000000000001\","
                            + "\"nama\":\"Siti Nurhaliza binti Ahmad\",\"nohp\":\"0812\",\"complete\":true}"
                    : "{\"message\":\"Pasien tidak ditemukan\"}");
        });
    }
}
