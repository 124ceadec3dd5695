package id.antreanonline.antrean.rest;

import static id.antreanonline.antrean.Fixtures.ambil;
import static id.antreanonline.antrean.Fixtures.column;
import static id.antreanonline.antrean.Fixtures.doctor;
import static id.antreanonline.antrean.Fixtures.patient;
import static id.antreanonline.antrean.Fixtures.poli;
import static id.antreanonline.antrean.Fixtures.schedule;
import static id.antreanonline.antrean.Fixtures.today;
import static id.antreanonline.antrean.Fixtures.wsrs;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import id.antreanonline.antrean.Fixtures;
import id.antreanonline.shared.Wib;
import id.antreanonline.shared.event.Topics;
import id.antreanonline.testsupport.KafkaRecords;
import id.antreanonline.testsupport.PostgresTestResource;
import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * After a point-in-time restore of the database, the catch-up from antrean.bookings gives back what the restore lost:
 * the same codes and numbers, cancellations and check-ins, the numbering after them; nothing is published again,
 * nothing given twice, and a number already given twice is reported, not overwritten.
 */
@QuarkusTest
class BookingRecoveryTest {

    private static final String HOURS = "08:00-12:00";
    private final String kodepoli = poli();
    private final String kodedokter = doctor();
    private final LocalDate tomorrow = today().plusDays(1);
    private final Instant visitMorning = tomorrow.atTime(7, 30).atZone(Wib.ZONE).toInstant();

    /** The database as a restore to this moment leaves it, for one schedule: a stand-in for a point-in-time restore. */
    private record RestorePoint(Instant at, long scheduleId, Object lastNumber, Object heldJkn, Object heldNonJkn,
            Object lastOutboxId) {

        static RestorePoint of(long scheduleId) {
            await().atMost(Duration.ofSeconds(30))
                    .until(() -> column("select count(*) from outbox where sent_at is null").get(0).equals(0L));
            return new RestorePoint(Instant.now(), scheduleId,
                    column("select last_number from doctor_schedule where id = ?", scheduleId).get(0),
                    column("select held_jkn from doctor_schedule where id = ?", scheduleId).get(0),
                    column("select held_nonjkn from doctor_schedule where id = ?", scheduleId).get(0),
                    column("select coalesce(max(id), 0) from outbox").get(0));
        }

        /** Puts the schedule back: the later bookings gone, the earlier ones as they were, the outbox and inbox too. */
        void putBack(List<String> later, List<String> earlier) {
            await().atMost(Duration.ofSeconds(30))
                    .until(() -> column("select count(*) from outbox where sent_at is null").get(0).equals(0L));
            execute("delete from booking where kodebooking = any(?)", (Object) later.toArray(String[]::new));
            execute("update booking set checked_in_at = null, checkin_task = null, status = 'ACTIVE',"
                    + " cancelled_at = null, cancelled_by = null, cancel_reason = null where kodebooking = any(?)",
                    (Object) earlier.toArray(String[]::new));
            execute("update doctor_schedule set last_number = ?, held_jkn = ?, held_nonjkn = ? where id = ?",
                    lastNumber, heldJkn, heldNonJkn, scheduleId);
            execute("delete from outbox where id > ?", lastOutboxId);
            execute("delete from inbox where received_at > ?", java.sql.Timestamp.from(at));
        }
    }

    private static void execute(String sql, Object... params) {
        try (Connection c = PostgresTestResource.connect("antrean"); PreparedStatement st = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                st.setObject(i + 1, params[i] instanceof String[] a ? c.createArrayOf("varchar", a) : params[i]);
            }
            st.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private String book() {
        JsonPath a = wsrs("ambilantrean", ambil(patient(true), kodepoli, kodedokter, tomorrow, HOURS));
        assertEquals(200, a.getInt("metadata.code"), a.prettify());
        return a.getString("response.kodebooking");
    }

    private void checkIn(String code) {
        QuarkusMock.installMockForType(Clock.fixed(visitMorning, Wib.ZONE), Clock.class);
        JsonPath a = wsrs("checkin", Map.of("kodebooking", code, "waktu", visitMorning.toEpochMilli()));
        assertEquals(200, a.getInt("metadata.code"), a.prettify());
        QuarkusMock.installMockForType(Clock.system(Wib.ZONE), Clock.class);
    }

    /** A booking taken after the restore point, lost by the restore. */
    private String bookThenRestore(RestorePoint restorePoint) {
        String lost = book();
        restorePoint.putBack(List.of(lost), List.of());
        return lost;
    }

    private static JsonPath recover(Instant sejak, boolean dryRun) {
        return given().auth().oauth2(Fixtures.staffToken("admin")).queryParam("sejak", sejak.toString())
                .queryParam("dryRun", dryRun).post("/api/pemulihan/booking").then().statusCode(200).extract()
                .jsonPath();
    }

    private static Object value(String sql, Object... params) {
        List<Object> values = column(sql, params);
        return values.isEmpty() ? null : values.get(0);
    }

    @Test
    void theBookingsAfterTheRestorePointComeBackAsTheyWereAndTheNumberingGoesOn() {
        long scheduleId = schedule(kodepoli, kodedokter, tomorrow, HOURS, 10, 10);
        String before = book();
        RestorePoint restorePoint = RestorePoint.of(scheduleId);
        String second = book();
        String cancelled = book();
        wsrs("batalantrean", Map.of("kodebooking", cancelled, "keterangan", "pasien sakit"));
        String checkedIn = book();
        checkIn(checkedIn);
        checkIn(before);
        restorePoint.putBack(List.of(second, cancelled, checkedIn), List.of(before));

        JsonPath report = recover(restorePoint.at(), false);

        assertEquals(3, report.getInt("restored"), report.prettify());
        assertEquals(1, report.getInt("updated"), report.prettify());
        // (another test's number given twice stays reported while its events are in the window)
        List<String> conflicts = report.getList("conflicts.kodebooking");
        assertTrue(List.of(second, cancelled, checkedIn, before).stream().noneMatch(conflicts::contains),
                report.prettify());
        assertEquals(2, value("select angkaantrean from booking where kodebooking = ?", second));
        assertEquals(3, value("select angkaantrean from booking where kodebooking = ?", cancelled));
        assertEquals(4, value("select angkaantrean from booking where kodebooking = ?", checkedIn));
        assertEquals("CANCELLED", value("select status from booking where kodebooking = ?", cancelled));
        assertEquals("pasien sakit", value("select cancel_reason from booking where kodebooking = ?", cancelled));
        assertEquals("BPJS", value("select cancelled_by from booking where kodebooking = ?", cancelled));
        assertEquals(visitMorning.toEpochMilli(),
                value("select checked_in_at from booking where kodebooking = ?", checkedIn));
        assertEquals(3, value("select checkin_task from booking where kodebooking = ?", checkedIn));
        assertEquals(visitMorning.toEpochMilli(),
                value("select checked_in_at from booking where kodebooking = ?", before));
        // the cancelled booking holds no place; BPJS and the stations are sent nothing again
        assertEquals(4, value("select last_number from doctor_schedule where id = ?", scheduleId));
        assertEquals(3, value("select held_jkn from doctor_schedule where id = ?", scheduleId));
        assertEquals(0L, value("select count(*) from outbox where id > ?", restorePoint.lastOutboxId()));

        JsonPath next = wsrs("ambilantrean", ambil(patient(true), kodepoli, kodedokter, tomorrow, HOURS));
        assertEquals(5, next.getInt("response.angkaantrean"), next.prettify());
    }

    @Test
    void aSecondRunChangesNothing() {
        RestorePoint restorePoint = RestorePoint.of(schedule(kodepoli, kodedokter, tomorrow, HOURS, 10, 10));
        String lost = bookThenRestore(restorePoint);
        assertEquals(1, recover(restorePoint.at(), false).getInt("restored"));

        JsonPath again = recover(restorePoint.at(), false);

        assertEquals(0, again.getInt("restored"), again.prettify());
        assertEquals(0, again.getInt("updated"), again.prettify());
        assertTrue(again.getInt("alreadyHere") >= 1, again.prettify());
        assertEquals(1, value("select held_jkn from doctor_schedule where id = ?", restorePoint.scheduleId()));
        assertEquals(1, value("select last_number from doctor_schedule where id = ?", restorePoint.scheduleId()));
    }

    @Test
    void aDryRunReportsAndWritesNothing() {
        RestorePoint restorePoint = RestorePoint.of(schedule(kodepoli, kodedokter, tomorrow, HOURS, 10, 10));
        String lost = bookThenRestore(restorePoint);

        JsonPath report = recover(restorePoint.at(), true);

        assertTrue(report.getBoolean("dryRun"));
        assertEquals(1, report.getInt("restored"), report.prettify());
        assertEquals(0L, value("select count(*) from booking where kodebooking = ?", lost));
        assertEquals(0, value("select last_number from doctor_schedule where id = ?", restorePoint.scheduleId()));

        assertEquals(1, recover(restorePoint.at(), false).getInt("restored"));
        assertEquals(1L, value("select count(*) from booking where kodebooking = ?", lost));
    }

    @Test
    void aNumberGivenAgainBeforeTheCatchUpIsReportedAndNotOverwritten() {
        RestorePoint restorePoint = RestorePoint.of(schedule(kodepoli, kodedokter, tomorrow, HOURS, 10, 10));
        String lost = bookThenRestore(restorePoint);
        // served before catching up: the lost booking's number goes to another patient
        String givenAgain = book();

        JsonPath report = recover(restorePoint.at(), false);

        assertEquals(List.of(lost), report.getList("conflicts.kodebooking"), report.prettify());
        assertTrue(report.getString("conflicts[0].reason").contains(givenAgain), report.prettify());
        assertEquals(0L, value("select count(*) from booking where kodebooking = ?", lost));
        assertEquals("ACTIVE", value("select status from booking where kodebooking = ?", givenAgain));
        assertEquals(1, value("select angkaantrean from booking where kodebooking = ?", givenAgain));
    }

    @Test
    void anIncompleteEventIsSkippedAndStopsNothing() throws Exception {
        RestorePoint restorePoint = RestorePoint.of(schedule(kodepoli, kodedokter, tomorrow, HOURS, 10, 10));
        // (JSON still: other tests read this topic whole)
        KafkaRecords.publish(Topics.BOOKINGS, "RUSAK", "{\"eventId\":\"x\",\"kind\":\"CREATED\",\"booking\":"
                + "{\"kodebooking\":\"RUSAK\",\"tanggalperiksa\":\"besok\"}}");
        String lost = bookThenRestore(restorePoint);

        JsonPath report = recover(restorePoint.at(), false);

        assertEquals(1, report.getInt("restored"), report.prettify());
        assertEquals(1L, value("select count(*) from booking where kodebooking = ?", lost));
    }

    @Test
    void theTimeMustBeAnInstantOrEpochMillis() {
        String admin = Fixtures.staffToken("admin");
        given().auth().oauth2(admin).queryParam("sejak", "kemarin").post("/api/pemulihan/booking").then()
                .statusCode(400);
        given().auth().oauth2(admin).post("/api/pemulihan/booking").then().statusCode(400);
        given().auth().oauth2(admin).queryParam("sejak", System.currentTimeMillis()).queryParam("dryRun", true)
                .post("/api/pemulihan/booking").then().statusCode(200);
    }
}
