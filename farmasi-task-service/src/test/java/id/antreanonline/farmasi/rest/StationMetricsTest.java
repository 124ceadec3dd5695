package id.antreanonline.farmasi.rest;

import static id.antreanonline.farmasi.Fixtures.at;
import static id.antreanonline.farmasi.Fixtures.book;
import static id.antreanonline.farmasi.Fixtures.newDay;
import static id.antreanonline.farmasi.Fixtures.record;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import id.antreanonline.farmasi.TestClock;
import id.antreanonline.testsupport.Metrics;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;

/** What the dashboards read of the stations: steps per task, station and outcome, and the display streams open. */
@QuarkusTest
class StationMetricsTest {

    @Inject
    TestClock clock;

    private static double steps(String taskid, String station, String outcome) {
        double v = Metrics.value("task_steps_total", "taskid=\"" + taskid + "\"", "station=\"" + station + "\"",
                "outcome=\"" + outcome + "\"");
        return Double.isNaN(v) ? 0 : v;
    }

    @Test
    void everyStepIsCountedByStationAndOutcome() {
        LocalDate day = newDay();
        clock.set(at(day, "23:00"));
        String kb = book(day, false, "INT", "301", 1, at(day, "07:00")).kodebooking();
        double recorded = steps("4", "poli", "recorded");
        double duplicate = steps("4", "poli", "duplicate");
        double refused = steps("7", "farmasi", "refused");

        record("poli", kb, 4, at(day, "08:00"), null).statusCode(200);
        record("poli", kb, 4, at(day, "08:00"), null).statusCode(200);
        record("farmasi", kb, 7, at(day, "08:10"), null).statusCode(409);

        assertEquals(recorded + 1, steps("4", "poli", "recorded"));
        assertEquals(duplicate + 1, steps("4", "poli", "duplicate"));
        assertEquals(refused + 1, steps("7", "farmasi", "refused"));
    }

    @Test
    void theOpenDisplayStreamsAreExposed() {
        assertTrue(Metrics.value("display_streams_open") >= 0);
        assertTrue(Metrics.value("outbox_backlog") >= 0);
    }
}
