package id.antreanonline.antrean.rest;

import static id.antreanonline.antrean.Fixtures.ambil;
import static id.antreanonline.antrean.Fixtures.doctor;
import static id.antreanonline.antrean.Fixtures.patient;
import static id.antreanonline.antrean.Fixtures.poli;
import static id.antreanonline.antrean.Fixtures.schedule;
import static id.antreanonline.antrean.Fixtures.today;
import static id.antreanonline.antrean.Fixtures.wsrs;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.Test;

import id.antreanonline.antrean.Fixtures;
import id.antreanonline.antrean.Fixtures.Patient;
import id.antreanonline.antrean.service.Messages;
import id.antreanonline.shared.Wib;
import id.antreanonline.shared.wsrs.WsrsMessages;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

@QuarkusTest
class AmbilAntreanTest {

    private static final String HOURS = "08:00-12:00";

    private final String kodepoli = poli();
    private final String kodedokter = doctor();
    private final LocalDate tomorrow = today().plusDays(1);

    private static void assertRefused(JsonPath answer, String message) {
        assertEquals(201, answer.getInt("metadata.code"), answer.prettify());
        assertEquals(message, answer.getString("metadata.message"));
    }

    @Test
    void bookingGivesNumberCodeAndEstimate() {
        schedule(kodepoli, kodedokter, tomorrow, HOURS, 30, 10);
        Patient first = patient(true);
        Patient second = patient(true);

        JsonPath a = wsrs("ambilantrean", ambil(first, kodepoli, kodedokter, tomorrow, HOURS));
        JsonPath b = wsrs("ambilantrean", ambil(second, kodepoli, kodedokter, tomorrow, HOURS));

        assertEquals(200, a.getInt("metadata.code"), a.prettify());
        assertEquals("Ok", a.getString("metadata.message"));
        assertEquals(1, a.getInt("response.angkaantrean"));
        assertEquals(kodepoli + "-1", a.getString("response.nomorantrean"));
        assertEquals(2, b.getInt("response.angkaantrean"));
        assertEquals(first.norm(), a.getString("response.norm"));
        assertEquals("Poli " + kodepoli, a.getString("response.namapoli"));
        assertEquals("dr. Uji " + kodedokter, a.getString("response.namadokter"));
        long opens = tomorrow.atTime(8, 0).atZone(Wib.ZONE).toInstant().toEpochMilli();
        assertEquals(opens, a.getLong("response.estimasidilayani"));
        assertEquals(opens + 10 * 60_000L, b.getLong("response.estimasidilayani"));
        assertEquals(30, a.getInt("response.kuotajkn"));
        assertEquals(29, a.getInt("response.sisakuotajkn"));
        assertEquals(28, b.getInt("response.sisakuotajkn"));
        assertEquals(10, b.getInt("response.sisakuotanonjkn"));
        String code = a.getString("response.kodebooking");
        assertTrue(code.matches("[0-9A-Z]{12}"), code);
        assertNotEquals(code, b.getString("response.kodebooking"));
        assertEquals("Peserta harap 30 menit lebih awal guna pencatatan administrasi.",
                a.getString("response.keterangan"));
    }

    @Test
    void nomorAntreanUsesThePolisPrefix() {
        String kd = doctor();
        schedule("ANA", kd, tomorrow, HOURS, 5, 5);
        JsonPath a = wsrs("ambilantrean", ambil(patient(true), "ANA", kd, tomorrow, HOURS));
        assertEquals("A-1", a.getString("response.nomorantrean"), a.prettify());
    }

    @Test
    void numbersSentAsStringsAndHoursWithSpacesAreAccepted() {
        schedule(kodepoli, kodedokter, tomorrow, HOURS, 5, 5);
        Map<String, Object> body = ambil(patient(true), kodepoli, kodedokter, tomorrow, "08:00 - 12:00");
        body.put("kodedokter", kodedokter);
        body.put("jeniskunjungan", "3");
        JsonPath a = wsrs("ambilantrean", body);
        assertEquals(200, a.getInt("metadata.code"), a.prettify());
    }

    @Test
    void nonJknPatientWithoutCardTakesANonJknPlace() {
        schedule(kodepoli, kodedokter, tomorrow, HOURS, 5, 5);
        Map<String, Object> body = ambil(patient(true), kodepoli, kodedokter, tomorrow, HOURS);
        body.put("nomorkartu", "");
        body.put("nomorreferensi", "");
        JsonPath a = wsrs("ambilantrean", body);
        assertEquals(200, a.getInt("metadata.code"), a.prettify());
        assertEquals(5, a.getInt("response.sisakuotajkn"));
        assertEquals(4, a.getInt("response.sisakuotanonjkn"));
    }

    @Test
    void unknownPatientGets202() {
        schedule(kodepoli, kodedokter, tomorrow, HOURS, 5, 5);
        Patient stranger = new Patient(null, Fixtures.digits(13), Fixtures.digits(16));
        Map<String, Object> body = ambil(stranger, kodepoli, kodedokter, tomorrow, HOURS);
        body.put("norm", "");
        JsonPath a = wsrs("ambilantrean", body);
        assertEquals(202, a.getInt("metadata.code"), a.prettify());
        assertEquals(WsrsMessages.PATIENT_UNKNOWN, a.getString("metadata.message"));
    }

    @Test
    void patientRegisteredThroughPasienbaruBooksAsNewPatient() {
        schedule(kodepoli, kodedokter, tomorrow, HOURS, 5, 5);
        Patient fresh = patient(false);
        JsonPath a = wsrs("ambilantrean", ambil(fresh, kodepoli, kodedokter, tomorrow, HOURS));
        assertEquals(200, a.getInt("metadata.code"), a.prettify());
        assertEquals(1, ((Number) Fixtures.column("select pasienbaru from booking where kodebooking = ?",
                a.getString("response.kodebooking")).get(0)).intValue());
        assertEquals("Peserta harap 60 menit lebih awal ke admisi guna melengkapi data rekam medis.",
                a.getString("response.keterangan"));
    }

    @Test
    void dateNotYyyyMmDdIsRefused() {
        Map<String, Object> body = ambil(patient(true), kodepoli, kodedokter, tomorrow, HOURS);
        body.put("tanggalperiksa", Wib.DATE.format(tomorrow).replace("-", "/"));
        assertRefused(wsrs("ambilantrean", body), WsrsMessages.BAD_DATE_FORMAT);
        body.put("tanggalperiksa", "2025-02-30");
        assertRefused(wsrs("ambilantrean", body), WsrsMessages.BAD_DATE_FORMAT);
    }

    @Test
    void todayAndPastDatesAreRefusedForMobileJkn() {
        schedule(kodepoli, kodedokter, today(), HOURS, 5, 5);
        assertRefused(wsrs("ambilantrean", ambil(patient(true), kodepoli, kodedokter, today(), HOURS)),
                WsrsMessages.DATE_NOT_VALID);
        assertRefused(wsrs("ambilantrean", ambil(patient(true), kodepoli, kodedokter, today().minusDays(3), HOURS)),
                WsrsMessages.DATE_NOT_VALID);
    }

    @Test
    void dateBeyondTheHorizonIsRefused() {
        LocalDate far = today().plusDays(91);
        schedule(kodepoli, kodedokter, far, HOURS, 5, 5);
        assertRefused(wsrs("ambilantrean", ambil(patient(true), kodepoli, kodedokter, far, HOURS)),
                Messages.DATE_BEYOND_HORIZON);
    }

    @Test
    void cardNumberMustHave13Digits() {
        schedule(kodepoli, kodedokter, tomorrow, HOURS, 5, 5);
        Map<String, Object> body = ambil(patient(true), kodepoli, kodedokter, tomorrow, HOURS);
        body.put("nomorkartu", "00012345678");
        assertRefused(wsrs("ambilantrean", body), Messages.CARD_INVALID);
    }

    @Test
    void nikMustHave16Digits() {
        Map<String, Object> body = ambil(patient(true), kodepoli, kodedokter, tomorrow, HOURS);
        body.put("nik", "321234567898765");
        assertRefused(wsrs("ambilantrean", body), Messages.NIK_INVALID);
        body.remove("nik");
        assertRefused(wsrs("ambilantrean", body), Messages.NIK_INVALID);
    }

    @Test
    void jenisKunjunganMustBe1To4() {
        Map<String, Object> body = ambil(patient(true), kodepoli, kodedokter, tomorrow, HOURS);
        body.put("jeniskunjungan", 5);
        assertRefused(wsrs("ambilantrean", body), Messages.VISIT_KIND_INVALID);
        body.put("jeniskunjungan", 0);
        assertRefused(wsrs("ambilantrean", body), Messages.VISIT_KIND_INVALID);
    }

    @Test
    void jknBookingNeedsAReference() {
        Map<String, Object> body = ambil(patient(true), kodepoli, kodedokter, tomorrow, HOURS);
        body.put("nomorreferensi", "");
        assertRefused(wsrs("ambilantrean", body), Messages.REFERENCE_REQUIRED);
    }

    @Test
    void unknownPoliIsRefused() {
        assertRefused(wsrs("ambilantrean", ambil(patient(true), poli(), kodedokter, tomorrow, HOURS)),
                WsrsMessages.POLI_NOT_FOUND);
    }

    @Test
    void missingScheduleNamesTheDoctor() {
        schedule(kodepoli, kodedokter, tomorrow, HOURS, 5, 5);
        assertRefused(wsrs("ambilantrean", ambil(patient(true), kodepoli, kodedokter, tomorrow, "13:00-15:00")),
                WsrsMessages.noSchedule("dr. Uji " + kodedokter));
        assertRefused(wsrs("ambilantrean", ambil(patient(true), kodepoli, kodedokter, tomorrow.plusDays(1), HOURS)),
                WsrsMessages.noSchedule("dr. Uji " + kodedokter));
    }

    @Test
    void holidayOrZeroQuotaClosesRegistration() {
        schedule(kodepoli, kodedokter, tomorrow, HOURS, 5, 5, true);
        assertRefused(wsrs("ambilantrean", ambil(patient(true), kodepoli, kodedokter, tomorrow, HOURS)),
                WsrsMessages.REGISTRATION_CLOSED);
        String other = doctor();
        schedule(kodepoli, other, tomorrow, HOURS, 0, 0);
        assertRefused(wsrs("ambilantrean", ambil(patient(true), kodepoli, other, tomorrow, HOURS)),
                WsrsMessages.REGISTRATION_CLOSED);
    }

    @Test
    void bookingBeyondJknQuotaIsRefused() {
        schedule(kodepoli, kodedokter, tomorrow, HOURS, 1, 1);
        assertEquals(200, wsrs("ambilantrean", ambil(patient(true), kodepoli, kodedokter, tomorrow, HOURS))
                .getInt("metadata.code"));
        assertRefused(wsrs("ambilantrean", ambil(patient(true), kodepoli, kodedokter, tomorrow, HOURS)),
                Messages.JKN_QUOTA_FULL);
    }

    @Test
    void bookingBeyondNonJknQuotaIsRefused() {
        schedule(kodepoli, kodedokter, tomorrow, HOURS, 5, 1);
        for (int i = 0; i < 2; i++) {
            Map<String, Object> body = ambil(patient(true), kodepoli, kodedokter, tomorrow, HOURS);
            body.put("nomorkartu", "");
            body.put("nomorreferensi", "");
            JsonPath a = wsrs("ambilantrean", body);
            if (i == 0) {
                assertEquals(200, a.getInt("metadata.code"), a.prettify());
            } else {
                assertRefused(a, Messages.NON_JKN_QUOTA_FULL);
            }
        }
    }

    @Test
    void secondBookingSamePoliSameDayIsRefused() {
        String otherDoctor = doctor();
        schedule(kodepoli, kodedokter, tomorrow, HOURS, 5, 5);
        schedule(kodepoli, otherDoctor, tomorrow, HOURS, 5, 5);
        Patient p = patient(true);
        assertEquals(200, wsrs("ambilantrean", ambil(p, kodepoli, kodedokter, tomorrow, HOURS))
                .getInt("metadata.code"));
        assertRefused(wsrs("ambilantrean", ambil(p, kodepoli, kodedokter, tomorrow, HOURS)),
                WsrsMessages.ONE_BOOKING_PER_DAY);
        assertRefused(wsrs("ambilantrean", ambil(p, kodepoli, otherDoctor, tomorrow, HOURS)),
                WsrsMessages.ONE_BOOKING_PER_DAY);
    }

    @Test
    void referenceServesOneActiveBooking() {
        String otherPoli = poli();
        schedule(kodepoli, kodedokter, tomorrow, HOURS, 5, 5);
        schedule(otherPoli, kodedokter, tomorrow, HOURS, 5, 5);
        Patient p = patient(true);
        Map<String, Object> first = ambil(p, kodepoli, kodedokter, tomorrow, HOURS);
        assertEquals(200, wsrs("ambilantrean", first).getInt("metadata.code"));
        Map<String, Object> second = ambil(p, otherPoli, kodedokter, tomorrow, HOURS);
        second.put("nomorreferensi", first.get("nomorreferensi"));
        assertRefused(wsrs("ambilantrean", second), Messages.REFERENCE_IN_USE);
    }
}
