package id.antreanonline.simulator.rest;

import static id.antreanonline.simulator.rest.Bookings.at;
import static id.antreanonline.simulator.rest.Bookings.mobileJknBooking;
import static id.antreanonline.simulator.rest.Bookings.newKodebooking;
import static id.antreanonline.simulator.rest.Bookings.onsiteBooking;
import static id.antreanonline.simulator.rest.Bookings.updateWaktu;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import id.antreanonline.shared.Wib;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** antrean/pendaftaran/aktif: the bookings BPJS holds that are not yet served, with the registration fields. */
@QuarkusTest
class PendaftaranAktifTest {

    private static JsonPath active() {
        Signed signed = Signed.antrean();
        String response = signed.request().get("/antreanrs/antrean/pendaftaran/aktif").then().statusCode(200)
                .body("metadata.code", equalTo(200)).extract().path("response");
        return new JsonPath(signed.decrypt(response));
    }

    private static List<String> activeKodebooking() {
        return active().getList("kodebooking", String.class);
    }

    @Test
    void waitingAndBeingServedBookingsAreActiveWithTheirRegistration() {
        String waiting = newKodebooking();
        Signed.antrean().request().body(onsiteBooking(waiting, 0)).post("/antreanrs/antrean/add").then()
                .body("metadata.code", equalTo(200));
        String beingServed = mobileJknBooking(false);
        updateWaktu(beingServed, 3, at(8, 0));
        updateWaktu(beingServed, 4, at(8, 10));

        JsonPath list = active();
        Map<String, Object> row = list.getMap("find { it.kodebooking == '" + waiting + "' }");
        assertEquals("Belum dilayani", row.get("status"));
        assertEquals("Bridging Antrean", row.get("sumberdata"));
        assertEquals("ANA", row.get("kodepoli"));
        assertEquals(Bookings.today().format(Wib.DATE), row.get("tanggal"));
        assertEquals("Sedang dilayani", list.getString("find { it.kodebooking == '" + beingServed + "' }.status"));
    }

    @Test
    void cancelledAndFinishedBookingsAreNotActive() {
        String cancelled = mobileJknBooking(false);
        Signed.antrean().request().body(Map.of("kodebooking", cancelled, "keterangan", "pasien batal"))
                .post("/antreanrs/antrean/batal").then().body("metadata.code", equalTo(200));
        String noShow = mobileJknBooking(false);
        updateWaktu(noShow, 99, at(8, 0));
        String finished = mobileJknBooking(false);
        for (int task = 3; task <= 6; task++) {
            updateWaktu(finished, task, at(9, task));
        }
        List<String> active = activeKodebooking();
        assertFalse(active.contains(cancelled), active::toString);
        assertFalse(active.contains(noShow), active::toString);
        assertFalse(active.contains(finished), active::toString);
    }

    @Test
    void aBookingOfADayGoneByIsNotActive() {
        String yesterday = newKodebooking();
        Map<String, Object> booking = onsiteBooking(yesterday, 0);
        booking.put("tanggalperiksa", Bookings.today().minusDays(1).format(Wib.DATE));
        given().contentType("application/json").body(booking).post("/admin/bookings").then().statusCode(201);
        String tomorrow = newKodebooking();
        booking = onsiteBooking(tomorrow, 0);
        booking.put("tanggalperiksa", Bookings.today().plusDays(1).format(Wib.DATE));
        given().contentType("application/json").body(booking).post("/admin/bookings").then().statusCode(201);
        List<String> active = activeKodebooking();
        assertFalse(active.contains(yesterday), active::toString);
        assertTrue(active.contains(tomorrow), active::toString);
    }
}
