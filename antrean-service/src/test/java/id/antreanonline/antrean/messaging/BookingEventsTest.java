package id.antreanonline.antrean.messaging;

import static id.antreanonline.antrean.Fixtures.ambil;
import static id.antreanonline.antrean.Fixtures.doctor;
import static id.antreanonline.antrean.Fixtures.patient;
import static id.antreanonline.antrean.Fixtures.poli;
import static id.antreanonline.antrean.Fixtures.schedule;
import static id.antreanonline.antrean.Fixtures.today;
import static id.antreanonline.antrean.Fixtures.wsrs;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import id.antreanonline.antrean.Fixtures;
import id.antreanonline.antrean.Fixtures.Patient;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

/**
 * Bookings, cancellations and check-ins reach Kafka through the outbox: whole on antrean.bookings (for BPJS), and
 * without the patient's identifiers on antrean.visits (for the stations).
 */
@QuarkusTest
class BookingEventsTest {

    private static final String HOURS = "08:00-12:00";
    private final String kodepoli = poli();
    private final String kodedokter = doctor();
    private final LocalDate tomorrow = today().plusDays(1);

    static JsonNode event(String kodebooking, String kind) {
        return id.antreanonline.antrean.rest.CheckInTestAccess.bookingEvent(kodebooking, kind);
    }

    static JsonNode visitEvent(String kodebooking, String kind) {
        return id.antreanonline.antrean.rest.CheckInTestAccess.visitEvent(kodebooking, kind);
    }

    @Test
    void mobileJknBookingIsPublishedAsCreatedWithTheAntreanAddBody() {
        schedule(kodepoli, kodedokter, tomorrow, HOURS, 5, 5);
        Patient p = patient(false);
        Map<String, Object> body = ambil(p, kodepoli, kodedokter, tomorrow, HOURS);
        JsonPath answer = wsrs("ambilantrean", body);
        String code = answer.getString("response.kodebooking");

        JsonNode event = event(code, "CREATED");

        assertEquals("MOBILE_JKN", event.path("source").asText());
        assertEquals(code, event.path("kodebooking").asText());
        JsonNode booking = event.path("booking");
        assertEquals("JKN", booking.path("jenispasien").asText());
        assertEquals(p.nomorkartu(), booking.path("nomorkartu").asText());
        assertEquals(p.nik(), booking.path("nik").asText());
        assertEquals(kodepoli, booking.path("kodepoli").asText());
        assertEquals(1, booking.path("pasienbaru").asInt());
        assertEquals(p.norm(), booking.path("norm").asText());
        assertEquals(Fixtures.date(tomorrow), booking.path("tanggalperiksa").asText());
        assertEquals(kodedokter, booking.path("kodedokter").asText());
        assertEquals(HOURS, booking.path("jampraktek").asText());
        assertEquals(body.get("nomorreferensi"), booking.path("nomorreferensi").asText());
        assertEquals(answer.getString("response.nomorantrean"), booking.path("nomorantrean").asText());
        assertEquals(1, booking.path("angkaantrean").asInt());
        assertEquals(answer.getLong("response.estimasidilayani"), booking.path("estimasidilayani").asLong());
        assertEquals(4, booking.path("sisakuotajkn").asInt());
        assertEquals(5, booking.path("kuotanonjkn").asInt());
    }

    @Test
    void cancellationThroughBpjsIsPublishedAsCancelledByBpjs() {
        schedule(kodepoli, kodedokter, tomorrow, HOURS, 5, 5);
        String code = wsrs("ambilantrean", ambil(patient(true), kodepoli, kodedokter, tomorrow, HOURS))
                .getString("response.kodebooking");
        wsrs("batalantrean", Map.of("kodebooking", code, "keterangan", "pasien sakit"));

        JsonNode event = event(code, "CANCELLED");
        assertEquals("BPJS", event.path("cancellation").path("by").asText());
        assertEquals("pasien sakit", event.path("cancellation").path("keterangan").asText());
    }

    @Test
    void onsiteBookingAndHospitalCancellationArePublished() {
        schedule(kodepoli, kodedokter, today(), "00:00-23:59", 5, 5);
        String admisi = Fixtures.staffToken("admisi");
        Map<String, Object> body = ambil(patient(true), kodepoli, kodedokter, today(), "00:00-23:59");
        body.put("jenispasien", "JKN");
        String code = given().auth().oauth2(admisi).contentType(ContentType.JSON).body(body).post("/api/antrean")
                .then().statusCode(200).extract().jsonPath().getString("kodebooking");

        JsonNode created = event(code, "CREATED");
        assertEquals("ONSITE", created.path("source").asText());
        assertEquals("JKN", created.path("booking").path("jenispasien").asText());

        given().auth().oauth2(admisi).contentType(ContentType.JSON).body(Map.of("keterangan", "dokter berhalangan"))
                .post("/api/antrean/" + code + "/batal").then().statusCode(200);
        JsonNode cancelled = event(code, "CANCELLED");
        assertEquals("HOSPITAL", cancelled.path("cancellation").path("by").asText());
        assertEquals("ONSITE", cancelled.path("source").asText());
    }

    @Test
    void theStationsGetEachChangeWithoutTheNikCardNumberOrPhone() {
        schedule(kodepoli, kodedokter, tomorrow, HOURS, 5, 5);
        Patient p = patient(false);
        Map<String, Object> body = ambil(p, kodepoli, kodedokter, tomorrow, HOURS);
        JsonPath answer = wsrs("ambilantrean", body);
        String code = answer.getString("response.kodebooking");
        wsrs("batalantrean", Map.of("kodebooking", code, "keterangan", "pasien sakit"));

        JsonNode created = visitEvent(code, "CREATED");
        assertEquals("MOBILE_JKN", created.path("source").asText());
        assertEquals(code, created.path("kodebooking").asText());
        JsonNode visit = created.path("visit");
        assertEquals(kodepoli, visit.path("kodepoli").asText());
        assertEquals(kodedokter, visit.path("kodedokter").asText());
        assertEquals(Fixtures.date(tomorrow), visit.path("tanggalperiksa").asText());
        assertEquals(HOURS, visit.path("jampraktek").asText());
        assertEquals(answer.getString("response.nomorantrean"), visit.path("nomorantrean").asText());
        assertEquals(1, visit.path("angkaantrean").asInt());
        assertEquals(1, visit.path("pasienbaru").asInt());
        assertEquals(p.norm(), visit.path("norm").asText());
        assertNotEquals(event(code, "CREATED").path("eventId").asText(), created.path("eventId").asText());

        JsonNode cancelled = visitEvent(code, "CANCELLED");
        // the reason is free text for BPJS: the stations only need to know the visit is off
        assertFalse(cancelled.has("cancellation"));
        for (JsonNode e : List.of(created, cancelled)) {
            String text = e.toString();
            assertFalse(text.contains(p.nik()), "NIK in " + text);
            assertFalse(text.contains(p.nomorkartu()), "card number in " + text);
            assertFalse(text.contains((String) body.get("nohp")), "phone in " + text);
        }
    }
}
