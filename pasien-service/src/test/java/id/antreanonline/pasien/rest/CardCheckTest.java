package id.antreanonline.pasien.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import id.antreanonline.pasien.TestData;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/**
 * Admission checks the card with VClaim peserta through the gateway; a small in-test HTTP server stands in for the
 * gateway: card numbers ending in 1 are active, in 2 inactive, in 3 unknown to BPJS (422), in 4 an outage (503).
 */
@QuarkusTest
@TestProfile(CardCheckTest.GatewayStandIn.class)
class CardCheckTest {

    public static class GatewayStandIn implements QuarkusTestProfile {

        private static HttpServer server;

        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("pasien.vclaim.enabled", "true",
                    "quarkus.rest-client.gateway.url", "http://127.0.0.1:" + start().getAddress().getPort());
        }

        private static synchronized HttpServer start() {
            if (server == null) {
                try {
                    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                server.createContext("/bpjs/vclaim/peserta/nokartu/", GatewayStandIn::answer);
                server.start();
                Runtime.getRuntime().addShutdownHook(new Thread(() -> server.stop(0)));
            }
            return server;
        }

        private static void answer(HttpExchange exchange) throws IOException {
            String path = exchange.getRequestURI().getPath();
            boolean dated = exchange.getRequestURI().getQuery() != null
                    && exchange.getRequestURI().getQuery().matches("tglSEP=\\d{4}-\\d{2}-\\d{2}");
            char last = path.charAt(path.length() - 1);
            int status;
            String body;
            if (!dated) {
                status = 400;
                body = "{\"message\":\"tglSEP missing\"}";
            } else if (last == '1' || last == '2') {
                status = 200;
                String keterangan = last == '1' ? "AKTIF" : "TIDAK AKTIF DIPUTUS";
                String kode = last == '1' ? "0" : "9";
                body = "{\"peserta\":{\"noKartu\":\"" + path.substring(path.lastIndexOf('/') + 1)
                        + "\",\"statusPeserta\":{\"kode\":\"" + kode + "\",\"keterangan\":\"" + keterangan + "\"}}}";
            } else if (last == '3') {
                status = 422;
                body = "{\"source\":\"BPJS\",\"code\":\"201\",\"message\":\"Peserta Tidak Ditemukan\"}";
            } else {
                status = 503;
                body = "{\"message\":\"BPJS tidak dapat dihubungi\"}";
            }
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(status, bytes.length);
            exchange.getResponseBody().write(bytes);
            exchange.close();
        }
    }

    private static String patientWithCardEndingIn(char last) {
        Map<String, Object> patient = TestData.newPatient();
        patient.put("nomorkartu", "000" + TestData.digits(9) + last);
        return PasienBaruTest.register(patient);
    }

    private static io.restassured.response.ValidatableResponse check(String norm) {
        return given().auth().oauth2(TestData.staffToken("admisi"))
                .when().get("/api/pasien/" + norm + "/kartu")
                .then().statusCode(200);
    }

    @Test
    void anActiveCardIsShownActive() {
        check(patientWithCardEndingIn('1'))
                .body("checked", equalTo(true)).body("aktif", equalTo(true)).body("statusPeserta", equalTo("AKTIF"));
    }

    @Test
    void anInactiveCardIsShownToTheClerk() {
        check(patientWithCardEndingIn('2'))
                .body("checked", equalTo(true)).body("aktif", equalTo(false))
                .body("message", equalTo("Kartu tidak aktif: TIDAK AKTIF DIPUTUS"));
    }

    @Test
    void aCardBpjsRefusesIsShownNotActive() {
        check(patientWithCardEndingIn('3'))
                .body("checked", equalTo(true)).body("aktif", equalTo(false))
                .body("message", equalTo("Peserta Tidak Ditemukan"));
    }

    @Test
    void anOutageIsShownAsNotChecked() {
        check(patientWithCardEndingIn('4'))
                .body("checked", equalTo(false)).body("message", equalTo("BPJS tidak dapat dihubungi"));
    }
}
