package id.antreanonline.farmasi.rest;

import static id.antreanonline.farmasi.Fixtures.at;
import static id.antreanonline.farmasi.Fixtures.book;
import static id.antreanonline.farmasi.Fixtures.newDay;
import static id.antreanonline.farmasi.Fixtures.record;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import id.antreanonline.farmasi.Fixtures;
import id.antreanonline.farmasi.TestClock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;

/** Mobile JKN asks for its pharmacy number and the pharmacy queue (WS RS, contract section 3). */
@QuarkusTest
class WsrsFarmasiResourceTest {

    @Inject
    TestClock clock;

    private static ValidatableResponse call(String path, String body) {
        return given().header("x-token", Fixtures.wsrsToken()).header("x-username", "mobilejkn")
                .contentType(ContentType.JSON).body(body).post("/wsrs/" + path).then().statusCode(200);
    }

    private static String kb(String kodebooking) {
        return "{\"kodebooking\":\"" + kodebooking + "\"}";
    }

    /** A returning patient through the poli, task 5 at {@code end} with that prescription. */
    private String servedByPoli(LocalDate day, int angka, String end, String jenisresep) {
        String kb = book(day, false, "INT", "401", angka, at(day, "07:0" + angka)).kodebooking();
        record("poli", kb, 4, at(day, "08:0" + angka), null).statusCode(200);
        record("poli", kb, 5, at(day, end), jenisresep).statusCode(200);
        return kb;
    }

    @Test
    void aVisitWithAPrescriptionHasAPharmacyNumberAndAQueue() {
        LocalDate day = newDay();
        clock.set(at(day, "23:00"));
        String first = servedByPoli(day, 1, "09:01", "racikan");
        String second = servedByPoli(day, 2, "09:02", "non racikan");

        call("ambilantreanfarmasi", kb(second)).body("metadata.code", equalTo(200))
                .body("response.jenisresep", equalTo("non racikan"))
                .body("response.nomorantrean", equalTo(2));
        // asking again answers the same number
        call("ambilantreanfarmasi", kb(second)).body("response.nomorantrean", equalTo(2));
        call("statusantreanfarmasi", kb(second)).body("metadata.code", equalTo(200))
                .body("response.jenisresep", equalTo("non racikan"))
                .body("response.totalantrean", equalTo(2))
                .body("response.sisaantrean", equalTo(1))
                .body("response.antreanpanggil", equalTo(0));

        record("farmasi", first, 6, at(day, "09:10"), null).statusCode(200);
        record("farmasi", first, 7, at(day, "09:20"), null).statusCode(200);
        call("statusantreanfarmasi", kb(second))
                .body("response.sisaantrean", equalTo(0))
                .body("response.antreanpanggil", equalTo(1));
    }

    @Test
    void aVisitWithoutAPrescriptionHasNoPharmacyNumber() {
        LocalDate day = newDay();
        clock.set(at(day, "23:00"));
        String kb = servedByPoli(day, 1, "09:00", null);
        call("ambilantreanfarmasi", kb(kb)).body("metadata.code", equalTo(201))
                .body("metadata.message", equalTo("Pasien Tidak Mendapatkan Resep Obat, Tidak Ada Antrean Farmasi"))
                .body("response", nullValue());
        call("statusantreanfarmasi", kb(kb)).body("metadata.code", equalTo(201));
        record("farmasi", kb, 6, at(day, "09:10"), null).statusCode(409);
    }

    @Test
    void aVisitStillAtThePoliHasNoPharmacyNumberYet() {
        LocalDate day = newDay();
        clock.set(at(day, "23:00"));
        String kb = book(day, false, "INT", "402", 1, at(day, "07:00")).kodebooking();
        call("ambilantreanfarmasi", kb(kb)).body("metadata.code", equalTo(201))
                .body("metadata.message",
                        equalTo("Pasien Belum Selesai Dilayani di Poli, Antrean Farmasi Belum Tersedia"));
    }

    @Test
    void anUnknownBookingOrABadRequestGetsAnEnvelope() {
        call("ambilantreanfarmasi", "{\"kodebooking\":12345}").body("metadata.code", equalTo(201))
                .body("metadata.message", equalTo("Kode Booking Tidak Ditemukan"));
        call("statusantreanfarmasi", "{bukan json").body("metadata.code", equalTo(201))
                .body("metadata.message", equalTo("Format Request Tidak Sesuai"));
        call("statusantreanfarmasi", "{\"kodebooking\":[1]}").body("metadata.code", equalTo(201))
                .body("metadata.message", equalTo("Kode Booking Tidak Boleh Kosong"));
        given().header("x-token", Fixtures.wsrsToken()).header("x-username", "mobilejkn")
                .contentType(ContentType.TEXT).body("kodebooking=1").post("/wsrs/ambilantreanfarmasi").then()
                .statusCode(200).body("metadata.code", equalTo(201));
    }

    @Test
    void aHugeBodyGetsAnEnvelope() {
        String huge = "{\"kodebooking\":\"" + "A".repeat(2 * 1024 * 1024) + "\"}";
        call("statusantreanfarmasi", huge).body("metadata.code", equalTo(201))
                .body("metadata.message", equalTo("Format Request Tidak Sesuai"));
    }

    @Test
    void pharmacyNumbersAreNeverIssuedTwice() throws Exception {
        LocalDate day = newDay();
        clock.set(at(day, "23:00"));
        List<String> visits = new ArrayList<>();
        for (int angka = 1; angka <= 6; angka++) {
            String kb = book(day, false, "INT", "403", angka, at(day, "07:0" + angka)).kodebooking();
            record("poli", kb, 4, at(day, "08:0" + angka), null).statusCode(200);
            visits.add(kb);
        }
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            List<Future<Integer>> statuses = new ArrayList<>();
            for (String kb : visits) {
                statuses.add(pool.submit(() -> record("poli", kb, 5, at(day, "09:00"), "racikan").extract()
                        .statusCode()));
            }
            for (Future<Integer> status : statuses) {
                assertEquals(200, status.get(60, TimeUnit.SECONDS));
            }
        } finally {
            pool.shutdownNow();
        }
        Set<Integer> numbers = new HashSet<>();
        for (String kb : visits) {
            numbers.add(call("ambilantreanfarmasi", kb(kb)).extract().jsonPath().getInt("response.nomorantrean"));
        }
        assertEquals(Set.of(1, 2, 3, 4, 5, 6), numbers);
    }

    @Test
    void aMissingOrForeignTokenIsRefused() {
        given().contentType(ContentType.JSON).body(kb("X")).post("/wsrs/ambilantreanfarmasi").then()
                .statusCode(200).body("metadata.code", equalTo(201))
                .body("metadata.message", equalTo("Token Expired"));
        given().header("x-token", Fixtures.wsrsToken()).header("x-username", "orang-lain")
                .contentType(ContentType.JSON).body(kb("X")).post("/wsrs/statusantreanfarmasi").then()
                .statusCode(200).body("metadata.code", equalTo(201));
        given().header("x-token", Fixtures.token("admin")).header("x-username", "admin-petugas")
                .contentType(ContentType.JSON).body(kb("X")).post("/wsrs/statusantreanfarmasi").then()
                .statusCode(200).body("metadata.message", equalTo("Token Expired"));
    }
}
