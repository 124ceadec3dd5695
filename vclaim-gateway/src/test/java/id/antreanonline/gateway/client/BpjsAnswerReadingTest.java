package id.antreanonline.gateway.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import id.antreanonline.gateway.config.BpjsConfig;
import id.antreanonline.shared.bpjs.BpjsCrypto;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.vertx.mutiny.core.Vertx;

/** BPJS's quirks, undone in one place (no server needed: these are the answers BPJS gives). */
class BpjsAnswerReadingTest {

    private static final String TS = "1700000000";
    private static Vertx vertx;
    private static BpjsHttp http;

    @BeforeAll
    static void client() {
        vertx = Vertx.vertx();
        http = new BpjsHttp(config(), new ObjectMapper(), Clock.systemUTC(), vertx, new SimpleMeterRegistry(),
                id.antreanonline.outbox.Tracing.exportingTo("vclaim-gateway"));
    }

    @AfterAll
    static void close() {
        vertx.closeAndAwait();
    }

    private static BpjsAnswer read(int status, String contentType, String body) {
        return http.read(BpjsService.ANTREAN, "GET /x", status, contentType, body, TS);
    }

    private static String encrypted(String json) {
        return BpjsCrypto.encryptResponse(json, "1000", "local-secret", TS);
    }

    @Test
    void antreanMetadataWithNumericCodeAndEncryptedArray() {
        BpjsAnswer a = read(200, "application/json",
                "{\"response\":\"" + encrypted("[{\"kodepoli\":\"ANA\"}]") + "\",\"metadata\":{\"message\":\"Ok\",\"code\":200}}");
        assertTrue(a.ok());
        assertEquals("ANA", a.list().get(0).get("kodepoli").asText());
    }

    @Test
    void vclaimMetaDataWithStringCodeAndEncryptedObject() {
        BpjsAnswer a = read(200, "application/json",
                "{\"metaData\":{\"code\":\"200\",\"message\":\"OK\"},\"response\":\"" + encrypted("{\"peserta\":{\"nama\":\"X\"}}") + "\"}");
        assertTrue(a.ok());
        assertEquals("X", a.response().get("peserta").get("nama").asText());
    }

    @Test
    void codeOneIsSuccessOnReferenceEndpointsAndListIsUnwrapped() {
        BpjsAnswer a = read(200, "application/json",
                "{\"metadata\":{\"code\":1,\"message\":\"OK\"},\"response\":\"" + encrypted("{\"list\":[{\"a\":1},{\"a\":2}]}") + "\"}");
        assertTrue(a.ok());
        assertEquals(2, a.list().size());
    }

    @Test
    void unencryptedDashboardIsReadAsIs() {
        BpjsAnswer a = read(200, "application/json",
                "{\"response\":{\"list\":[{\"kodepoli\":\"ANA\"}]},\"metadata\":{\"code\":200,\"message\":\"OK\"}}");
        assertEquals("ANA", a.list().get(0).get("kodepoli").asText());
    }

    @Test
    void refusalKeepsBpjsCodeAndMessage() {
        BpjsAnswer a = read(200, "application/json", "{\"metadata\":{\"code\":201,\"message\":\"TaskId=2 belum ada\"}}");
        BpjsRefusedException e = assertThrows(BpjsRefusedException.class, a::orRefuse);
        assertEquals("201", e.code());
        assertEquals("TaskId=2 belum ada", e.getMessage());
    }

    @Test
    void htmlEmptyAnd5xxAreTransportFailures() {
        assertThrows(BpjsUnavailableException.class, () -> read(200, "text/html", "<html><body>Maintenance</body></html>"));
        assertThrows(BpjsUnavailableException.class, () -> read(200, "application/json", "  <!DOCTYPE html>"));
        assertThrows(BpjsUnavailableException.class, () -> read(200, "application/json", ""));
        assertThrows(BpjsUnavailableException.class, () -> read(502, "application/json", "{\"metadata\":{\"code\":200}}"));
        assertThrows(BpjsUnavailableException.class, () -> read(200, "application/json", "{\"foo\":1}"));
    }

    @Test
    void aSepDeletesPlainTextNumberIsReadNotRetried() {
        String answer = "{\"metaData\":{\"code\":\"200\",\"message\":\"Sukses\"},\"response\":\"0301R0111225V000123\"}";
        BpjsAnswer a = http.read(BpjsService.VCLAIM, "DELETE /SEP/2.0/delete", 200, "application/json", answer, TS,
                true);
        assertTrue(a.ok());
        assertEquals("0301R0111225V000123", a.response().asText());
        // where BPJS always encrypts, the same unreadable text stays "no answer" (retried), never a success
        assertThrows(BpjsUnavailableException.class, () -> http.read(BpjsService.VCLAIM, "GET /SEP/x", 200,
                "application/json", answer, TS));
    }

    @Test
    void aResponseEncryptedWithAnotherTimestampIsNotTakenAsSuccess() {
        String other = BpjsCrypto.encryptResponse("[1]", "1000", "local-secret", "1700000001");
        assertThrows(BpjsUnavailableException.class, () -> read(200, "application/json",
                "{\"response\":\"" + other + "\",\"metadata\":{\"code\":200,\"message\":\"Ok\"}}"));
    }

    private static BpjsConfig config() {
        BpjsConfig.Service service = new BpjsConfig.Service() {
            @Override
            public String baseUrl() {
                return "http://127.0.0.1:1";
            }

            @Override
            public String userKey() {
                return "k";
            }
        };
        return new BpjsConfig() {
            @Override
            public Service antrean() {
                return service;
            }

            @Override
            public Service vclaim() {
                return service;
            }

            @Override
            public String consId() {
                return "1000";
            }

            @Override
            public String secretKey() {
                return "local-secret";
            }

            @Override
            public Duration connectTimeout() {
                return Duration.ofSeconds(1);
            }

            @Override
            public Duration readTimeout() {
                return Duration.ofSeconds(1);
            }

            @Override
            public boolean allowPlainHttp() {
                return true;
            }
        };
    }

    @Test
    void aMetricNamesTheEndpointWithoutItsIdentifiersOrTypedText() {
        assertEquals("/Peserta/nokartu/{}/tglSEP/{}",
                BpjsHttp.endpointOf("/Peserta/nokartu/0001234567890/tglSEP/2026-11-30"));
        assertEquals("/SEP/2.0/insert", BpjsHttp.endpointOf("/SEP/2.0/insert"));
        assertEquals("/SEP/{}", BpjsHttp.endpointOf("/SEP/0301R0011125V000001"));
        assertEquals("/referensi/diagnosa/{}", BpjsHttp.endpointOf("/referensi/diagnosa/demam"));
        assertEquals("/antrean/updatewaktu", BpjsHttp.endpointOf("/antrean/updatewaktu"));
        assertEquals("/jadwaldokter/kodepoli/ANA/tanggal/{}",
                BpjsHttp.endpointOf("/jadwaldokter/kodepoli/ANA/tanggal/2026-11-30"));
    }
}
