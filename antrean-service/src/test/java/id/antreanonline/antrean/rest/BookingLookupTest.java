package id.antreanonline.antrean.rest;

import static id.antreanonline.antrean.Fixtures.ambil;
import static id.antreanonline.antrean.Fixtures.doctor;
import static id.antreanonline.antrean.Fixtures.patient;
import static id.antreanonline.antrean.Fixtures.poli;
import static id.antreanonline.antrean.Fixtures.schedule;
import static id.antreanonline.antrean.Fixtures.today;
import static id.antreanonline.antrean.Fixtures.wsrs;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.Test;

import id.antreanonline.antrean.Fixtures;
import id.antreanonline.antrean.Fixtures.Patient;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

@QuarkusTest
class BookingLookupTest {

    private static final String HOURS = "08:00-12:00";
    private final String kodepoli = poli();
    private final String kodedokter = doctor();
    private final LocalDate tomorrow = today().plusDays(1);

    @Test
    void admissionAndThePoliSeeTheBookingWithItsScheduleForTheVisitsVClaimLetters() {
        schedule(kodepoli, kodedokter, tomorrow, HOURS, 10, 10);
        Patient p = patient(true);
        Map<String, Object> request = ambil(p, kodepoli, kodedokter, tomorrow, HOURS);
        JsonPath taken = wsrs("ambilantrean", request);
        assertEquals(200, taken.getInt("metadata.code"), taken.prettify());
        String kodebooking = taken.getString("response.kodebooking");

        for (String role : new String[] { "admisi", "poli", "admin" }) {
            given().auth().oauth2(Fixtures.staffToken(role)).get("/api/booking/{kb}", kodebooking).then()
                    .statusCode(200)
                    .body("kodebooking", is(kodebooking))
                    .body("jenispasien", is("JKN"))
                    .body("nomorkartu", is(p.nomorkartu()))
                    .body("nik", is(p.nik()))
                    .body("nohp", is("081234567890"))
                    .body("norm", is(p.norm()))
                    .body("kodepoli", is(kodepoli))
                    .body("namapoli", is("Poli " + kodepoli))
                    .body("kodedokter", is(kodedokter))
                    .body("namadokter", is("dr. Uji " + kodedokter))
                    .body("tanggalperiksa", is(Fixtures.date(tomorrow)))
                    .body("jampraktek", is(HOURS))
                    .body("jeniskunjungan", is(1))
                    .body("nomorreferensi", is(request.get("nomorreferensi")))
                    .body("status", is("ACTIVE"))
                    .body("source", is("MOBILE_JKN"))
                    .body("checkinTask", nullValue());
        }
    }

    @Test
    void theTicketShowsTheNumberScheduleAndEstimateAndNothingPersonal() {
        schedule(kodepoli, kodedokter, tomorrow, HOURS, 10, 10);
        JsonPath taken = wsrs("ambilantrean", ambil(patient(true), kodepoli, kodedokter, tomorrow, HOURS));
        assertEquals(200, taken.getInt("metadata.code"), taken.prettify());
        String kodebooking = taken.getString("response.kodebooking");

        for (String role : new String[] { "admisi", "admin" }) {
            JsonPath ticket = given().auth().oauth2(Fixtures.staffToken(role))
                    .get("/api/booking/{kb}/tiket", kodebooking).then().statusCode(200)
                    .body("kodebooking", is(kodebooking))
                    .body("jenispasien", is("JKN"))
                    .body("nomorantrean", is(taken.getString("response.nomorantrean")))
                    .body("angkaantrean", is(taken.getInt("response.angkaantrean")))
                    .body("estimasidilayani", is(taken.getLong("response.estimasidilayani")))
                    .body("namapoli", is("Poli " + kodepoli))
                    .body("namadokter", is("dr. Uji " + kodedokter))
                    .body("tanggalperiksa", is(Fixtures.date(tomorrow)))
                    .body("jampraktek", is(HOURS))
                    .body("status", is("ACTIVE"))
                    .extract().jsonPath();
            for (String personal : new String[] { "nomorkartu", "nik", "nohp", "norm", "nomorreferensi" }) {
                assertEquals(false, ticket.getMap("").containsKey(personal), personal);
            }
        }
    }

    @Test
    void thePoliAndThePharmacyDoNotPrintTickets() {
        for (String role : new String[] { "poli", "farmasi" }) {
            given().auth().oauth2(Fixtures.staffToken(role)).get("/api/booking/{kb}/tiket", "TIDAKADA123").then()
                    .statusCode(403);
        }
        given().auth().oauth2(Fixtures.staffToken("admisi")).get("/api/booking/{kb}/tiket", "TIDAKADA123").then()
                .statusCode(404).body("message", is("Kode booking TIDAKADA123 tidak ditemukan"));
    }

    @Test
    void anUnknownBookingIsNotFoundWithAMessage() {
        given().auth().oauth2(Fixtures.staffToken("admisi")).get("/api/booking/{kb}", "TIDAKADA123").then()
                .statusCode(404).body("message", is("Kode booking TIDAKADA123 tidak ditemukan"));
    }

    @Test
    void thePharmacyAndCallersWithoutATokenMayNotLookUpABooking() {
        given().get("/api/booking/{kb}", "TIDAKADA123").then().statusCode(401);
        given().auth().oauth2(Fixtures.staffToken("farmasi")).get("/api/booking/{kb}", "TIDAKADA123").then()
                .statusCode(403);
    }
}
