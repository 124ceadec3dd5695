package id.antreanonline.antrean.rest;

import static id.antreanonline.antrean.Fixtures.ambil;
import static id.antreanonline.antrean.Fixtures.doctor;
import static id.antreanonline.antrean.Fixtures.patient;
import static id.antreanonline.antrean.Fixtures.poli;
import static id.antreanonline.antrean.Fixtures.schedule;
import static id.antreanonline.antrean.Fixtures.today;
import static id.antreanonline.antrean.Fixtures.wsrs;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import id.antreanonline.testsupport.Metrics;
import io.quarkus.test.junit.QuarkusTest;

/** What the operators' dashboards read of bookings: given and refused per source, and how far the outbox is behind. */
@QuarkusTest
class BusinessMetricsTest {

    private static double bookings(String outcome) {
        double v = Metrics.value("bookings_total", "source=\"MOBILE_JKN\"", "outcome=\"" + outcome + "\"");
        return Double.isNaN(v) ? 0 : v;
    }

    @Test
    void bookingsAreCountedBySourceAndOutcome() {
        String kodepoli = poli();
        String kodedokter = doctor();
        LocalDate day = today().plusDays(2);
        schedule(kodepoli, kodedokter, day, "08:00-12:00", 1, 0);
        double taken = bookings("taken");
        double refused = bookings("refused");

        assertEquals(200, wsrs("ambilantrean", ambil(patient(true), kodepoli, kodedokter, day, "08:00-12:00"))
                .getInt("metadata.code"));
        // the only JKN place is taken: the next patient is refused
        assertEquals(201, wsrs("ambilantrean", ambil(patient(true), kodepoli, kodedokter, day, "08:00-12:00"))
                .getInt("metadata.code"));

        assertEquals(taken + 1, bookings("taken"));
        assertEquals(refused + 1, bookings("refused"));
    }

    @Test
    void theOutboxBacklogAndItsAgeAreExposed() {
        String page = Metrics.page();
        assertTrue(Metrics.valueIn(page, "outbox_backlog") >= 0, "outbox_backlog");
        assertTrue(Metrics.valueIn(page, "outbox_oldest_seconds") >= 0, "outbox_oldest_seconds");
        assertFalse(page.contains("nomorkartu"), "no personal data in the metrics");
    }
}
