package id.antreanonline.gateway.service;

import static id.antreanonline.gateway.Staff.asAdmin;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.Test;

import id.antreanonline.gateway.Simulator;
import id.antreanonline.shared.event.BookingSource;
import id.antreanonline.testsupport.Metrics;
import io.quarkus.test.junit.QuarkusTest;

/**
 * What the alerts read of the gateway: deliveries owed per receiver and state with the age of the oldest, and BPJS's
 * answers per endpoint (named without card numbers or other identifiers) with their latency.
 */
@QuarkusTest
class DeliveryMetricsTest {

    private static final String PARKED_AT_BPJS = "deliveries_open";

    private static double parked() {
        return Metrics.value(PARKED_AT_BPJS, "receiver=\"BPJS\"", "status=\"parked\"");
    }

    @Test
    void aParkedTaskShowsInTheGaugesUntilItIsReplayed() {
        String kb = Flows.newKodebooking("MET");
        double before = parked();
        // BPJS does not know the booking: the task is refused and parked
        Flows.task(kb, BookingSource.MOBILE_JKN, 3, Flows.time(400));
        await().atMost(Duration.ofSeconds(30)).until(() -> parked() >= before + 1);
        String page = Metrics.page();
        assertTrue(Metrics.valueIn(page, "deliveries_open", "receiver=\"BPJS\"", "status=\"pending\"") >= 0);
        assertTrue(Metrics.valueIn(page, "deliveries_oldest_pending_seconds", "receiver=\"BPJS\"") >= 0);
        assertTrue(Metrics.valueIn(page, "deliveries_open", "receiver=\"SIMRS\"", "status=\"parked\"") >= 0);
        assertTrue(Metrics.valueIn(page, "bpjs_requests_seconds_count", "endpoint=\"/antrean/updatewaktu\"",
                "service=\"antrean\"", "code=\"201\"") >= 1, "BPJS's refusal counted with its code");

        Simulator.registerMobileJkn(kb, false);
        long id = asAdmin().queryParam("status", "PARKED").queryParam("kodebooking", kb).get("/bpjs/deliveries")
                .jsonPath().getLong("[0].id");
        asAdmin().post("/bpjs/deliveries/" + id + "/replay").then().statusCode(200);
        await().atMost(Duration.ofSeconds(30)).until(() -> Simulator.tasks(kb).equals(List.of(3)));
        await().atMost(Duration.ofSeconds(10)).until(() -> parked() <= before);
    }

    @Test
    void aVClaimLookUpIsCountedByEndpointWithoutTheCardNumber() {
        String card = "0001" + String.format("%09d", System.nanoTime() % 1_000_000_000L);
        String today = LocalDate.now(ZoneId.of("Asia/Jakarta")).toString();
        asAdmin().queryParam("tglSEP", today).get("/bpjs/vclaim/peserta/nokartu/" + card).then().statusCode(200);
        String page = Metrics.page();
        assertTrue(Metrics.valueIn(page, "bpjs_requests_seconds_count", "service=\"vclaim\"",
                "endpoint=\"/Peserta/nokartu/{}/tglSEP/{}\"", "code=\"200\"") >= 1);
        assertFalse(page.contains(card), "no card number in the metrics");
    }
}
