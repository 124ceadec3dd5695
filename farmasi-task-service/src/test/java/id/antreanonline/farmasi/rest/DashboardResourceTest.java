package id.antreanonline.farmasi.rest;

import static id.antreanonline.farmasi.Fixtures.at;
import static id.antreanonline.farmasi.Fixtures.book;
import static id.antreanonline.farmasi.Fixtures.newDay;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import id.antreanonline.farmasi.Fixtures;
import id.antreanonline.farmasi.TestClock;
import id.antreanonline.shared.Wib;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;

/** The dashboard's counts of a day, for one poli or all. */
@QuarkusTest
class DashboardResourceTest {

    @Inject
    TestClock clock;

    @Test
    void countsTheDaysVisitsAndTheirTasksNotYetDeliveredToBpjs() {
        LocalDate day = newDay();
        clock.set(at(day, "23:00"));
        book(day, false, "DSB", "701", 1, at(day, "07:00"));
        book(day, false, "DSB", "701", 2, null);
        book(day, false, "LIN", "702", 1, null);

        given().auth().oauth2(Fixtures.token("poli")).queryParam("tanggal", Wib.DATE.format(day))
                .queryParam("kodepoli", "DSB").get("/api/dashboard").then().statusCode(200)
                .body("tanggal", equalTo(Wib.DATE.format(day)))
                .body("kodepoli", equalTo("DSB"))
                .body("kunjungan", equalTo(2))
                .body("sumber.MOBILE_JKN", equalTo(2))
                .body("sumber.ONSITE", equalTo(0))
                .body("status.open", equalTo(2))
                .body("tasks.pending", equalTo(1))
                .body("perTask.3.pending", equalTo(1))
                .body("farmasi.delivered", equalTo(0));

        given().auth().oauth2(Fixtures.token("admin")).queryParam("tanggal", Wib.DATE.format(day))
                .get("/api/dashboard").then().statusCode(200).body("kunjungan", equalTo(3));
    }

    @Test
    void aMalformedDateIsRefusedWithTheFormatItNeeds() {
        given().auth().oauth2(Fixtures.token("admin")).queryParam("tanggal", "30-11-2026")
                .get("/api/dashboard").then().statusCode(400)
                .body("message", equalTo("Format tanggal tidak sesuai, format yang benar adalah yyyy-mm-dd"));
    }
}
