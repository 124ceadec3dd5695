package id.antreanonline.farmasi.rest;

import static id.antreanonline.farmasi.Fixtures.at;
import static id.antreanonline.farmasi.Fixtures.book;
import static id.antreanonline.farmasi.Fixtures.newDay;
import static id.antreanonline.farmasi.Fixtures.record;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import id.antreanonline.farmasi.Fixtures;
import id.antreanonline.farmasi.TestClock;
import id.antreanonline.shared.Wib;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;

/** Waiting and service times per station computed on a known timeline. */
@QuarkusTest
class StatisticsResourceTest {

    @Inject
    TestClock clock;

    @Test
    void waitingAndServiceTimesFollowTheTasks() {
        LocalDate day = newDay();
        clock.set(at(day, "23:00"));
        // a new patient: admission wait 10 min, service 15, poli wait 35, service 20, pharmacy wait 10, service 15
        String fresh = book(day, true, "ANA", "601", 1, at(day, "07:00")).kodebooking();
        record("admisi", fresh, 2, at(day, "07:10"), null).statusCode(200);
        record("admisi", fresh, 3, at(day, "07:25"), null).statusCode(200);
        record("poli", fresh, 4, at(day, "08:00"), null).statusCode(200);
        record("poli", fresh, 5, at(day, "08:20"), "racikan").statusCode(200);
        record("farmasi", fresh, 6, at(day, "08:30"), null).statusCode(200);
        record("farmasi", fresh, 7, at(day, "08:45"), null).statusCode(200);
        // a returning patient, no medicine: poli wait 60 min, service 10
        String back = book(day, false, "ANA", "601", 2, at(day, "07:30")).kodebooking();
        record("poli", back, 4, at(day, "08:30"), null).statusCode(200);
        record("poli", back, 5, at(day, "08:40"), null).statusCode(200);
        // another poli
        String other = book(day, false, "INT", "602", 1, at(day, "07:00")).kodebooking();
        record("poli", other, 4, at(day, "07:20"), null).statusCode(200);

        given().auth().oauth2(Fixtures.token("admin")).queryParam("tanggal", Wib.DATE.format(day))
                .queryParam("kodepoli", "ANA").get("/api/statistik").then().statusCode(200)
                .body("total.visits", equalTo(2))
                .body("total.admisi.tunggu.count", equalTo(1))
                .body("total.admisi.tunggu.averageSeconds", equalTo(600))
                .body("total.admisi.layan.averageSeconds", equalTo(900))
                .body("total.poli.tunggu.count", equalTo(2))
                .body("total.poli.tunggu.averageSeconds", equalTo(2850))
                .body("total.poli.tunggu.minSeconds", equalTo(2100))
                .body("total.poli.tunggu.maxSeconds", equalTo(3600))
                .body("total.poli.layan.averageSeconds", equalTo(900))
                .body("total.farmasi.tunggu.averageSeconds", equalTo(600))
                .body("total.farmasi.layan.count", equalTo(1))
                .body("total.farmasi.layan.averageSeconds", equalTo(900));

        given().auth().oauth2(Fixtures.token("poli")).queryParam("tanggal", Wib.DATE.format(day))
                .get("/api/statistik").then().statusCode(200)
                .body("total.visits", equalTo(3))
                .body("total.poli.tunggu.count", equalTo(3))
                .body("perPoli.kodepoli", contains("ANA", "INT"))
                .body("perPoli[1].poli.tunggu.averageSeconds", equalTo(1200))
                .body("perPoli[1].poli.layan.count", equalTo(0))
                .body("perPoli[1].poli.layan.averageSeconds", nullValue());
    }
}
