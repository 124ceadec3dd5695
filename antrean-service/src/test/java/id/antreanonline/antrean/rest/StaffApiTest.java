package id.antreanonline.antrean.rest;

import static id.antreanonline.antrean.Fixtures.ambil;
import static id.antreanonline.antrean.Fixtures.doctor;
import static id.antreanonline.antrean.Fixtures.patient;
import static id.antreanonline.antrean.Fixtures.poli;
import static id.antreanonline.antrean.Fixtures.schedule;
import static id.antreanonline.antrean.Fixtures.today;
import static id.antreanonline.antrean.Fixtures.wsrs;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import id.antreanonline.antrean.Fixtures;
import id.antreanonline.antrean.service.Messages;
import id.antreanonline.shared.wsrs.WsrsMessages;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

@QuarkusTest
class StaffApiTest {

    private final String kodepoli = poli();
    private final String kodedokter = doctor();

    @Test
    void firstAdminLogsInAndGetsABearerToken() {
        given().contentType(ContentType.JSON).body(Map.of("username", "admin", "password", "admin-local"))
                .post("/api/auth/login").then().statusCode(200).body("token", notNullValue());
    }

    @Test
    void wrongLoginIsRefusedWithAMessage() {
        given().contentType(ContentType.JSON).body(Map.of("username", "admin", "password", "salah"))
                .post("/api/auth/login").then().statusCode(401).body("message", is("Username atau password salah"));
        given().contentType(ContentType.JSON).body(Map.of("username", "tidakada", "password", "salah"))
                .post("/api/auth/login").then().statusCode(401).body("message", is("Username atau password salah"));
        given().contentType(ContentType.JSON).body("{\"username\": ").post("/api/auth/login").then()
                .statusCode(400).body("message", notNullValue());
    }

    @Test
    void aLoginWithoutUsernameOrPasswordIsBadInputNotAWrongLogin() {
        given().contentType(ContentType.JSON).body("{}").post("/api/auth/login").then()
                .statusCode(400).body("message", is("Username dan password wajib diisi"));
        given().contentType(ContentType.JSON).body(Map.of("username", "admin", "password", "")).post("/api/auth/login")
                .then().statusCode(400).body("message", is("Username dan password wajib diisi"));
    }

    @Test
    void callsWithoutTokenOrWithTheWrongRoleAreRefusedWithAMessage() {
        given().contentType(ContentType.JSON).body(Map.of("kodepoli", "ANA", "tanggal", "2030-01-01"))
                .post("/api/jadwal/sync").then().statusCode(401).body("message", notNullValue());
        given().auth().oauth2("bukan.token.sah").contentType(ContentType.JSON)
                .body(Map.of("kodepoli", "ANA", "tanggal", "2030-01-01"))
                .post("/api/jadwal/sync").then().statusCode(401).body("message", notNullValue());
        String farmasi = Fixtures.staffToken("farmasi");
        given().auth().oauth2(farmasi).contentType(ContentType.JSON)
                .body(Map.of("kodepoli", "ANA", "tanggal", "2030-01-01"))
                .post("/api/jadwal/sync").then().statusCode(403).body("message", notNullValue());
        given().auth().oauth2(farmasi).contentType(ContentType.JSON).body(Map.of())
                .post("/api/antrean").then().statusCode(403).body("message", notNullValue());
    }

    @Test
    void adminCreatesStaffAccountsOnce() {
        String admin = Fixtures.staffToken("admin");
        String username = "perawat" + Fixtures.digits(5);
        given().auth().oauth2(admin).contentType(ContentType.JSON)
                .body(Map.of("username", username, "password", "rahasia-123", "roles", List.of("poli")))
                .post("/api/staff").then().statusCode(201);
        given().auth().oauth2(admin).contentType(ContentType.JSON)
                .body(Map.of("username", username, "password", "rahasia-456", "roles", List.of("poli")))
                .post("/api/staff").then().statusCode(409).body("message", notNullValue());
        given().auth().oauth2(admin).contentType(ContentType.JSON)
                .body(Map.of("username", "x" + username, "password", "rahasia-456", "roles", List.of("dukun")))
                .post("/api/staff").then().statusCode(400).body("message", notNullValue());
        // a body without a username is a message too (the fuzz found a 500 here)
        given().auth().oauth2(admin).contentType(ContentType.JSON).body(Map.of("nama", "x"))
                .post("/api/staff").then().statusCode(400).body("message", notNullValue());
        String hash = (String) Fixtures.column("select password_hash from staff_account where username = ?", username)
                .get(0);
        assertEquals(false, hash.contains("rahasia-123"));
        Fixtures.login(username, "rahasia-123");
    }

    @Test
    void syncImportsHfisSchedulesWithTheQuotaSplit() {
        LocalDate day = today().plusDays(2);
        Fixtures.hfis(kodepoli, day, "[{\"kodesubspesialis\":\"" + kodepoli + "\",\"hari\":4,\"kapasitaspasien\":10,"
                + "\"libur\":0,\"namahari\":\"KAMIS\",\"jadwal\":\"08:00 - 12:00\",\"namasubspesialis\":\"ANAK\","
                + "\"namadokter\":\"DR. HFIS\",\"kodepoli\":\"ANA\",\"namapoli\":\"Anak\",\"kodedokter\":"
                + kodedokter + "}]");
        String admin = Fixtures.staffToken("admin");

        given().auth().oauth2(admin).contentType(ContentType.JSON)
                .body(Map.of("kodepoli", kodepoli, "tanggal", Fixtures.date(day)))
                .post("/api/jadwal/sync").then().statusCode(200)
                .body("$", hasSize(1))
                .body("[0].kodepoli", is(kodepoli))
                .body("[0].jampraktek", is("08:00-12:00"))
                .body("[0].kuotajkn", is(8))
                .body("[0].kuotanonjkn", is(2));

        JsonPath booked = wsrs("ambilantrean", ambil(patient(true), kodepoli, kodedokter, day, "08:00-12:00"));
        assertEquals(200, booked.getInt("metadata.code"), booked.prettify());
        assertEquals("DR. HFIS", booked.getString("response.namadokter"));
        assertEquals("ANAK", booked.getString("response.namapoli"));

        // syncing again keeps the numbers already given
        given().auth().oauth2(admin).contentType(ContentType.JSON)
                .body(Map.of("kodepoli", kodepoli, "tanggal", Fixtures.date(day)))
                .post("/api/jadwal/sync").then().statusCode(200);
        assertEquals(2, wsrs("ambilantrean", ambil(patient(true), kodepoli, kodedokter, day, "08:00-12:00"))
                .getInt("response.angkaantrean"));
    }

    @Test
    void syncRefusedByBpjsOrWithABadDateIsAMessage() {
        String admin = Fixtures.staffToken("admin");
        given().auth().oauth2(admin).contentType(ContentType.JSON)
                .body(Map.of("kodepoli", poli(), "tanggal", Fixtures.date(today())))
                .post("/api/jadwal/sync").then().statusCode(502).body("message", notNullValue());
        given().auth().oauth2(admin).contentType(ContentType.JSON)
                .body(Map.of("kodepoli", kodepoli, "tanggal", "01-01-2030"))
                .post("/api/jadwal/sync").then().statusCode(400)
                .body("message", is(WsrsMessages.BAD_DATE_FORMAT));
    }

    @Test
    void onsiteBookingMayBeForTodayAndFollowsTheOtherRules() {
        schedule(kodepoli, kodedokter, today(), "00:00-23:59", 5, 1);
        String admisi = Fixtures.staffToken("admisi");
        Map<String, Object> body = ambil(patient(true), kodepoli, kodedokter, today(), "00:00-23:59");
        body.put("nomorkartu", "");
        body.put("nomorreferensi", "");
        body.put("jenispasien", "NON JKN");

        given().auth().oauth2(admisi).contentType(ContentType.JSON).body(body).post("/api/antrean").then()
                .statusCode(200)
                .body("angkaantrean", is(1))
                .body("nomorantrean", is(kodepoli + "-1"))
                .body("sisakuotanonjkn", is(0))
                .body("kodebooking", notNullValue());

        Map<String, Object> another = ambil(patient(true), kodepoli, kodedokter, today(), "00:00-23:59");
        another.put("jenispasien", "NON JKN");
        another.put("nomorkartu", "");
        given().auth().oauth2(admisi).contentType(ContentType.JSON).body(another).post("/api/antrean").then()
                .statusCode(422).body("message", is(Messages.NON_JKN_QUOTA_FULL));
        another.put("jenispasien", "UMUM");
        given().auth().oauth2(admisi).contentType(ContentType.JSON).body(another).post("/api/antrean").then()
                .statusCode(422).body("message", is(Messages.PATIENT_KIND_INVALID));
        another.put("jenispasien", "JKN");
        given().auth().oauth2(admisi).contentType(ContentType.JSON).body(another).post("/api/antrean").then()
                .statusCode(422).body("message", is(Messages.CARD_REQUIRED_FOR_JKN));
    }

    @Test
    void onsiteBookingAfterThePracticeHoursIsRefused() {
        schedule(kodepoli, kodedokter, today(), "00:00-00:01", 5, 5);
        Map<String, Object> body = ambil(patient(true), kodepoli, kodedokter, today(), "00:00-00:01");
        body.put("jenispasien", "JKN");
        given().auth().oauth2(Fixtures.staffToken("admisi")).contentType(ContentType.JSON).body(body)
                .post("/api/antrean").then().statusCode(422).body("message", is(WsrsMessages.REGISTRATION_CLOSED));
    }

    @Test
    void onsiteBookingOfAnUnknownPatientIsRefused() {
        schedule(kodepoli, kodedokter, today(), "00:00-23:59", 5, 5);
        Map<String, Object> body = ambil(new Fixtures.Patient(null, Fixtures.digits(13), Fixtures.digits(16)),
                kodepoli, kodedokter, today(), "00:00-23:59");
        body.put("jenispasien", "JKN");
        given().auth().oauth2(Fixtures.staffToken("admisi")).contentType(ContentType.JSON).body(body)
                .post("/api/antrean").then().statusCode(422).body("message", is(WsrsMessages.PATIENT_UNKNOWN));
    }

    @Test
    void staffCancellationFollowsTheCancellationRules() {
        schedule(kodepoli, kodedokter, today().plusDays(1), "08:00-12:00", 5, 5);
        String code = wsrs("ambilantrean", ambil(patient(true), kodepoli, kodedokter, today().plusDays(1),
                "08:00-12:00")).getString("response.kodebooking");
        String admisi = Fixtures.staffToken("admisi");
        given().auth().oauth2(admisi).contentType(ContentType.JSON).body(Map.of("keterangan", "jadwal berubah"))
                .post("/api/antrean/" + code + "/batal").then().statusCode(200);
        given().auth().oauth2(admisi).contentType(ContentType.JSON).body(Map.of("keterangan", "lagi"))
                .post("/api/antrean/" + code + "/batal").then().statusCode(422)
                .body("message", is(Messages.ALREADY_CANCELLED));
    }

    @Test
    void openApiDocumentsTheStaffApiAndTheWsrs() {
        given().get("/q/openapi?format=json").then().statusCode(200)
                .body("paths", notNullValue())
                .body("paths.'/api/antrean'.post", notNullValue())
                .body("paths.'/api/auth/login'.post", notNullValue())
                .body("paths.'/wsrs/ambilantrean'.post", notNullValue());
    }
}
