package id.antreanonline.antrean.rest;

import static id.antreanonline.antrean.Fixtures.ambil;
import static id.antreanonline.antrean.Fixtures.doctor;
import static id.antreanonline.antrean.Fixtures.patient;
import static id.antreanonline.antrean.Fixtures.poli;
import static id.antreanonline.antrean.Fixtures.schedule;
import static id.antreanonline.antrean.Fixtures.today;
import static id.antreanonline.antrean.Fixtures.wsrs;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.Test;

import id.antreanonline.antrean.Fixtures;
import id.antreanonline.antrean.service.Messages;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

@QuarkusTest
class BatalAntreanTest {

    private static final String HOURS = "08:00-12:00";
    private final String kodepoli = poli();
    private final String kodedokter = doctor();
    private final LocalDate tomorrow = today().plusDays(1);

    private static void assertRefused(JsonPath answer, String message) {
        assertEquals(201, answer.getInt("metadata.code"), answer.prettify());
        assertEquals(message, answer.getString("metadata.message"));
    }

    private String book() {
        JsonPath a = wsrs("ambilantrean", ambil(patient(true), kodepoli, kodedokter, tomorrow, HOURS));
        assertEquals(200, a.getInt("metadata.code"), a.prettify());
        return a.getString("response.kodebooking");
    }

    private static JsonPath cancel(String code) {
        return wsrs("batalantrean", Map.of("kodebooking", code, "keterangan", "pasien berhalangan"));
    }

    @Test
    void cancellationIsAnsweredOkWithoutResponse() {
        schedule(kodepoli, kodedokter, tomorrow, HOURS, 5, 5);
        JsonPath answer = cancel(book());
        assertEquals(200, answer.getInt("metadata.code"));
        assertEquals("Ok", answer.getString("metadata.message"));
        assertNull(answer.get("response"));
    }

    @Test
    void cancellationFreesAPlaceButNotTheNumber() {
        schedule(kodepoli, kodedokter, tomorrow, HOURS, 1, 0);
        String code = book();
        assertRefused(wsrs("ambilantrean", ambil(patient(true), kodepoli, kodedokter, tomorrow, HOURS)),
                Messages.JKN_QUOTA_FULL);

        cancel(code);

        JsonPath again = wsrs("ambilantrean", ambil(patient(true), kodepoli, kodedokter, tomorrow, HOURS));
        assertEquals(200, again.getInt("metadata.code"), again.prettify());
        assertEquals(2, again.getInt("response.angkaantrean"));
        assertEquals(0, again.getInt("response.sisakuotajkn"));
    }

    @Test
    void patientMayBookAgainAfterCancelling() {
        schedule(kodepoli, kodedokter, tomorrow, HOURS, 5, 5);
        Fixtures.Patient p = patient(true);
        Map<String, Object> body = ambil(p, kodepoli, kodedokter, tomorrow, HOURS);
        cancel(wsrs("ambilantrean", body).getString("response.kodebooking"));
        assertEquals(200, wsrs("ambilantrean", body).getInt("metadata.code"));
    }

    @Test
    void cancellingTwiceIsRefused() {
        schedule(kodepoli, kodedokter, tomorrow, HOURS, 5, 5);
        String code = book();
        cancel(code);
        assertRefused(cancel(code), Messages.ALREADY_CANCELLED);
    }

    @Test
    void unknownBookingIsRefused() {
        assertRefused(cancel("ZZZZZZZZZZZZ"), Messages.BOOKING_NOT_FOUND);
        assertRefused(wsrs("batalantrean", Map.of("keterangan", "x")), Messages.BOOKING_CODE_REQUIRED);
    }

    @Test
    void servedPatientCannotCancel() {
        schedule(kodepoli, kodedokter, tomorrow, HOURS, 5, 5);
        String code = book();
        Fixtures.column("update booking set called_at = 1 where kodebooking = ? returning kodebooking", code);
        assertRefused(cancel(code), Messages.ALREADY_SERVED);
    }

    @Test
    void pastVisitCannotBeCancelled() {
        schedule(kodepoli, kodedokter, tomorrow, HOURS, 5, 5);
        String code = book();
        Fixtures.column("update booking set tanggal = ? where kodebooking = ? returning kodebooking",
                today().minusDays(1), code);
        assertRefused(cancel(code), Messages.VISIT_DATE_PASSED);
    }
}
