package id.antreanonline.antrean.rest;

import static id.antreanonline.antrean.Fixtures.ambil;
import static id.antreanonline.antrean.Fixtures.column;
import static id.antreanonline.antrean.Fixtures.digits;
import static id.antreanonline.antrean.Fixtures.doctor;
import static id.antreanonline.antrean.Fixtures.patient;
import static id.antreanonline.antrean.Fixtures.poli;
import static id.antreanonline.antrean.Fixtures.schedule;
import static id.antreanonline.antrean.Fixtures.today;
import static id.antreanonline.antrean.Fixtures.wsrs;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import id.antreanonline.antrean.Fixtures;
import id.antreanonline.antrean.service.Messages;
import id.antreanonline.shared.Wib;
import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * The go-live migration: the previous queue system's bookings keep their codes and numbers, hold their places, the
 * numbering goes on after them, nothing is imported twice, and a dry run changes nothing.
 */
@QuarkusTest
class BookingMigrationTest {

    private static final String HOURS = "08:00-12:00";
    private final String kodepoli = poli();
    private final String kodedokter = doctor();
    private final LocalDate tomorrow = today().plusDays(1);

    private static String kodebooking() {
        return "LAMA" + digits(10);
    }

    private String line(String kodebooking, int angka, String extra) {
        return line(kodebooking, angka, tomorrow, digits(16), digits(13), extra);
    }

    private String line(String kodebooking, int angka, LocalDate day, String nik, String nomorkartu, String extra) {
        return "{\"kodebooking\":\"" + kodebooking + "\",\"nik\":\"" + nik + "\",\"nomorkartu\":\"" + nomorkartu
                + "\",\"norm\":\"" + digits(8) + "\",\"kodepoli\":\"" + kodepoli + "\",\"kodedokter\":\"" + kodedokter
                + "\",\"tanggalperiksa\":\"" + Fixtures.date(day) + "\",\"jampraktek\":\"" + HOURS
                + "\",\"angkaantrean\":" + angka + ",\"nomorantrean\":\"L-" + angka + "\",\"jeniskunjungan\":1"
                + ",\"nomorreferensi\":\"0001R004" + digits(11) + "\"" + extra + "}\n";
    }

    private static JsonPath migrate(String ndjson, boolean dryRun) {
        return given().auth().oauth2(Fixtures.staffToken("admin")).contentType("application/x-ndjson").body(ndjson.getBytes(StandardCharsets.UTF_8))
                .queryParam("dryRun", dryRun).post("/api/antrean/migrasi").then().statusCode(200).extract().jsonPath();
    }

    private static long count(String sql, Object... params) {
        return ((Number) column(sql, params).get(0)).longValue();
    }

    @Test
    void aDryRunReportsWhatWouldChangeAndChangesNothing() {
        long scheduleId = schedule(kodepoli, kodedokter, tomorrow, HOURS, 10, 0);
        String first = kodebooking();
        String second = kodebooking();
        String file = line(first, 3, "") + line(second, 7, "") + line(kodebooking(), 3, "")
                + "bukan json\n" + line(kodebooking(), 4, "").replace(HOURS, "13:00-15:00");

        JsonPath dry = migrate(file, true);
        assertEquals(true, dry.getBoolean("dryRun"));
        assertEquals(5, dry.getInt("lines"));
        assertEquals(2, dry.getInt("created"));
        assertEquals(0, dry.getInt("unchanged"));
        assertEquals(List.of(3, 4, 5), dry.getList("rejected.line", Integer.class));
        assertEquals("Nomor antrean 3 pada jadwal ini sudah dipakai kode booking " + first,
                dry.getString("rejected[0].reason"));
        assertEquals(7, dry.getInt("schedules[0].lastNumber"));
        assertEquals(2, dry.getInt("schedules[0].heldJkn"));
        assertEquals(0, count("select count(*) from booking where kodebooking in (?, ?)", first, second));
        assertEquals(List.of(0), column("select last_number from doctor_schedule where id = ?", scheduleId));
        assertEquals(List.of(0), column("select held_jkn from doctor_schedule where id = ?", scheduleId));
        assertEquals(0, count("select count(*) from outbox where record_key in (?, ?)", first, second));

        JsonPath done = migrate(file, false);
        assertEquals(false, done.getBoolean("dryRun"));
        assertEquals(dry.getInt("created"), done.getInt("created"));
        assertEquals(dry.getList("rejected"), done.getList("rejected"));
        assertEquals(dry.getList("schedules"), done.getList("schedules"));
        assertEquals(List.of(7), column("select last_number from doctor_schedule where id = ?", scheduleId));
        assertEquals(List.of(2), column("select held_jkn from doctor_schedule where id = ?", scheduleId));
    }

    @Test
    void fiveHundredMigratedBookingsHoldTheirPlacesAndMobileJknGetsTheNextNumber() {
        long scheduleId = schedule(kodepoli, kodedokter, tomorrow, HOURS, 501, 0);
        StringBuilder file = new StringBuilder();
        for (int n = 1; n <= 500; n++) {
            file.append(line(kodebooking(), n, ""));
        }
        JsonPath report = migrate(file.toString(), false);
        assertEquals(500, report.getInt("created"), report.prettify());
        assertEquals(List.of(500), column("select held_jkn from doctor_schedule where id = ?", scheduleId));
        assertEquals(List.of(500), column("select last_number from doctor_schedule where id = ?", scheduleId));

        JsonPath next = wsrs("ambilantrean", ambil(patient(true), kodepoli, kodedokter, tomorrow, HOURS));
        assertEquals(200, next.getInt("metadata.code"), next.prettify());
        assertEquals(501, next.getInt("response.angkaantrean"));
        JsonPath full = wsrs("ambilantrean", ambil(patient(true), kodepoli, kodedokter, tomorrow, HOURS));
        assertEquals(Messages.JKN_QUOTA_FULL, full.getString("metadata.message"));

        JsonPath again = migrate(file.toString(), false);
        assertEquals(0, again.getInt("created"));
        assertEquals(500, again.getInt("unchanged"));
        assertEquals(List.of(), again.getList("conflicts"));
        assertEquals(List.of(), again.getList("rejected"));
        assertEquals(501, count("select count(*) from booking where schedule_id = ?", scheduleId));
        assertEquals(List.of(501), column("select last_number from doctor_schedule where id = ?", scheduleId));
        assertEquals(List.of(501), column("select held_jkn from doctor_schedule where id = ?", scheduleId));
    }

    /**
     * One active booking per patient, poli and day, whoever gave it: a line for a patient who already holds one there
     * (found by NIK, or by card number) is refused, and the same patient is migrated on another day.
     */
    @Test
    void aPatientWhoHoldsABookingAtThePoliThatDayIsRefusedAndMigratedOnAnotherDay() {
        LocalDate later = tomorrow.plusDays(1);
        schedule(kodepoli, kodedokter, tomorrow, HOURS, 10, 0);
        schedule(kodepoli, kodedokter, later, HOURS, 10, 0);
        String nik = digits(16);
        String card = digits(13);
        String held = kodebooking();
        assertEquals(1, migrate(line(held, 1, tomorrow, nik, card, ""), false).getInt("created"));

        // one file each: a line's lookup must find the booking by its own NIK or card, not by another line's
        String reason = "Pasien sudah memiliki antrean aktif di poli ini pada tanggal ini (kode booking " + held + ")";
        String byNik = kodebooking();
        JsonPath sameNik = migrate(line(byNik, 2, tomorrow, nik, digits(13), ""), false);
        assertEquals(List.of(reason), sameNik.getList("rejected.reason"), sameNik.prettify());
        String byCard = kodebooking();
        JsonPath sameCard = migrate(line(byCard, 3, tomorrow, digits(16), card, ""), false);
        assertEquals(List.of(reason), sameCard.getList("rejected.reason"), sameCard.prettify());
        assertEquals(0, count("select count(*) from booking where kodebooking in (?, ?)", byNik, byCard));
        String otherDay = kodebooking();
        assertEquals(1, migrate(line(otherDay, 1, later, nik, card, ""), false).getInt("created"));
        assertEquals(List.of("ACTIVE"), column("select status from booking where kodebooking = ?", otherDay));
    }

    @Test
    void aBookingAlreadyHereWithOtherContentIsAConflictAndAFullScheduleRefusesTheLine() {
        long scheduleId = schedule(kodepoli, kodedokter, tomorrow, HOURS, 2, 0);
        String migrated = kodebooking();
        String cancelled = kodebooking();
        migrate(line(migrated, 1, "") + line(cancelled, 2, ",\"status\":\"cancelled\""), false);
        JsonPath mobile = wsrs("ambilantrean", ambil(patient(true), kodepoli, kodedokter, tomorrow, HOURS));
        assertEquals(3, mobile.getInt("response.angkaantrean"), mobile.prettify());

        JsonPath report = migrate(line(migrated, 9, "") + line(cancelled, 2, ",\"status\":\"active\"")
                + line(kodebooking(), 10, ""), false);
        assertEquals(0, report.getInt("created"));
        assertEquals(List.of(1, 2), report.getList("conflicts.line", Integer.class));
        assertEquals("Kode booking sudah ada dengan isi berbeda (nomor antrean, pasien); tidak diubah",
                report.getString("conflicts[0].reason"));
        assertEquals(Messages.JKN_QUOTA_FULL, report.getString("rejected[0].reason"));
        assertEquals(3, report.getLong("rejected[0].line"));
        assertEquals(List.of(1), column("select angkaantrean from booking where kodebooking = ?", migrated));
        assertEquals(List.of("CANCELLED"), column("select status from booking where kodebooking = ?", cancelled));
        assertEquals(List.of(2), column("select held_jkn from doctor_schedule where id = ?", scheduleId));
    }

    @Test
    void aCsvExportReadsTheSameFieldsWithItsTasksAsPairs() {
        long scheduleId = schedule(kodepoli, kodedokter, tomorrow, HOURS, 5, 5);
        QuarkusMock.installMockForType(Clock.fixed(tomorrow.atTime(9, 0).atZone(Wib.ZONE).toInstant(), Wib.ZONE),
                Clock.class);
        long t3 = tomorrow.atTime(7, 45).atZone(Wib.ZONE).toInstant().toEpochMilli();
        String code = kodebooking();
        String csv = "kodebooking;nik;jenispasien;kodepoli;kodedokter;tanggalperiksa;jampraktek;angkaantrean;status;tasks;norm\n"
                + code + ";" + digits(16) + ";NON JKN;" + kodepoli + ";" + kodedokter + ";" + Fixtures.date(tomorrow)
                + ";08:00 - 12:00;2;active;3:" + t3 + " 4:" + (t3 + 600_000L) + ";\n"
                + "\"" + kodebooking() + "\";;NON JKN;" + kodepoli + ";" + kodedokter + ";" + Fixtures.date(tomorrow)
                + ";08:00-12:00;3;active;;" + digits(8) + "\n";
        JsonPath report = given().auth().oauth2(Fixtures.staffToken("admin")).contentType("text/csv")
                .body(csv.getBytes(StandardCharsets.UTF_8)).post("/api/antrean/migrasi").then().statusCode(200)
                .extract().jsonPath();
        assertEquals(1, report.getInt("created"), report.prettify());
        assertEquals(3, report.getLong("rejected[0].line"));
        assertEquals("NIK pasien tidak diketahui: isi nik, atau impor data pasien SIMRS lebih dulu",
                report.getString("rejected[0].reason"));
        assertEquals(List.of(t3), column("select checked_in_at from booking where kodebooking = ?", code));
        assertEquals(List.of(t3 + 600_000L), column("select called_at from booking where kodebooking = ?", code));
        assertEquals(List.of(2), column("select angkaantrean from booking where kodebooking = ?", code));
        assertEquals(List.of(1), column("select held_nonjkn from doctor_schedule where id = ?", scheduleId));
    }

    @Test
    void aScheduleNotHereIsTakenFromHfisOnlyByARealRun() {
        Fixtures.hfis(kodepoli, tomorrow, "[{\"kodesubspesialis\":\"" + kodepoli + "\",\"kapasitaspasien\":10,"
                + "\"libur\":0,\"jadwal\":\"08:00 - 12:00\",\"namasubspesialis\":\"ANAK\",\"namadokter\":"
                + "\"DR. HFIS\",\"kodepoli\":\"ANA\",\"namapoli\":\"Anak\",\"kodedokter\":" + kodedokter + "}]");
        String file = line(kodebooking(), 12, "");
        String stored = "select count(*) from doctor_schedule where kodepoli = ? and tanggal = ?";

        JsonPath dry = migrate(file, true);
        assertEquals(1, dry.getInt("created"), dry.prettify());
        assertEquals(true, dry.getBoolean("schedules[0].fromHfis"));
        assertEquals(8, dry.getInt("schedules[0].kuotaJkn"));
        assertEquals(0, count(stored, kodepoli, tomorrow));

        JsonPath done = migrate(file, false);
        assertEquals(1, done.getInt("created"), done.prettify());
        assertEquals(dry.getList("schedules"), done.getList("schedules"));
        assertEquals(List.of(12), column("select last_number from doctor_schedule where kodepoli = ? and tanggal = ?",
                kodepoli, tomorrow));
    }

    @Test
    void aMigratedBookingIsMarkedWithItsTasksSentAndItsCheckInIsTaskThree() {
        schedule(kodepoli, kodedokter, tomorrow, HOURS, 5, 5);
        Instant morning = tomorrow.atTime(7, 30).atZone(Wib.ZONE).toInstant();
        QuarkusMock.installMockForType(Clock.fixed(morning, Wib.ZONE), Clock.class);
        String code = kodebooking();
        long t1 = morning.toEpochMilli() - 20 * 60_000L;
        long t2 = morning.toEpochMilli() - 10 * 60_000L;
        JsonPath report = migrate(line(code, 4, ",\"sumber\":\"ONSITE\",\"pasienbaru\":1,\"tasks\":[{\"taskid\":1,"
                + "\"waktu\":" + t1 + "},{\"taskid\":2,\"waktu\":" + t2 + "}]"), false);
        assertEquals(1, report.getInt("created"), report.prettify());

        JsonNode created = CheckInTest.bookingEvent(code, "CREATED");
        assertEquals("ONSITE", created.path("source").asText());
        assertEquals(2, created.path("migrated").path("tasksSent").size());
        assertEquals(t2, created.path("migrated").path("tasksSent").get(1).path("waktu").asLong());
        assertEquals("L-4", created.path("booking").path("nomorantrean").asText());
        JsonNode visit = CheckInTest.visitEvent(code, "CREATED");
        assertEquals(1, visit.path("migrated").path("tasksSent").get(0).path("taskid").asInt());

        JsonPath checkIn = wsrs("checkin", Map.of("kodebooking", code, "waktu", morning.toEpochMilli()));
        assertEquals(200, checkIn.getInt("metadata.code"), checkIn.prettify());
        JsonNode checkedIn = CheckInTest.bookingEvent(code, "CHECKED_IN");
        assertEquals(3, checkedIn.path("checkIn").path("taskid").asInt());
        assertNull(checkedIn.get("migrated"));
    }
}
