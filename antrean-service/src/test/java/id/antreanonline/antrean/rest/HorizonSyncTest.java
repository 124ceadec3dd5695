package id.antreanonline.antrean.rest;

import static id.antreanonline.antrean.Fixtures.ambil;
import static id.antreanonline.antrean.Fixtures.column;
import static id.antreanonline.antrean.Fixtures.date;
import static id.antreanonline.antrean.Fixtures.doctor;
import static id.antreanonline.antrean.Fixtures.patient;
import static id.antreanonline.antrean.Fixtures.poli;
import static id.antreanonline.antrean.Fixtures.schedule;
import static id.antreanonline.antrean.Fixtures.staffToken;
import static id.antreanonline.antrean.Fixtures.today;
import static id.antreanonline.antrean.Fixtures.wsrs;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.endsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import id.antreanonline.antrean.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** The sync of every poli over the booking horizon (3 days after today in tests) and the changes it finds. */
@QuarkusTest
class HorizonSyncTest {

    private static final int DAYS = 4;

    @Test
    void aRunSyncsEveryPoliForEveryDayAndItsProgressIsReadableWhileItRuns() {
        String admin = staffToken("admin");
        List<String> polis = List.of(poli(), poli());
        for (String kodepoli : polis) {
            String kodedokter = doctor();
            schedule(kodepoli, kodedokter, today().plusDays(1), "08:00-12:00", 8, 2);
            everyDay(kodepoli, slot(kodepoli, kodedokter, 10, 0, "08:00 - 12:00"));
        }

        Fixtures.holdHfis();
        long id;
        try {
            id = given().auth().oauth2(admin).post("/api/jadwal/sinkron-horizon").then().statusCode(202)
                    .header("Location", endsWith("/api/jadwal/sinkron-horizon/" + given().auth().oauth2(admin)
                            .get("/api/jadwal/sinkron-horizon?limit=1").then().extract().jsonPath()
                            .getLong("[0].id")))
                    .extract().jsonPath().getLong("id");
            JsonPath running = progress(admin, id);
            assertEquals("RUNNING", running.getString("state"));
            assertTrue(running.getInt("total") >= polis.size() * DAYS && running.getInt("total") % DAYS == 0);
            assertTrue(running.getInt("done") < running.getInt("total"));
        } finally {
            Fixtures.releaseHfis();
        }

        JsonPath done = awaitEnd(admin, id);
        assertEquals("DONE", done.getString("state"));
        assertEquals(done.getInt("total"), done.getInt("done"));
        assertNotNull(done.getString("finishedAt"));
        for (String kodepoli : polis) {
            assertEquals(List.of(), failuresOf(done, kodepoli));
            assertEquals(List.of((long) DAYS), column("select count(*) from doctor_schedule where kodepoli = ?"
                    + " and kuota_jkn = 8 and kuota_nonjkn = 2", kodepoli));
        }
        assertEquals(id, given().auth().oauth2(admin).get("/api/jadwal/sinkron-horizon?limit=5").then()
                .statusCode(200).extract().jsonPath().getLong("[0].id"));
    }

    @Test
    void aSecondStartWhileOneRunsIsRefusedWithTheRunningOnesId() {
        String admin = staffToken("admin");
        Fixtures.holdHfis();
        long id;
        try {
            id = given().auth().oauth2(admin).post("/api/jadwal/sinkron-horizon").then().statusCode(202).extract()
                    .jsonPath().getLong("id");
            given().auth().oauth2(admin).post("/api/jadwal/sinkron-horizon").then().statusCode(409)
                    .body("id", org.hamcrest.Matchers.is((int) id));
        } finally {
            Fixtures.releaseHfis();
        }
        awaitEnd(admin, id);
        given().auth().oauth2(staffToken("admisi")).post("/api/jadwal/sinkron-horizon").then().statusCode(403);
    }

    @Test
    void aPoliWhoseHfisCallFailsIsRecordedWithBpjssMessageAndTheRunStillEnds() {
        String admin = staffToken("admin");
        String kodepoli = poli();
        String kodedokter = doctor();
        schedule(kodepoli, kodedokter, today().plusDays(2), "08:00-12:00", 8, 2);
        // HFIS answers only the first day; the fake refuses the others as BPJS does ("Jadwal tidak ditemukan")
        Fixtures.hfis(kodepoli, today(), "[" + slot(kodepoli, kodedokter, 10, 0, "08:00 - 12:00") + "]");

        JsonPath done = awaitEnd(admin, start(admin));

        assertEquals("DONE", done.getString("state"));
        assertEquals(done.getInt("total"), done.getInt("done"));
        List<Map<String, String>> failures = failuresOf(done, kodepoli);
        assertEquals(DAYS - 1, failures.size());
        assertEquals(Map.of("kodepoli", kodepoli, "tanggal", date(today().plusDays(1)), "message",
                "Jadwal tidak ditemukan"), failures.get(0));
        assertTrue(done.getInt("failed") >= DAYS - 1);
        // a day HFIS could not answer is left as it was
        assertEquals(List.of(8), column("select kuota_jkn from doctor_schedule where kodepoli = ? and tanggal = ?",
                kodepoli, today().plusDays(2)));
    }

    @Test
    void aQuotaBelowThePlacesHeldADoctorOnLeaveAndAPracticeGoneAreChangesWithTheBookingsToCall() {
        String admin = staffToken("admin");
        String kodepoli = poli();
        String lowered = doctor();
        String onLeave = doctor();
        LocalDate day = today().plusDays(1);
        long loweredId = schedule(kodepoli, lowered, day, "08:00-12:00", 5, 1);
        schedule(kodepoli, onLeave, day, "13:00-15:00", 5, 1);
        String gone = doctor();
        long goneId = schedule(kodepoli, gone, day, "16:00-18:00", 5, 1);
        wsrs("ambilantrean", ambil(patient(true), kodepoli, gone, day, "16:00-18:00"));
        List<String> bookings = new java.util.ArrayList<>();
        for (int i = 0; i < 3; i++) {
            bookings.add(wsrs("ambilantrean", ambil(patient(true), kodepoli, lowered, day, "08:00-12:00"))
                    .getString("response.kodebooking"));
        }
        Fixtures.Patient called = patient(true);
        wsrs("ambilantrean", ambil(called, kodepoli, onLeave, day, "13:00-15:00"));
        everyDay(kodepoli, "");
        Fixtures.hfis(kodepoli, day, "[" + slot(kodepoli, lowered, 2, 0, "08:00 - 12:00") + ","
                + slot(kodepoli, onLeave, 6, 1, "13:00 - 15:00") + "]");

        awaitEnd(admin, start(admin));

        JsonPath changes = given().auth().oauth2(staffToken("admisi")).queryParam("sejak", date(today()))
                .queryParam("kodepoli", kodepoli).get("/api/jadwal/perubahan").then().statusCode(200).extract()
                .jsonPath();
        assertEquals(List.of("KUOTA", "LIBUR", "HILANG"), changes.getList("jenis"));
        assertEquals("JKN 5, non-JKN 1", changes.getString("[0].sebelum"));
        assertEquals("JKN 2, non-JKN 0", changes.getString("[0].sesudah"));
        assertEquals(true, changes.getBoolean("[0].perluTindakan"));
        assertEquals(3, changes.getInt("[0].jumlahBooking"));
        assertEquals(bookings, changes.getList("[0].booking.kodebooking"));
        assertEquals(date(day), changes.getString("[0].tanggal"));
        assertEquals(lowered, changes.getString("[0].kodedokter"));
        assertEquals(true, changes.getBoolean("[1].perluTindakan"));
        assertEquals(List.of(called.norm()), changes.getList("[1].booking.norm"));
        // only what the staff need to call: no NIK, card or phone
        assertEquals(java.util.Set.of("kodebooking", "nomorantrean", "norm"),
                changes.getMap("[1].booking[0]").keySet());
        // a practice HFIS no longer has is closed to bookings, not deleted: its bookings still point at it
        assertEquals(true, changes.getBoolean("[2].perluTindakan"));
        assertEquals(List.of(true), column("select libur from doctor_schedule where id = ?", goneId));
        // the sync rewrote the quota, never the numbering or the places held
        assertEquals(List.of(3), column("select last_number from doctor_schedule where id = ?", loweredId));
        assertEquals(List.of(3), column("select held_jkn from doctor_schedule where id = ?", loweredId));
    }

    @Test
    void aRunWhoseOwnerDiedIsInterruptedAndCanBeResumed() {
        String admin = staffToken("admin");
        String kodepoli = poli();
        everyDay(kodepoli, slot(kodepoli, doctor(), 10, 0, "08:00 - 12:00"));
        // what a replica that died mid-run leaves behind: RUNNING, items pending, and no one holding the lock
        long dead = (Long) column("insert into schedule_sync_run (started_by, state, total) values ('admin',"
                + " 'RUNNING', ?) returning id", DAYS).get(0);
        column("insert into schedule_sync_item (run_id, kodepoli, tanggal) select ?, ?, d::date"
                + " from generate_series(?::date, ?::date + 3, interval '1 day') d returning 1", dead, kodepoli,
                today(), today());

        long next = start(admin);
        assertNotEquals(dead, next);
        JsonPath interrupted = progress(admin, dead);
        assertEquals("INTERRUPTED", interrupted.getString("state"));
        assertNotNull(interrupted.getString("finishedAt"));
        awaitEnd(admin, next);

        given().auth().oauth2(admin).post("/api/jadwal/sinkron-horizon/" + dead + "/lanjutkan").then()
                .statusCode(202);
        JsonPath resumed = awaitEnd(admin, dead);
        assertEquals("DONE", resumed.getString("state"));
        assertEquals(DAYS, resumed.getInt("done"));
        assertEquals(0, resumed.getInt("failed"));
        given().auth().oauth2(admin).post("/api/jadwal/sinkron-horizon/" + dead + "/lanjutkan").then()
                .statusCode(409);
    }

    private static long start(String admin) {
        return given().auth().oauth2(admin).post("/api/jadwal/sinkron-horizon").then().statusCode(202).extract()
                .jsonPath().getLong("id");
    }

    private static JsonPath progress(String admin, long id) {
        return given().auth().oauth2(admin).get("/api/jadwal/sinkron-horizon/" + id).then().statusCode(200)
                .extract().jsonPath();
    }

    private static JsonPath awaitEnd(String admin, long id) {
        await().atMost(Duration.ofSeconds(60)).until(() -> !"RUNNING".equals(progress(admin, id).getString("state")));
        return progress(admin, id);
    }

    private static List<Map<String, String>> failuresOf(JsonPath run, String kodepoli) {
        return run.<Map<String, String>>getList("failures").stream().filter(f -> kodepoli.equals(f.get("kodepoli")))
                .toList();
    }

    /** The same answer (slots joined by commas) for every day of the horizon. */
    private static void everyDay(String kodepoli, String slots) {
        for (int d = 0; d < DAYS; d++) {
            Fixtures.hfis(kodepoli, today().plusDays(d), "[" + slots + "]");
        }
    }

    private static String slot(String kodepoli, String kodedokter, int capacity, int libur, String hours) {
        return "{\"kodesubspesialis\":\"" + kodepoli + "\",\"kapasitaspasien\":" + capacity + ",\"libur\":" + libur
                + ",\"jadwal\":\"" + hours + "\",\"namasubspesialis\":\"ANAK\",\"namadokter\":\"DR. HFIS\","
                + "\"kodepoli\":\"ANA\",\"namapoli\":\"Anak\",\"kodedokter\":" + kodedokter + "}";
    }
}
