package id.antreanonline.simulator.rest;

import static id.antreanonline.simulator.rest.Bookings.newKodebooking;
import static id.antreanonline.simulator.rest.Bookings.onsiteBooking;
import static org.hamcrest.Matchers.equalTo;

import java.util.Map;

import org.junit.jupiter.api.Test;

import id.antreanonline.shared.Wib;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;

@QuarkusTest
class AntreanAddTest {

    private static ValidatableResponse add(Map<String, Object> booking) {
        return Signed.antrean().request().body(booking).post("/antreanrs/antrean/add").then().statusCode(200);
    }

    @Test
    void onsiteBookingIsAccepted() {
        add(onsiteBooking(newKodebooking(), 0)).body("metadata.code", equalTo(200));
    }

    @Test
    void duplicateKodebookingIsAnswered208() {
        String kb = newKodebooking();
        add(onsiteBooking(kb, 0)).body("metadata.code", equalTo(200));
        add(onsiteBooking(kb, 0)).body("metadata.code", equalTo(208))
                .body("metadata.message", equalTo("Terdapat duplikasi Kode Booking"));
    }

    @Test
    void kodebookingOfAMobileJknBookingIsADuplicate() {
        String kb = Bookings.mobileJknBooking(false);
        add(onsiteBooking(kb, 0)).body("metadata.code", equalTo(208));
    }

    @Test
    void unknownPoliIsRefused() {
        Map<String, Object> b = onsiteBooking(newKodebooking(), 0);
        b.put("kodepoli", "XYZ");
        add(b).body("metadata.code", equalTo(201)).body("metadata.message", equalTo("Poli Tidak Ditemukan"));
    }

    @Test
    void pastDateIsRefused() {
        Map<String, Object> b = onsiteBooking(newKodebooking(), 0);
        b.put("tanggalperiksa", Bookings.today().minusDays(1).format(Wib.DATE));
        add(b).body("metadata.code", equalTo(201)).body("metadata.message", equalTo("Tanggal Periksa Tidak Berlaku"));
    }

    @Test
    void badDateFormatIsRefused() {
        Map<String, Object> b = onsiteBooking(newKodebooking(), 0);
        b.put("tanggalperiksa", "22-11-2026");
        add(b).body("metadata.code", equalTo(201))
                .body("metadata.message", equalTo("Format Tanggal Tidak Sesuai, format yang benar adalah yyyy-mm-dd"));
    }

    @Test
    void doctorHoursThatHfisDoesNotHaveAreRefused() {
        Map<String, Object> b = onsiteBooking(newKodebooking(), 0);
        b.put("jampraktek", "13:00-16:00");
        add(b).body("metadata.code", equalTo(201)).body("metadata.message",
                equalTo("Jadwal Dokter dr. OKTORA WAHYU WIJAYANTO, Sp.A Tersebut Belum Tersedia, "
                        + "Silahkan Reschedule Tanggal dan Jam Praktek Lainnya"));
    }

    @Test
    void jknBookingNeedsCardNumberAndReference() {
        Map<String, Object> b = onsiteBooking(newKodebooking(), 0);
        b.put("nomorkartu", "123");
        add(b).body("metadata.code", equalTo(201));
        Map<String, Object> c = onsiteBooking(newKodebooking(), 0);
        c.put("nomorreferensi", "");
        add(c).body("metadata.code", equalTo(201));
    }

    @Test
    void pasienbaruIsRequired() {
        Map<String, Object> b = onsiteBooking(newKodebooking(), 0);
        b.remove("pasienbaru");
        add(b).body("metadata.code", equalTo(201));
    }

    @Test
    void nonJknBookingNeedsNoCard() {
        Map<String, Object> b = onsiteBooking(newKodebooking(), 0);
        b.put("jenispasien", "NON JKN");
        b.put("nomorkartu", "");
        b.put("nomorreferensi", "");
        add(b).body("metadata.code", equalTo(200));
    }

    @Test
    void malformedJsonGetsAnEnvelope() {
        Signed.antrean().request().body("{not json").post("/antreanrs/antrean/add").then().statusCode(200)
                .body("metadata.code", equalTo(201));
    }

    @Test
    void bookingAppearsInPendaftaran() throws Exception {
        String kb = newKodebooking();
        add(onsiteBooking(kb, 1)).body("metadata.code", equalTo(200));
        Signed signed = Signed.antrean();
        String response = signed.request().get("/antreanrs/antrean/pendaftaran/kodebooking/" + kb)
                .then().statusCode(200).body("metadata.code", equalTo(200)).extract().path("response");
        io.restassured.path.json.JsonPath list = new io.restassured.path.json.JsonPath(signed.decrypt(response));
        org.junit.jupiter.api.Assertions.assertEquals(kb, list.getString("[0].kodebooking"));
        org.junit.jupiter.api.Assertions.assertEquals("Bridging Antrean", list.getString("[0].sumberdata"));
    }
}
