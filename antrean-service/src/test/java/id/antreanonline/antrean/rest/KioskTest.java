package id.antreanonline.antrean.rest;

import static id.antreanonline.antrean.Fixtures.ambil;
import static id.antreanonline.antrean.Fixtures.column;
import static id.antreanonline.antrean.Fixtures.doctor;
import static id.antreanonline.antrean.Fixtures.patient;
import static id.antreanonline.antrean.Fixtures.poli;
import static id.antreanonline.antrean.Fixtures.schedule;
import static id.antreanonline.antrean.Fixtures.today;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import id.antreanonline.antrean.Fixtures;
import id.antreanonline.antrean.Fixtures.Patient;
import id.antreanonline.antrean.service.Messages;
import id.antreanonline.shared.wsrs.WsrsMessages;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/**
 * The lobby's kiosk: it finds, checks in and takes numbers through the WS RS's and the counter's rules, and shows the
 * patient nothing personal.
 */
@QuarkusTest
class KioskTest {

    private static final String HOURS = "00:00-23:59";
    private static volatile String kioskToken;
    private final String kodepoli = poli();
    private final String kodedokter = doctor();

    private static RequestSpecification asKiosk() {
        if (kioskToken == null) {
            kioskToken = Fixtures.staffToken("kiosk");
        }
        return given().auth().oauth2(kioskToken);
    }

    /** A returning patient's onsite booking for today, taken at the counter. */
    private String todaysBooking(Patient p) {
        Map<String, Object> body = ambil(p, kodepoli, kodedokter, today(), HOURS);
        body.put("jenispasien", "JKN");
        return given().auth().oauth2(Fixtures.staffToken("admin")).contentType(ContentType.JSON).body(body)
                .post("/api/antrean").then().statusCode(200).extract().jsonPath().getString("kodebooking");
    }

    /** The patient as pasien-service's events left them in antrean-service's read model. */
    private static Patient known(Patient p) {
        column("insert into patient_ref (norm, nomorkartu, nik, complete, occurred_at) values (?, ?, ?, true, 1)"
                + " returning norm", p.norm(), p.nomorkartu(), p.nik());
        return p;
    }

    private Map<String, Object> walkIn(Map<String, Object> who) {
        Map<String, Object> body = new java.util.HashMap<>(who);
        body.putAll(Map.of("nomorreferensi", "0301U001" + Fixtures.digits(11), "jeniskunjungan", "1", "kodepoli",
                kodepoli, "kodedokter", kodedokter, "jampraktek", HOURS));
        return body;
    }

    @Test
    void aReturningPatientChecksInAtTheKioskAtTask3AndNothingPersonalIsShown() {
        schedule(kodepoli, kodedokter, today(), HOURS, 5, 5);
        Patient p = patient(true);
        String kb = todaysBooking(p);

        String found = asKiosk().queryParam("kodebooking", kb).get("/api/anjungan/booking").then().statusCode(200)
                .body("$", hasSize(1)).body("[0].status", is("ACTIVE")).body("[0].checkinTask", nullValue())
                .body("[0].namadokter", is("dr. Uji " + kodedokter)).extract().asString();
        for (String personal : List.of(p.nik(), p.nomorkartu(), p.norm(), "081234567890")) {
            assertFalse(found.contains(personal), "the kiosk was shown personal data: " + found);
        }
        long before = System.currentTimeMillis();
        asKiosk().post("/api/anjungan/booking/" + kb + "/checkin").then().statusCode(200).body("checkinTask", is(3));

        long at = ((Number) column("select checked_in_at from booking where kodebooking = ?", kb).get(0)).longValue();
        assertFalse(at < before || at > System.currentTimeMillis(), "the check-in time is the kiosk's moment");
        asKiosk().post("/api/anjungan/booking/" + kb + "/checkin").then().statusCode(422)
                .body("message", is(Messages.ALREADY_CHECKED_IN));
        asKiosk().queryParam("nik", p.nik()).get("/api/anjungan/booking").then().statusCode(200)
                .body("kodebooking", hasItem(kb)).body("[0].checkinTask", is(3));
    }

    @Test
    void aNikWithoutABookingTodayOrAnUnknownCodeIsNotFound() {
        asKiosk().queryParam("nik", Fixtures.digits(16)).get("/api/anjungan/booking").then().statusCode(404)
                .body("message", is(Messages.KIOSK_NO_BOOKING_TODAY));
        asKiosk().queryParam("kodebooking", "ZZZZZZZZZZZZ").get("/api/anjungan/booking").then().statusCode(404)
                .body("message", is(Messages.BOOKING_NOT_FOUND));
        asKiosk().queryParam("nik", "123").get("/api/anjungan/booking").then().statusCode(400);
    }

    @Test
    void aWalkInTakesTheLastJknPlaceAndTheNextIsRefusedByTheCountersQuota() {
        schedule(kodepoli, kodedokter, today(), HOURS, 1, 5);
        asKiosk().queryParam("kodepoli", kodepoli).get("/api/anjungan/jadwal").then().statusCode(200)
                .body("$", hasSize(1)).body("[0].sisakuotajkn", is(1));
        Patient first = known(patient(true));
        Patient second = known(patient(true));

        String receipt = asKiosk().contentType(ContentType.JSON).body(walkIn(Map.of("nomorkartu", first.nomorkartu())))
                .post("/api/anjungan/antrean").then().statusCode(200).body("sisakuotajkn", is(0))
                .body("norm", nullValue()).extract().asString();
        assertFalse(receipt.contains(first.norm()), receipt);
        assertEquals(List.of("ONSITE"), column("select source from booking where nik = ?", first.nik()));
        asKiosk().contentType(ContentType.JSON).body(walkIn(Map.of("nik", second.nik())))
                .post("/api/anjungan/antrean").then().statusCode(422).body("message", is(Messages.JKN_QUOTA_FULL));
        asKiosk().queryParam("kodepoli", kodepoli).get("/api/anjungan/jadwal").then().statusCode(200)
                .body("[0].sisakuotajkn", is(0));
    }

    @Test
    void aWalkInWithoutAMedicalRecordHereIsSentToTheCounter() {
        schedule(kodepoli, kodedokter, today(), HOURS, 5, 5);
        asKiosk().contentType(ContentType.JSON).body(walkIn(Map.of("nomorkartu", Fixtures.digits(13))))
                .post("/api/anjungan/antrean").then().statusCode(422)
                .body("message", is(WsrsMessages.PATIENT_UNKNOWN));
        asKiosk().contentType(ContentType.JSON).body(walkIn(Map.of()))
                .post("/api/anjungan/antrean").then().statusCode(422)
                .body("message", is(Messages.KIOSK_CARD_OR_NIK));
    }

    @Test
    void aKioskAccountCarriesNoOtherRoleAndItsTokenOpensNoStaffDoor() {
        given().auth().oauth2(Fixtures.staffToken("admin")).contentType(ContentType.JSON)
                .body(Map.of("username", "anjungan" + Fixtures.digits(4), "password", "rahasia-kiosk", "roles",
                        List.of("kiosk", "admisi")))
                .post("/api/staff").then().statusCode(400).body("message", not(nullValue()));
        asKiosk().contentType(ContentType.JSON).body(Map.of("username", "anjungan" + Fixtures.digits(4), "password",
                "rahasia-kiosk", "roles", List.of("admin"))).post("/api/staff").then().statusCode(403);
        asKiosk().post("/api/staff/admin/revoke").then().statusCode(403);
        asKiosk().queryParam("tanggal", Fixtures.date(today())).get("/api/jadwal").then().statusCode(403);
        asKiosk().get("/api/booking/ZZZZZZZZZZZZ").then().statusCode(403);
        asKiosk().contentType(ContentType.JSON).body("{}").post("/api/antrean").then().statusCode(403);
        asKiosk().contentType(ContentType.JSON).body(Map.of("currentPassword", "x", "newPassword", "y-12345678"))
                .post("/api/auth/password").then().statusCode(403);
    }
}
