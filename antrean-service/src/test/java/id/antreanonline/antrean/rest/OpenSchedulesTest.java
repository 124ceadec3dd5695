package id.antreanonline.antrean.rest;

import static id.antreanonline.antrean.Fixtures.ambil;
import static id.antreanonline.antrean.Fixtures.date;
import static id.antreanonline.antrean.Fixtures.doctor;
import static id.antreanonline.antrean.Fixtures.patient;
import static id.antreanonline.antrean.Fixtures.poli;
import static id.antreanonline.antrean.Fixtures.schedule;
import static id.antreanonline.antrean.Fixtures.staffToken;
import static id.antreanonline.antrean.Fixtures.today;
import static id.antreanonline.antrean.Fixtures.wsrs;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** The counter's view of a day: which practices still have places, for choosing a poli and doctor. */
@QuarkusTest
class OpenSchedulesTest {

    @Test
    void aDaysSchedulesShowThePlacesLeftAfterBookings() {
        String kodepoli = poli();
        String first = doctor();
        String second = doctor();
        LocalDate day = today().plusDays(3);
        schedule(kodepoli, first, day, "08:00-12:00", 2, 5);
        schedule(kodepoli, second, day, "13:00-15:00", 0, 0, true);
        wsrs("ambilantrean", ambil(patient(true), kodepoli, first, day, "08:00-12:00"));

        given().auth().oauth2(staffToken("admisi")).queryParam("tanggal", date(day)).queryParam("kodepoli", kodepoli)
                .get("/api/jadwal").then().statusCode(200)
                .body("kodedokter", contains(first, second))
                .body("[0].kuotajkn", equalTo(2)).body("[0].sisakuotajkn", equalTo(1))
                .body("[0].sisakuotanonjkn", equalTo(5)).body("[0].tutup", equalTo(false))
                .body("[1].tutup", equalTo(true));
    }

    @Test
    void onlyTheCounterAndAdminSeeTheBoardAndABadDateIsNamed() {
        given().auth().oauth2(staffToken("farmasi")).queryParam("tanggal", date(today())).get("/api/jadwal").then()
                .statusCode(403);
        given().queryParam("tanggal", date(today())).get("/api/jadwal").then().statusCode(401);
        given().auth().oauth2(staffToken("admin")).queryParam("tanggal", "30-11-2026").get("/api/jadwal").then()
                .statusCode(400).body("message", containsString("yyyy-mm-dd"));
    }
}
