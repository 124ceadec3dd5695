package id.antreanonline.antrean.rest;

import static id.antreanonline.antrean.Fixtures.ambil;
import static id.antreanonline.antrean.Fixtures.doctor;
import static id.antreanonline.antrean.Fixtures.patient;
import static id.antreanonline.antrean.Fixtures.poli;
import static id.antreanonline.antrean.Fixtures.schedule;
import static id.antreanonline.antrean.Fixtures.today;
import static id.antreanonline.antrean.Fixtures.wsrs;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.Test;

import id.antreanonline.antrean.service.Messages;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

@QuarkusTest
class SisaAntreanTest {

    private static final String HOURS = "08:00-12:00";
    private final String kodepoli = poli();
    private final String kodedokter = doctor();
    private final LocalDate tomorrow = today().plusDays(1);

    private String book() {
        return wsrs("ambilantrean", ambil(patient(true), kodepoli, kodedokter, tomorrow, HOURS))
                .getString("response.kodebooking");
    }

    @Test
    void remainingQueueCountsTheBookingsAheadAndTheWait() {
        schedule(kodepoli, kodedokter, tomorrow, HOURS, 10, 4);
        String first = book();
        book();
        String third = book();

        JsonPath s = wsrs("sisaantrean", Map.of("kodebooking", third));
        assertEquals(200, s.getInt("metadata.code"), s.prettify());
        assertEquals(kodepoli + "-3", s.getString("response.nomorantrean"));
        assertEquals("Poli " + kodepoli, s.getString("response.namapoli"));
        assertEquals("dr. Uji " + kodedokter, s.getString("response.namadokter"));
        assertEquals(2, s.getInt("response.sisaantrean"));
        assertEquals("-", s.getString("response.antreanpanggil"));
        assertEquals(10 * 60 * (2 - 1), s.getLong("response.waktutunggu"));

        JsonPath f = wsrs("sisaantrean", Map.of("kodebooking", first));
        assertEquals(0, f.getInt("response.sisaantrean"));
        assertEquals(0, f.getLong("response.waktutunggu"));
    }

    @Test
    void cancelledBookingsAheadDoNotCount() {
        schedule(kodepoli, kodedokter, tomorrow, HOURS, 10, 4);
        String first = book();
        String second = book();
        wsrs("batalantrean", Map.of("kodebooking", first, "keterangan", "tidak jadi"));
        assertEquals(0, wsrs("sisaantrean", Map.of("kodebooking", second)).getInt("response.sisaantrean"));
    }

    @Test
    void unknownOrMissingBookingCodeIsRefused() {
        JsonPath unknown = wsrs("sisaantrean", Map.of("kodebooking", "ZZZZZZZZZZZZ"));
        assertEquals(201, unknown.getInt("metadata.code"));
        assertEquals(Messages.BOOKING_NOT_FOUND, unknown.getString("metadata.message"));
        JsonPath blank = wsrs("sisaantrean", Map.of("kodebooking", " "));
        assertEquals(201, blank.getInt("metadata.code"));
        assertEquals(Messages.BOOKING_CODE_REQUIRED, blank.getString("metadata.message"));
    }

    @Test
    void cancelledBookingIsRefused() {
        schedule(kodepoli, kodedokter, tomorrow, HOURS, 10, 4);
        String code = book();
        wsrs("batalantrean", Map.of("kodebooking", code, "keterangan", "tidak jadi"));
        JsonPath s = wsrs("sisaantrean", Map.of("kodebooking", code));
        assertEquals(201, s.getInt("metadata.code"));
        assertEquals(Messages.BOOKING_CANCELLED, s.getString("metadata.message"));
    }
}
