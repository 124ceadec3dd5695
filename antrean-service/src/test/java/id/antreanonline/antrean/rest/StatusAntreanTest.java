package id.antreanonline.antrean.rest;

import static id.antreanonline.antrean.Fixtures.ambil;
import static id.antreanonline.antrean.Fixtures.date;
import static id.antreanonline.antrean.Fixtures.doctor;
import static id.antreanonline.antrean.Fixtures.patient;
import static id.antreanonline.antrean.Fixtures.poli;
import static id.antreanonline.antrean.Fixtures.schedule;
import static id.antreanonline.antrean.Fixtures.today;
import static id.antreanonline.antrean.Fixtures.wsrs;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import id.antreanonline.shared.wsrs.WsrsMessages;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

@QuarkusTest
class StatusAntreanTest {

    private static final String HOURS = "08:00-12:00";
    private final String kodepoli = poli();
    private final String kodedokter = doctor();
    private final LocalDate tomorrow = today().plusDays(1);

    private Map<String, Object> status(String poli, String dokter, String tanggal, String jam) {
        Map<String, Object> body = new HashMap<>();
        body.put("kodepoli", poli);
        body.put("kodedokter", dokter);
        body.put("tanggalperiksa", tanggal);
        body.put("jampraktek", jam);
        return body;
    }

    private static void assertRefused(JsonPath answer, String message) {
        assertEquals(201, answer.getInt("metadata.code"), answer.prettify());
        assertEquals(message, answer.getString("metadata.message"));
    }

    @Test
    void statusCountsBookingsAndQuotas() {
        schedule(kodepoli, kodedokter, tomorrow, HOURS, 10, 4);
        wsrs("ambilantrean", ambil(patient(true), kodepoli, kodedokter, tomorrow, HOURS));
        wsrs("ambilantrean", ambil(patient(true), kodepoli, kodedokter, tomorrow, HOURS));

        JsonPath s = wsrs("statusantrean", status(kodepoli, kodedokter, date(tomorrow), HOURS));

        assertEquals(200, s.getInt("metadata.code"), s.prettify());
        assertEquals("Poli " + kodepoli, s.getString("response.namapoli"));
        assertEquals("dr. Uji " + kodedokter, s.getString("response.namadokter"));
        assertEquals(2, s.getInt("response.totalantrean"));
        assertEquals(2, s.getInt("response.sisaantrean"));
        assertEquals("-", s.getString("response.antreanpanggil"));
        assertEquals(8, s.getInt("response.sisakuotajkn"));
        assertEquals(10, s.getInt("response.kuotajkn"));
        assertEquals(4, s.getInt("response.sisakuotanonjkn"));
        assertEquals(4, s.getInt("response.kuotanonjkn"));
    }

    @Test
    void doctorCodeAsNumberIsAccepted() {
        schedule(kodepoli, kodedokter, tomorrow, HOURS, 10, 4);
        Map<String, Object> body = status(kodepoli, null, date(tomorrow), HOURS);
        body.put("kodedokter", Long.parseLong(kodedokter));
        assertEquals(200, wsrs("statusantrean", body).getInt("metadata.code"));
    }

    @Test
    void badDateFormatIsRefused() {
        assertRefused(wsrs("statusantrean", status(kodepoli, kodedokter, "28-01-2030", HOURS)),
                WsrsMessages.BAD_DATE_FORMAT);
    }

    @Test
    void pastDateIsRefused() {
        assertRefused(wsrs("statusantrean", status(kodepoli, kodedokter, date(today().minusDays(1)), HOURS)),
                WsrsMessages.DATE_NOT_VALID);
    }

    @Test
    void unknownPoliIsRefused() {
        assertRefused(wsrs("statusantrean", status(poli(), kodedokter, date(tomorrow), HOURS)),
                WsrsMessages.POLI_NOT_FOUND);
    }

    @Test
    void missingScheduleIsRefused() {
        schedule(kodepoli, kodedokter, tomorrow, HOURS, 10, 4);
        assertRefused(wsrs("statusantrean", status(kodepoli, kodedokter, date(tomorrow), "13:00-16:00")),
                WsrsMessages.noSchedule("dr. Uji " + kodedokter));
    }
}
