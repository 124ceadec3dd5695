package id.antreanonline.gateway.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;

import org.junit.jupiter.api.Test;

class HttpsOnlyTest {

    private static final String ANTREAN = "https://apijkn.bpjs-kesehatan.go.id/antreanrs";
    private static final String VCLAIM = "https://apijkn.bpjs-kesehatan.go.id/vclaim-rest";

    @Test
    void httpsAddressesStart() {
        assertEquals(Optional.empty(), HttpsOnly.refusal(ANTREAN, VCLAIM, false));
        assertEquals(Optional.empty(), HttpsOnly.refusal("HTTPS://apijkn.example/antreanrs", VCLAIM, false));
    }

    @Test
    void aPlainHttpAddressIsRefusedNamingItsVariable() {
        String antrean = HttpsOnly.refusal("http://bpjs-simulator:8089/antreanrs", VCLAIM, false).orElseThrow();
        assertTrue(antrean.startsWith("BPJS_ANTREAN_BASE_URL must be an https:// address"), antrean);
        String vclaim = HttpsOnly.refusal(ANTREAN, "http://bpjs-simulator:8089/vclaim-rest", false).orElseThrow();
        assertTrue(vclaim.startsWith("BPJS_VCLAIM_BASE_URL must be an https:// address"), vclaim);
    }

    @Test
    void theSimulatorOptOutAllowsPlainHttpOnly() {
        assertEquals(Optional.empty(), HttpsOnly.refusal("http://localhost:8089/antreanrs",
                "http://localhost:8089/vclaim-rest", true));
        assertTrue(HttpsOnly.refusal("ftp://bpjs.example/antreanrs", VCLAIM, true).isPresent());
        assertTrue(HttpsOnly.refusal(ANTREAN, "localhost:8089/vclaim-rest", true).isPresent());
        assertTrue(HttpsOnly.refusal("http://bad host/antreanrs", VCLAIM, true).isPresent());
    }

    @Test
    void aPlainHttpWebhookIsRefusedUnlessTheHospitalAllowsIt() {
        assertEquals(Optional.empty(), HttpsOnly.simrsRefusal("https://simrs.rs.example/antrean/events", false));
        String refusal = HttpsOnly.simrsRefusal("http://simrs.rs.example/antrean/events", false).orElseThrow();
        assertTrue(refusal.startsWith("SIMRS_WEBHOOK_URL must be an https:// address"), refusal);
        assertEquals(Optional.empty(), HttpsOnly.simrsRefusal("http://10.0.0.5/antrean/events", true));
    }
}
