package id.antreanonline.simulator.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class AdminApiTest {

    @Test
    void mobileJknBookingIsRegisteredOnce() {
        String kb = Bookings.newKodebooking();
        Map<String, Object> booking = Bookings.onsiteBooking(kb, 0);
        given().contentType("application/json").body(booking).post("/admin/bookings").then().statusCode(201)
                .body("kodebooking", equalTo(kb));
        given().contentType("application/json").body(booking).post("/admin/bookings").then().statusCode(409);
    }

    @Test
    void bookingWithoutPasienbaruIsRefused() {
        Map<String, Object> booking = Bookings.onsiteBooking(Bookings.newKodebooking(), 0);
        booking.remove("pasienbaru");
        given().contentType("application/json").body(booking).post("/admin/bookings").then().statusCode(400)
                .body("message", equalTo("Pasien Baru tidak sesuai, isi 0 atau 1"));
    }

    @Test
    void tasksOfAnUnknownBookingAre404() {
        given().get("/admin/tasks/NOSUCH").then().statusCode(404);
    }

    @Test
    void tasksShowWhatBpjsHolds() {
        String kb = Bookings.mobileJknBooking(false);
        Bookings.updateWaktu(kb, 3, Bookings.at(9, 0));
        given().get("/admin/tasks/" + kb).then().statusCode(200).body("", hasSize(1))
                .body("[0].taskid", equalTo(3)).body("[0].waktu", equalTo(Bookings.at(9, 0)));
    }

    @Test
    void resetForgetsBookingsAndCalls() {
        String kb = Bookings.mobileJknBooking(false);
        given().post("/admin/reset").then().statusCode(204);
        given().get("/admin/tasks/" + kb).then().statusCode(404);
        given().get("/admin/received").then().body("", hasSize(0));
    }

    @Test
    void receivedKeepsTheRequestBody() {
        given().delete("/admin/received").then().statusCode(204);
        Bookings.updateWaktu("NOSUCH", 3, 1L);
        given().get("/admin/received?path=/antreanrs/antrean/updatewaktu").then().body("", hasSize(1))
                .body("[0].body", org.hamcrest.Matchers.containsString("\"kodebooking\":\"NOSUCH\""))
                .body("[0].code", equalTo("201")).body("[0].message", equalTo("Kode Booking Tidak Ditemukan"));
    }

    @Test
    void receivedKeepsTheCallersTraceContext() {
        given().delete("/admin/received").then().statusCode(204);
        String traceparent = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01";
        Signed.antrean().request().header("traceparent", traceparent)
                .body(Map.of("kodebooking", "NOSUCH", "taskid", 3, "waktu", 1L))
                .post("/antreanrs/antrean/updatewaktu").then().statusCode(200);
        Bookings.updateWaktu("NOSUCH", 4, 1L);
        given().get("/admin/received?path=/antreanrs/antrean/updatewaktu").then().body("", hasSize(2))
                .body("[0].traceparent", equalTo(traceparent))
                .body("[1].traceparent", org.hamcrest.Matchers.nullValue());
    }
}
