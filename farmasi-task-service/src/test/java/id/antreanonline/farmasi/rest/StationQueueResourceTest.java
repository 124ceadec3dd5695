package id.antreanonline.farmasi.rest;

import static id.antreanonline.farmasi.Fixtures.at;
import static id.antreanonline.farmasi.Fixtures.book;
import static id.antreanonline.farmasi.Fixtures.newDay;
import static id.antreanonline.farmasi.Fixtures.record;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import id.antreanonline.farmasi.Fixtures;
import id.antreanonline.farmasi.TestClock;
import id.antreanonline.shared.Wib;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;

/** Per station and day: who waits, in which order, and who was called last. */
@QuarkusTest
class StationQueueResourceTest {

    @Inject
    TestClock clock;

    private static ValidatableResponse queue(String path, LocalDate day) {
        return given().auth().oauth2(Fixtures.token("poli")).queryParam("tanggal", Wib.DATE.format(day))
                .get("/api/antrean/" + path).then().statusCode(200);
    }

    @Test
    void thePoliCallsByQueueNumberPerDoctor() {
        LocalDate day = newDay();
        clock.set(at(day, "23:00"));
        String third = book(day, false, "BED", "501", 3, at(day, "07:00")).kodebooking();
        String first = book(day, false, "BED", "501", 1, at(day, "07:05")).kodebooking();
        String second = book(day, false, "BED", "501", 2, at(day, "07:10")).kodebooking();
        book(day, false, "BED", "502", 1, at(day, "07:15"));

        queue("poli/BED?kodedokter=501", day).body("waiting.kodebooking", contains(first, second, third))
                .body("calledLast", nullValue());
        record("poli", first, 4, at(day, "08:00"), null).statusCode(200);
        queue("poli/BED?kodedokter=501", day)
                .body("waiting.kodebooking", contains(second, third))
                .body("inService.kodebooking", contains(first))
                .body("calledLast.entry.nomorantrean", equalTo("B-1"))
                .body("calledLast.taskid", equalTo(4))
                .body("total", equalTo(3));
        queue("poli/BED", day).body("waiting.size()", equalTo(3));
    }

    @Test
    void admissionCallsNewPatientsInArrivalOrder() {
        LocalDate day = newDay();
        clock.set(at(day, "23:00"));
        String late = book(day, true, "ANA", "503", 1, at(day, "07:20")).kodebooking();
        String early = book(day, true, "ANA", "503", 2, at(day, "07:02")).kodebooking();
        book(day, false, "ANA", "503", 3, at(day, "07:05"));

        queue("admisi", day).body("waiting.kodebooking", contains(early, late));
        record("admisi", early, 2, at(day, "07:30"), null).statusCode(200);
        queue("admisi", day).body("waiting.kodebooking", contains(late))
                .body("inService.kodebooking", contains(early))
                .body("calledLast.entry.kodebooking", equalTo(early));
        record("admisi", early, 3, at(day, "07:40"), null).statusCode(200);
        queue("admisi", day).body("inService", empty());
        queue("poli/ANA", day).body("waiting.kodebooking.size()", equalTo(2));
    }

    @Test
    void thePharmacyCallsByPharmacyNumber() {
        LocalDate day = newDay();
        clock.set(at(day, "23:00"));
        String a = book(day, false, "MAT", "504", 1, at(day, "07:00")).kodebooking();
        String b = book(day, false, "MAT", "504", 2, at(day, "07:01")).kodebooking();
        record("poli", b, 4, at(day, "08:00"), null).statusCode(200);
        record("poli", b, 5, at(day, "08:10"), "racikan").statusCode(200);
        record("poli", a, 4, at(day, "08:11"), null).statusCode(200);
        record("poli", a, 5, at(day, "08:20"), "non racikan").statusCode(200);

        queue("farmasi", day).body("waiting.kodebooking", contains(b, a)).body("waiting.nomorfarmasi", contains(1, 2));
        record("farmasi", b, 6, at(day, "08:30"), null).statusCode(200);
        record("farmasi", b, 7, at(day, "08:40"), null).statusCode(200);
        queue("farmasi", day).body("waiting.kodebooking", contains(a))
                .body("ready.kodebooking", contains(b))
                .body("calledLast.entry.nomorfarmasi", equalTo(1));
    }

    @Test
    void aBadDateIsRefused() {
        given().auth().oauth2(Fixtures.token("poli")).queryParam("tanggal", "02-03-2026")
                .get("/api/antrean/farmasi").then().statusCode(400)
                .body("message", equalTo("Format tanggal tidak sesuai, format yang benar adalah yyyy-mm-dd"));
    }
}
