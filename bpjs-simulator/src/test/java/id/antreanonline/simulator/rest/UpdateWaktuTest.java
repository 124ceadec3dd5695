package id.antreanonline.simulator.rest;

import static id.antreanonline.simulator.rest.Bookings.at;
import static id.antreanonline.simulator.rest.Bookings.mobileJknBooking;
import static id.antreanonline.simulator.rest.Bookings.updateWaktu;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

@QuarkusTest
class UpdateWaktuTest {

    private static void assertCode(int code, JsonPath answer) {
        assertEquals(code, answer.getInt("metadata.code"), answer.prettify());
    }

    @Test
    void returningPatientFlowIsAccepted() {
        String kb = mobileJknBooking(false);
        for (int task = 3; task <= 7; task++) {
            assertCode(200, updateWaktu(kb, task, at(9, task)));
        }
        given().get("/admin/tasks/" + kb).then().statusCode(200)
                .body("taskid", contains(3, 4, 5, 6, 7));
    }

    @Test
    void newPatientFlowStartsAtOne() {
        String kb = mobileJknBooking(true);
        for (int task = 1; task <= 5; task++) {
            assertCode(200, updateWaktu(kb, task, at(8, task)));
        }
    }

    @Test
    void newPatientCannotSkipAdmission() {
        String kb = mobileJknBooking(true);
        JsonPath answer = updateWaktu(kb, 3, at(8, 0));
        assertCode(201, answer);
        assertEquals("TaskId=2 belum ada, TaskId=3 tidak dapat diproses", answer.getString("metadata.message"));
    }

    @Test
    void returningPatientCannotSendAdmissionTasks() {
        String kb = mobileJknBooking(false);
        assertCode(201, updateWaktu(kb, 1, at(8, 0)));
        assertCode(201, updateWaktu(kb, 2, at(8, 0)));
    }

    @Test
    void taskWithoutItsPredecessorIsRefused() {
        String kb = mobileJknBooking(false);
        assertCode(200, updateWaktu(kb, 3, at(9, 0)));
        JsonPath answer = updateWaktu(kb, 5, at(9, 30));
        assertCode(201, answer);
        assertEquals("TaskId=4 belum ada, TaskId=5 tidak dapat diproses", answer.getString("metadata.message"));
    }

    @Test
    void timeNotAfterThePreviousTaskIsRefused() {
        String kb = mobileJknBooking(false);
        assertCode(200, updateWaktu(kb, 3, at(9, 0)));
        JsonPath same = updateWaktu(kb, 4, at(9, 0));
        assertCode(201, same);
        assertEquals("Waktu TaskId=4 harus lebih besar dari waktu TaskId=3", same.getString("metadata.message"));
        assertCode(201, updateWaktu(kb, 4, at(8, 59)));
        assertCode(200, updateWaktu(kb, 4, at(9, 0) + 1));
    }

    @Test
    void timeOutsideTheVisitDateIsRefused() {
        String kb = mobileJknBooking(false);
        long yesterday = at(9, 0) - 24 * 3600_000L;
        JsonPath first = updateWaktu(kb, 3, yesterday);
        assertCode(201, first);
        assertTrue(first.getString("metadata.message").contains("tidak sesuai dengan tanggal periksa"));
        assertCode(200, updateWaktu(kb, 3, at(9, 0)));
        assertCode(201, updateWaktu(kb, 4, at(9, 0) + 24 * 3600_000L));
    }

    @Test
    void visitDateIsJudgedInWib() {
        String kb = mobileJknBooking(false);
        // 06:30 WIB on the visit date is 23:30 UTC the day before: still the visit date
        assertCode(200, updateWaktu(kb, 3, at(6, 30)));
        // 00:30 WIB the day after is 17:30 UTC on the visit date: no longer the visit date
        assertCode(201, updateWaktu(kb, 4, at(23, 59) + 60_000 * 31));
    }

    @Test
    void taskAlreadyHeldIsAnswered208() {
        String kb = mobileJknBooking(false);
        assertCode(200, updateWaktu(kb, 3, at(9, 0)));
        assertCode(200, updateWaktu(kb, 4, at(9, 10)));
        JsonPath again = updateWaktu(kb, 3, at(9, 0));
        assertCode(208, again);
        assertEquals("TaskId=3 sudah ada", again.getString("metadata.message"));
        assertCode(208, updateWaktu(kb, 4, at(9, 20)));
        given().get("/admin/tasks/" + kb).then().body("waktu[1]", org.hamcrest.Matchers.equalTo(at(9, 10)));
    }

    @Test
    void noShowIsAcceptedAnyTimeAndEndsTheBooking() {
        String kb = mobileJknBooking(true);
        assertCode(200, updateWaktu(kb, 99, at(10, 0)));
        JsonPath after = updateWaktu(kb, 1, at(10, 5));
        assertCode(201, after);
        assertEquals("Antrean Sudah Dibatalkan", after.getString("metadata.message"));
        assertCode(208, updateWaktu(kb, 99, at(10, 6)));
    }

    @Test
    void noShowAfterPoliTasksIsAccepted() {
        String kb = mobileJknBooking(false);
        assertCode(200, updateWaktu(kb, 3, at(9, 0)));
        assertCode(200, updateWaktu(kb, 4, at(9, 5)));
        assertCode(200, updateWaktu(kb, 99, at(9, 6)));
        assertCode(201, updateWaktu(kb, 5, at(9, 7)));
    }

    @Test
    void unknownBookingIsRefused() {
        JsonPath answer = updateWaktu("NOSUCHBOOKING", 3, at(9, 0));
        assertCode(201, answer);
        assertEquals("Kode Booking Tidak Ditemukan", answer.getString("metadata.message"));
    }

    @Test
    void invalidTaskIdAndWaktuAreRefused() {
        String kb = mobileJknBooking(false);
        assertCode(201, updateWaktu(kb, 8, at(9, 0)));
        assertCode(201, updateWaktu(kb, 3, "kemarin"));
    }

    @Test
    void digitStringsAreAccepted() {
        String kb = mobileJknBooking(false);
        assertCode(200, updateWaktu(kb, "3", Long.toString(at(9, 0))));
    }

    @Test
    void cancelledBookingTakesNoMoreTasks() {
        String kb = mobileJknBooking(false);
        Signed.antrean().request().body(Map.of("kodebooking", kb, "keterangan", "pasien batal"))
                .post("/antreanrs/antrean/batal").then().body("metadata.code", org.hamcrest.Matchers.equalTo(200));
        assertCode(201, updateWaktu(kb, 3, at(9, 0)));
        Signed.antrean().request().body(Map.of("kodebooking", kb, "keterangan", "lagi"))
                .post("/antreanrs/antrean/batal").then().body("metadata.code", org.hamcrest.Matchers.equalTo(201));
    }

    @Test
    void getListTaskShowsBpjsFormat() throws Exception {
        String kb = mobileJknBooking(false);
        assertCode(200, updateWaktu(kb, 3, at(9, 0)));
        assertCode(200, updateWaktu(kb, 4, at(9, 15)));
        Signed signed = Signed.antrean();
        String response = signed.request().body(Map.of("kodebooking", kb)).post("/antreanrs/antrean/getlisttask")
                .then().statusCode(200).body("metadata.code", org.hamcrest.Matchers.equalTo(200))
                .extract().path("response");
        List<Map<String, Object>> list = new ObjectMapper().readValue(signed.decrypt(response), new TypeReference<>() {
        });
        assertEquals(2, list.size());
        assertEquals(3, list.get(0).get("taskid"));
        assertEquals(Bookings.today().format(java.time.format.DateTimeFormatter.ofPattern("dd-MM-yyyy")) + " 09:00:00 WIB",
                list.get(0).get("waktu"));
        assertTrue(((String) list.get(0).get("wakturs")).matches("\\d\\d-\\d\\d-\\d{4} \\d\\d:\\d\\d:\\d\\d WIB"));
        assertEquals("akhir waktu layan admisi/mulai waktu tunggu poli", list.get(0).get("taskname"));
        assertEquals(kb, list.get(1).get("kodebooking"));
    }
}
