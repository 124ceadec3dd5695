package id.antreanonline.gateway.rest;

import static id.antreanonline.gateway.Staff.asAdmin;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.oneOf;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.empty;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.time.DayOfWeek;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import id.antreanonline.gateway.Simulator;
import id.antreanonline.shared.Wib;
import io.quarkus.test.junit.QuarkusTest;

/** The Antrean WS through the gateway, against the simulator: signed calls, decrypted answers, clear errors. */
@QuarkusTest
class AntreanApiTest {

    @AfterEach
    void healthy() {
        Simulator.clearFaults();
    }

    private static String nextMonday() {
        return Simulator.today().with(TemporalAdjusters.next(DayOfWeek.MONDAY)).format(Wib.DATE);
    }

    @Test
    void doctorSchedulesComeDecryptedAsABareArrayWithBpjsNames() {
        asAdmin().get("/bpjs/antrean/jadwaldokter/ANA/" + nextMonday()).then().statusCode(200)
                .body("$", not(empty()))
                .body("$", everyItem(hasKey("kodedokter")))
                .body("$", everyItem(hasKey("kapasitaspasien")))
                .body("[0].kodepoli", equalTo("ANA"));
        assertSigned("/antreanrs/jadwaldokter");
    }

    /** Calls reached the simulator on this path, every one validly signed. */
    private static void assertSigned(String path) {
        List<Map<String, Object>> calls = asAdmin().queryParam("path", path)
                .get(Simulator.admin() + "/received").jsonPath().getList("$");
        assertFalse(calls.isEmpty(), "no call reached the simulator on " + path);
        calls.forEach(c -> assertEquals(Boolean.TRUE, c.get("signatureValid")));
    }

    @Test
    void referencePoliAndDoctorsComeAsArrays() {
        asAdmin().get("/bpjs/antrean/ref/poli").then().statusCode(200).body("$", not(empty()))
                .body("$", everyItem(hasKey("kdpoli")));
        asAdmin().get("/bpjs/antrean/ref/dokter").then().statusCode(200).body("$", not(empty()));
    }

    @Test
    void aRefusalByBpjsIs422WithItsCodeAndMessage() {
        asAdmin().get("/bpjs/antrean/tasks/NOSUCHBOOKING1").then().statusCode(422)
                .body("source", equalTo("BPJS"))
                .body("code", equalTo("201"))
                .body("message", not(equalTo("")));
    }

    @Test
    void taskListOfAKnownBookingIsAnArray() {
        String kb = "TL" + System.nanoTime() % 1000000000;
        Simulator.registerMobileJkn(kb, false);
        asAdmin().get("/bpjs/antrean/tasks/" + kb).then().statusCode(200).body("$", empty());
    }

    @Test
    void activeBookingsAreThoseBpjsHoldsNotYetServed() {
        String kb = "AK" + System.nanoTime() % 1000000000;
        Simulator.registerMobileJkn(kb, false);
        asAdmin().get("/bpjs/antrean/pendaftaran/aktif").then().statusCode(200)
                .body("find { it.kodebooking == '" + kb + "' }.status", equalTo("Belum dilayani"))
                .body("find { it.kodebooking == '" + kb + "' }.sumberdata", equalTo("Mobile JKN"))
                .body("find { it.kodebooking == '" + kb + "' }.tanggal", equalTo(Simulator.today().format(Wib.DATE)))
                .body("status", everyItem(oneOf("Belum dilayani", "Sedang dilayani")));
        assertSigned("/antreanrs/antrean/pendaftaran/aktif");
    }

    @Test
    void bpjsUnreachableIs503() {
        Simulator.fault("HTTP_500", 30, 0);
        asAdmin().get("/bpjs/antrean/ref/poli").then().statusCode(503).body("message", equalTo("BPJS tidak dapat dihubungi"));
        Simulator.fault("HTML", 30, 0);
        asAdmin().get("/bpjs/antrean/ref/poli").then().statusCode(503);
        Simulator.fault("EMPTY", 30, 0);
        asAdmin().get("/bpjs/antrean/ref/poli").then().statusCode(503);
        Simulator.fault("DOWN", 30, 0);
        asAdmin().get("/bpjs/antrean/ref/poli").then().statusCode(503);
    }

    @Test
    void aMalformedDateIsRefusedBeforeBpjsIsAsked() {
        asAdmin().get("/bpjs/antrean/jadwaldokter/ANA/2024-02-30").then().statusCode(400).body("message",
                equalTo("tanggal must be yyyy-MM-dd"));
    }

    @Test
    void waitingTimeDashboardIsReadUnencrypted() {
        asAdmin().get("/bpjs/antrean/dashboard/tanggal/" + Simulator.today().format(Wib.DATE) + "/waktu/rs").then()
                .statusCode(200);
    }
}
