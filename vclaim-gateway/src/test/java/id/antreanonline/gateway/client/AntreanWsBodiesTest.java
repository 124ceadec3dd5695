package id.antreanonline.gateway.client;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import id.antreanonline.shared.event.BookingSnapshot;

/** Each Antrean WS write body serialises to exactly BPJS's field names, in the order of the catalogue. */
class AntreanWsBodiesTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void aNewBookingIsTambahAntreanPlusPasienbaru() throws Exception {
        BookingSnapshot snapshot = BookingSnapshot.builder()
                .kodebooking("16032021A001")
                .jenispasien("JKN")
                .patient("3212345678987654", "00012345678", "085635228888", "123345")
                .newPatient(true)
                .practice("ANA", "Anak", "12345", "Dr. Hendra", "2021-01-28", "08:00-16:00")
                .referral(1, "0001R0040116A000001")
                .number("A-12", 12, 1615869169000L)
                .jknQuota(5, 30)
                .nonJknQuota(5, 30)
                .keterangan("Peserta harap 30 menit lebih awal guna pencatatan administrasi.")
                .build();
        String expected = "{\"kodebooking\":\"16032021A001\",\"jenispasien\":\"JKN\",\"nomorkartu\":\"00012345678\","
                + "\"nik\":\"3212345678987654\",\"nohp\":\"085635228888\",\"kodepoli\":\"ANA\",\"namapoli\":\"Anak\","
                + "\"pasienbaru\":1,\"norm\":\"123345\",\"tanggalperiksa\":\"2021-01-28\",\"kodedokter\":\"12345\","
                + "\"namadokter\":\"Dr. Hendra\",\"jampraktek\":\"08:00-16:00\",\"jeniskunjungan\":1,"
                + "\"nomorreferensi\":\"0001R0040116A000001\",\"nomorantrean\":\"A-12\",\"angkaantrean\":12,"
                + "\"estimasidilayani\":1615869169000,\"sisakuotajkn\":5,\"kuotajkn\":30,\"sisakuotanonjkn\":5,"
                + "\"kuotanonjkn\":30,\"keterangan\":\"Peserta harap 30 menit lebih awal guna pencatatan "
                + "administrasi.\"}";
        assertEquals(expected, JSON.writeValueAsString(NewBooking.of(snapshot)));
        // the event's snapshot and the body BPJS receives are the same JSON, so stored deliveries read back alike
        assertEquals(expected, JSON.writeValueAsString(snapshot));
    }

    @Test
    void aCancellationIsBatalAntreanWithAReasonAlwaysPresent() throws Exception {
        assertEquals("{\"kodebooking\":\"16032021A001\",\"keterangan\":\"Terjadi perubahan jadwal dokter\"}",
                JSON.writeValueAsString(BookingCancellation.of("16032021A001", "Terjadi perubahan jadwal dokter")));
        assertEquals("{\"kodebooking\":\"16032021A001\",\"keterangan\":\"\"}",
                JSON.writeValueAsString(BookingCancellation.of("16032021A001", null)));
    }

    @Test
    void aTaskTimeIsUpdateWaktuWithJenisresepOnlyWhereThePharmacyQueueRuns() throws Exception {
        assertEquals("{\"kodebooking\":\"16032021A001\",\"taskid\":1,\"waktu\":1616559330000}",
                JSON.writeValueAsString(new TaskTime("16032021A001", 1, 1616559330000L, null)));
        assertEquals("{\"kodebooking\":\"16032021A001\",\"taskid\":6,\"waktu\":1616559330000,"
                + "\"jenisresep\":\"Racikan\"}",
                JSON.writeValueAsString(new TaskTime("16032021A001", 6, 1616559330000L, "Racikan")));
    }

    @Test
    void aPharmacyNumberIsFarmasiAddWithAKeteranganAlwaysPresent() throws Exception {
        assertEquals("{\"kodebooking\":\"16032021A001\",\"jenisresep\":\"Non racikan\",\"nomorantrean\":3,"
                + "\"keterangan\":\"\"}",
                JSON.writeValueAsString(PharmacyNumber.of("16032021A001", "Non racikan", 3, null)));
    }

    @Test
    void aDoctorScheduleChangeIsUpdateJadwalDokterAsTheCatalogueShowsIt() throws Exception {
        DoctorScheduleChange change = new DoctorScheduleChange("ANA", "1", 12346,
                List.of(new DoctorScheduleChange.Day("1", "08:00", "10:00"),
                        new DoctorScheduleChange.Day("2", "15:00", "17:00")));
        String seed = "{\"kodepoli\":\"ANA\",\"kodesubspesialis\":\"1\",\"kodedokter\":12346,\"jadwal\":["
                + "{\"hari\":\"1\",\"buka\":\"08:00\",\"tutup\":\"10:00\"},"
                + "{\"hari\":\"2\",\"buka\":\"15:00\",\"tutup\":\"17:00\"}]}";
        assertEquals(seed, JSON.writeValueAsString(change));
        assertEquals(change, JSON.readValue(seed, DoctorScheduleChange.class));
    }

    @Test
    void aStoredBodyReadsBackToTheSameJson() throws Exception {
        String stored = "{\"kodebooking\":\"B1\",\"taskid\":5,\"waktu\":1616559330000}";
        assertEquals(stored, JSON.writeValueAsString(JSON.readValue(stored, TaskTime.class)));
        String batal = "{\"kodebooking\":\"B1\",\"keterangan\":\"Dibatalkan\"}";
        assertEquals(batal, JSON.writeValueAsString(JSON.readValue(batal, BookingCancellation.class)));
    }
}
