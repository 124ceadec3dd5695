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
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import id.antreanonline.antrean.Fixtures;
import id.antreanonline.antrean.service.Messages;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

/**
 * What a SIMRS sends antrean-service: onsite registrations with its own poli and doctor codes, and registrations and
 * cancellations under its own event id, applied once.
 */
@QuarkusTest
class SimrsOnsiteTest {

    private final String kodepoli = poli();
    private final String kodedokter = doctor();
    private final String poliSimrs = "RJ-" + Fixtures.digits(6);
    private final String dokterSimrs = "DR-" + Fixtures.digits(6);
    private String simrs;

    @BeforeEach
    void mapTheCodesAndOpenTheDay() {
        String admin = Fixtures.staffToken("admin");
        given().auth().oauth2(admin).contentType(ContentType.JSON).body(Map.of("kode_bpjs", kodepoli))
                .put("/api/simrs-codes/poli/{kode}", poliSimrs).then().statusCode(201);
        given().auth().oauth2(admin).contentType(ContentType.JSON).body(Map.of("kode_bpjs", kodedokter))
                .put("/api/simrs-codes/dokter/{kode}", dokterSimrs).then().statusCode(201);
        schedule(kodepoli, kodedokter, today(), "00:00-23:59", 10, 10);
        simrs = Fixtures.simrsToken("simrs-onsite");
    }

    /** An onsite registration as a SIMRS sends it: its own codes instead of BPJS's. */
    private Map<String, Object> registration(String eventid) {
        Map<String, Object> body = ambil(patient(true), kodepoli, kodedokter, today(), "00:00-23:59");
        body.remove("kodepoli");
        body.remove("kodedokter");
        body.put("kodepolisimrs", poliSimrs);
        body.put("kodedoktersimrs", dokterSimrs);
        body.put("jenispasien", "JKN");
        if (eventid != null) {
            body.put("eventid", eventid);
        }
        return body;
    }

    private ValidatableResponse book(String token, Map<String, Object> body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body).post("/api/antrean").then();
    }

    private ValidatableResponse cancel(String token, String kodebooking, Map<String, Object> body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body)
                .post("/api/antrean/{kb}/batal", kodebooking).then();
    }

    private long bookingsOfTheDay() {
        return (Long) column("select count(*) from booking where kodepoli = ?", kodepoli).get(0);
    }

    private static long outboxRows(String kodebooking) {
        return (Long) column("select count(*) from outbox where record_key = ?", kodebooking).get(0);
    }

    @Test
    void aSimrsBooksWithItsOwnCodesAndTheBookingGoesOutAsEveryOnsiteBooking() {
        String kodebooking = book(simrs, registration(null)).statusCode(200).body("angkaantrean", is(1))
                .body("nomorantrean", is(kodepoli + "-1")).body("namapoli", is("Poli " + kodepoli))
                .extract().jsonPath().getString("kodebooking");
        assertEquals(List.of("ONSITE"), column("select source from booking where kodebooking = ?", kodebooking));
        // CREATED on antrean.bookings (the gateway's antrean/add) and on antrean.visits
        assertEquals(2, outboxRows(kodebooking));
    }

    @Test
    void anUnmappedCodeIsRefusedByNameAndNothingIsTaken() {
        Map<String, Object> body = registration(null);
        body.put("kodepolisimrs", "TIDAK-ADA");
        book(simrs, body).statusCode(422).body("message", containsString("\"TIDAK-ADA\""))
                .body("message", containsString("belum dipetakan"));
        body = registration(null);
        body.put("kodedoktersimrs", "DR-TIDAK-ADA");
        book(simrs, body).statusCode(422).body("message", containsString("\"DR-TIDAK-ADA\""));
        assertEquals(0, bookingsOfTheDay());
    }

    @Test
    void aBpjsCodeBesideTheSimrsCodeMustAgreeWithTheMapping() {
        Map<String, Object> body = registration(null);
        body.put("kodepoli", "LAIN");
        book(simrs, body).statusCode(422).body("message", containsString("bukan LAIN"));
        body.put("kodepoli", kodepoli);
        book(simrs, body).statusCode(200);
    }

    @Test
    void theSameEventIdSentAgainGetsTheSameBookingNotASecond() {
        Map<String, Object> body = registration("REG-1");
        String first = book(simrs, body).statusCode(200).extract().jsonPath().getString("kodebooking");
        book(simrs, body).statusCode(200).body("kodebooking", is(first)).body("angkaantrean", is(1));
        assertEquals(1, bookingsOfTheDay());
        assertEquals(2, outboxRows(first));
    }

    @Test
    void theSameEventIdWithOtherContentIsAConflict() {
        String first = book(simrs, registration("REG-2")).statusCode(200).extract().jsonPath()
                .getString("kodebooking");
        book(simrs, registration("REG-2")).statusCode(409).body("message", containsString("REG-2"))
                .body("message", containsString(first));
        assertEquals(1, bookingsOfTheDay());
    }

    @Test
    void eventIdsBelongToTheirCaller() {
        book(simrs, registration("REG-SHARED")).statusCode(200);
        book(Fixtures.simrsToken("simrs-onsite"), registration("REG-SHARED")).statusCode(200)
                .body("angkaantrean", is(2));
    }

    @Test
    void copiesOfOneRegistrationSentAtOnceTakeOneBooking() {
        Map<String, Object> body = registration("REG-BURST");
        List<CompletableFuture<String>> copies = IntStream.range(0, 6).mapToObj(i -> CompletableFuture
                .supplyAsync(() -> book(simrs, body).statusCode(200).extract().jsonPath().getString("kodebooking")))
                .toList();
        List<String> answers = copies.stream().map(CompletableFuture::join).distinct().toList();
        assertEquals(1, answers.size());
        assertEquals(1, bookingsOfTheDay());
    }

    @Test
    void aCancellationUnderAnEventIdIsAppliedOnce() {
        String kodebooking = book(simrs, registration(null)).statusCode(200).extract().jsonPath()
                .getString("kodebooking");
        Map<String, Object> batal = Map.of("keterangan", "pasien pulang", "eventid", "BATAL-1");
        cancel(simrs, kodebooking, batal).statusCode(200).body("status", is("CANCELLED"));
        cancel(simrs, kodebooking, batal).statusCode(200).body("status", is("CANCELLED"));
        // CREATED and CANCELLED, each on both topics: the repeat sent nothing
        assertEquals(4, outboxRows(kodebooking));
        cancel(simrs, kodebooking, Map.of("keterangan", "lain", "eventid", "BATAL-1")).statusCode(409);
        cancel(simrs, kodebooking, Map.of("keterangan", "pasien pulang")).statusCode(422)
                .body("message", is(Messages.ALREADY_CANCELLED));
    }

    @Test
    void aRegistrationsEventIdIsNotACancellations() {
        String kodebooking = book(simrs, registration("EV-ONE")).statusCode(200).extract().jsonPath()
                .getString("kodebooking");
        cancel(simrs, kodebooking, Map.of("eventid", "EV-ONE")).statusCode(409);
        assertEquals(List.of("ACTIVE"), column("select status from booking where kodebooking = ?", kodebooking));
    }

    @Test
    void aMobileJknBookingIgnoresTheSimrsFieldsAndRemembersNoCommand() {
        String tomorrowPoli = kodepoli;
        schedule(tomorrowPoli, kodedokter, today().plusDays(1), "08:00-12:00", 5, 5);
        Map<String, Object> body = ambil(patient(true), tomorrowPoli, kodedokter, today().plusDays(1), "08:00-12:00");
        body.put("kodepolisimrs", "TIDAK-ADA");
        body.put("eventid", "JKN-1");
        String kodebooking = wsrs("ambilantrean", body).getString("response.kodebooking");
        assertEquals(List.of(0L), column("select count(*) from simrs_command where kodebooking = ?", kodebooking));
    }
}
