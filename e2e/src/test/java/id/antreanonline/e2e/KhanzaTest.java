package id.antreanonline.e2e;

import static id.antreanonline.e2e.Api.ANTREAN;
import static id.antreanonline.e2e.Api.expectCode;
import static id.antreanonline.e2e.Api.today;
import static id.antreanonline.e2e.Api.wsrs;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.restassured.path.json.JsonPath;

/**
 * SIMRS Khanza plugged in (bin/stack with Khanza: its MariaDB with a ROW binlog, Kafka Connect with Debezium's MariaDB
 * connector, the bridge). The test plays Khanza's own screens: it writes into Khanza's tables as they do, with no
 * mark, and watches what happens here and at BPJS (the simulator).
 */
@ExtendWith(Stack.class)
class KhanzaTest {

    static final Duration WITHIN = Duration.ofSeconds(60);
    private static final DateTimeFormatter NO_RAWAT_DAY = DateTimeFormatter.ofPattern("uuuu/MM/dd/");

    @Test
    void aPatientRegisteredInKhanzaBooksThroughMobileJknAsReturningAndTheBookingAppearsInKhanza() throws Exception {
        Api.Person person = Api.Person.fresh();
        String norm = insertPatient(person, "BPJ");
        Instant written = Instant.now();

        LocalDate tomorrow = today().plusDays(1);
        Map<String, Object> booking = person.booking(Api.syncSchedule("ANA", tomorrow), tomorrow);
        // until the patient has come through, Mobile JKN hears "not found" and nothing is booked
        JsonPath booked = await().atMost(WITHIN).pollInterval(Duration.ofMillis(250))
                .until(() -> wsrs(ANTREAN, "ambilantrean", booking), b -> b.getInt("metadata.code") == 200);
        System.out.printf("KhanzaTest: a patient written in Khanza booked through Mobile JKN after %d ms%n",
                Duration.between(written, Instant.now()).toMillis());
        assertEquals(norm, booked.getString("response.norm"), "Khanza's record number");
        assertEquals(SimrsTest.RETURNING_PATIENT, booked.getString("response.keterangan"));
        String kodebooking = booked.getString("response.kodebooking");

        // Khanza's poli screens see the patient: a visit and its Mobile JKN booking, as Khanza's own service writes them
        String noRawat = await().atMost(WITHIN).until(() -> value(
                "select no_rawat from referensi_mobilejkn_bpjs where nobooking = ?", kodebooking), v -> v != null);
        assertEquals("P001|D0001|" + norm + "|Belum|" + tomorrow, value("select concat_ws('|', kd_poli, kd_dokter,"
                + " no_rkm_medis, stts, tgl_registrasi) from reg_periksa where no_rawat = ?", noRawat));

        // no loop: the visit the bridge wrote comes back through the capture and is not booked as a registration.
        // A counter registration committed after it is booked once the capture has passed it (one consumer, in order).
        Api.syncSchedule("ANA", today());
        bookingOf(registerAtCounter(insertPatient(Api.Person.fresh(), "UMU"), "UMU", null));
        assertEquals(null, value("select kodebooking from antrean_online_kunjungan where no_rawat = ?", noRawat));
        assertEquals(0, Bpjs.received(null).stream().filter(c -> c.path().endsWith("/antrean/add"))
                .filter(c -> c.body() != null && norm.equals(c.body().path("norm").asText())).count(),
                "a Mobile JKN booking BPJS already has: no antrean/add for it, from the booking or from the loop");
    }

    @Test
    void aRegistrationAtKhanzasCounterReachesBpjsAsAntreanAddAndItsTaskTimesInOrder() throws Exception {
        String norm = insertPatient(Api.Person.fresh(), "BPJ");
        Api.syncSchedule("ANA", today());
        String referral = "0301R001" + Api.digits(11);
        String noRawat = registerAtCounter(norm, "BPJ", referral);

        String kodebooking = bookingOf(noRawat);
        Bpjs.Call add = await().atMost(WITHIN).until(() -> Bpjs.received(kodebooking).stream()
                .filter(c -> c.path().endsWith("/antrean/add")).findFirst().orElse(null), c -> c != null);
        assertTrue(add.accepted(), add.code());
        assertEquals("JKN", add.body().get("jenispasien").asText());
        assertEquals(referral, add.body().get("nomorreferensi").asText());
        assertEquals("ANA", add.body().get("kodepoli").asText());
        assertEquals(norm, add.body().get("norm").asText());
        assertEquals(0, add.body().get("pasienbaru").asInt(), "a patient Khanza knows is a returning one");

        // Khanza's screens record the poli's steps, each in its own transaction, with WIB wall-clock times (to the
        // second, as its DATETIME column holds them)
        LocalDateTime now = LocalDateTime.now(Api.WIB).withNano(0);
        List<Long> times = new ArrayList<>();
        for (int taskid : List.of(3, 4, 5)) {
            LocalDateTime at = now.minusSeconds(6 - taskid);
            execute("insert into referensi_mobilejkn_bpjs_taskid (no_rawat, taskid, waktu) values (?, ?, ?)",
                    noRawat, String.valueOf(taskid), at);
            times.add(at.atZone(Api.WIB).toInstant().toEpochMilli());
        }
        Visits.awaitDeliveredInOrder(kodebooking, List.of(3, 4, 5));
        assertEquals(times, Bpjs.received(kodebooking).stream().filter(c -> c.path().endsWith("/antrean/updatewaktu"))
                .map(Bpjs.Call::waktu).toList(), "each step once, at the time Khanza recorded");
    }

    @Test
    void aRegistrationCancelledAtKhanzasCounterIsCancelledAtBpjs() throws Exception {
        String norm = insertPatient(Api.Person.fresh(), "UMU");
        Api.syncSchedule("ANA", today());
        String noRawat = registerAtCounter(norm, "UMU", null);
        String kodebooking = bookingOf(noRawat);
        execute("update reg_periksa set stts = 'Batal' where no_rawat = ?", noRawat);
        await().atMost(WITHIN).until(() -> Bpjs.received(kodebooking).stream()
                .anyMatch(c -> c.path().endsWith("/antrean/batal") && c.accepted()));
    }

    @Test
    void theCaptureRestartedMidStreamLosesAndDuplicatesNothing() throws Exception {
        Api.syncSchedule("ANA", today());
        List<String> norms = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            norms.add(insertPatient(Api.Person.fresh(), "UMU"));
        }
        List<String> visits = new ArrayList<>();
        for (int i = 0; i < norms.size(); i++) {
            if (i == 5) {
                // the Kafka Connect worker dies mid-stream (its last second of offsets unflushed) and comes back
                Stack.kill("kafka-connect");
            }
            visits.add(registerAtCounter(norms.get(i), "UMU", null));
            if (i == 7) {
                Stack.up();
            }
        }
        List<String> bookings = new ArrayList<>();
        for (String noRawat : visits) {
            bookings.add(bookingOf(noRawat));
        }
        await().atMost(WITHIN).until(() -> bookings.stream().allMatch(kb -> Bpjs.received(kb).stream()
                .anyMatch(c -> c.path().endsWith("/antrean/add"))));
        for (String kb : bookings) {
            assertEquals(1, Bpjs.received(kb).stream().filter(c -> c.path().endsWith("/antrean/add")).count(),
                    kb + " told to BPJS once");
        }
        assertEquals(10, bookings.stream().distinct().count(), "ten registrations, ten bookings");
    }

    // --- Khanza's screens ------------------------------------------------------------------------------------------

    /** The booking here a Khanza visit became, as the bridge recorded it. */
    private static String bookingOf(String noRawat) {
        return await().atMost(WITHIN).ignoreExceptions().until(() -> value(
                "select kodebooking from antrean_online_kunjungan where no_rawat = ?", noRawat), v -> v != null);
    }

    /** A patient as Khanza's registration screen writes one (its own number, no mark of the bridge); the number. */
    static String insertPatient(Api.Person person, String payer) throws SQLException {
        String norm = "8" + Api.digits(5);
        execute("insert into pasien (no_rkm_medis, nm_pasien, no_ktp, jk, tmp_lahir, tgl_lahir, nm_ibu, alamat,"
                + " gol_darah, pekerjaan, stts_nikah, agama, tgl_daftar, no_tlp, umur, pnd, keluarga, namakeluarga,"
                + " kd_pj, no_peserta, kd_kel, kd_kec, kd_kab, pekerjaanpj, alamatpj, kelurahanpj, kecamatanpj,"
                + " kabupatenpj, perusahaan_pasien, suku_bangsa, bahasa_pasien, cacat_fisik, email, nip, kd_prop,"
                + " propinsipj) values (?, ?, ?, 'P', 'BANDUNG', '1990-05-17', '-', 'JL. MERDEKA 10', '-', '-',"
                + " 'MENIKAH', 'ISLAM', ?, ?, '36 Th', '-', 'DIRI SENDIRI', '-', ?, ?, 1, 1, 1, '-', '-', '-', '-',"
                + " '-', '-', 1, 1, 1, '', '', 1, '-')", norm, person.nama().toUpperCase(), person.nik(), today(),
                person.nohp(), payer, "BPJ".equals(payer) ? person.nomorkartu() : "-");
        return norm;
    }

    /**
     * A visit registered today at Khanza's counter for Khanza's poli P001 and doctor D0001 (mapped to ANA and 33690),
     * with its referral in the same transaction when it has one; its no_rawat.
     */
    static String registerAtCounter(String norm, String payer, String referral) throws SQLException {
        for (int attempt = 0;; attempt++) {
            String noRawat = today().format(NO_RAWAT_DAY) + "8" + Api.digits(5);
            try {
                return registerAtCounter(noRawat, norm, payer, referral);
            } catch (java.sql.SQLIntegrityConstraintViolationException taken) {
                // the number is taken (the bridge writes the day's next one): draw again, as Khanza's counter does
                if (attempt == 5) {
                    throw taken;
                }
            }
        }
    }

    private static String registerAtCounter(String noRawat, String norm, String payer, String referral)
            throws SQLException {
        try (Connection c = khanza()) {
            c.setAutoCommit(false);
            run(c, "insert into reg_periksa (no_reg, no_rawat, tgl_registrasi, jam_reg, kd_dokter, no_rkm_medis,"
                    + " kd_poli, p_jawab, almt_pj, hubunganpj, biaya_reg, stts, stts_daftar, status_lanjut, kd_pj,"
                    + " umurdaftar, sttsumur, status_bayar, status_poli) values ('001', ?, ?, ?, 'D0001', ?, 'P001',"
                    + " '-', '-', '-', 20000, 'Belum', 'Lama', 'Ralan', ?, 36, 'Th', 'Belum Bayar', 'Lama')",
                    noRawat, today(), LocalDateTime.now(Api.WIB).toLocalTime().withNano(0), norm, payer);
            if (referral != null) {
                run(c, "insert into rujuk_masuk (no_rawat, perujuk, no_rujuk) values (?, 'PUSKESMAS', ?)", noRawat,
                        referral);
            }
            c.commit();
        }
        return noRawat;
    }

    static Connection khanza() throws SQLException {
        // as Khanza's own applications connect (khanza/sample.sql's user), to bin/stack's MariaDB
        return DriverManager.getConnection("jdbc:mariadb://127.0.0.1:"
                + System.getenv().getOrDefault("STACK_KHANZA_DB_PORT", "3307") + "/sik", "khanza", "khanza-local");
    }

    static void execute(String sql, Object... args) throws SQLException {
        try (Connection c = khanza()) {
            run(c, sql, args);
        }
    }

    private static void run(Connection c, String sql, Object... args) throws SQLException {
        try (PreparedStatement st = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                st.setObject(i + 1, args[i]);
            }
            st.executeUpdate();
        }
    }

    static String value(String sql, Object... args) throws SQLException {
        try (Connection c = khanza(); PreparedStatement st = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                st.setObject(i + 1, args[i]);
            }
            try (ResultSet rs = st.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }
}
