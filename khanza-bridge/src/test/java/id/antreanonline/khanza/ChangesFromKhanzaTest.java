package id.antreanonline.khanza;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import id.antreanonline.shared.Wib;
import id.antreanonline.testsupport.KafkaTestResource;
import id.antreanonline.testsupport.MariaDbTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Khanza's changes, as Debezium writes them to Kafka, into this project's commands, against a real MariaDB with
 * Khanza's tables and a stand-in of the services that records what it is asked (the e2e module runs the same against
 * the real services, Debezium and Kafka Connect).
 */
@QuarkusTest
@QuarkusTestResource(value = MariaDbTestResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = KafkaTestResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = ServicesStandIn.class, restrictToAnnotatedClass = false)
class ChangesFromKhanzaTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String COUNTER_INSERT = "INSERT INTO reg_periksa VALUES (...)";

    @Test
    void aRegistrationAtKhanzasCounterBecomesOneOnsiteBookingAtTheDoctorsPracticeOfThatTime() throws Exception {
        String noRawat = register("000001", "P001", "D0001", "BPJ", "14:10:00");
        execute("insert into rujuk_masuk (no_rawat, perujuk, no_rujuk) values ('" + noRawat + "', 'PUSKESMAS',"
                + " '0301R0011126K000777')");
        registration("c", noRawat, null, "Belum", COUNTER_INSERT);
        registration("c", noRawat, null, "Belum", COUNTER_INSERT); // delivered twice
        applied(register("000019", "P001", "D0001", "UMU", "09:00:00"));

        List<ServicesStandIn.Call> booked = bookingsOf(noRawat);
        assertEquals(1, booked.size(), "one booking however often the registration comes");
        Map<?, ?> body = JSON.readValue(booked.get(0).body(), Map.class);
        assertEquals("ANA", body.get("kodepoli"));
        assertEquals("33690", body.get("kodedokter"));
        assertEquals("13:00-16:00", body.get("jampraktek"), "the practice holding the registration's time");
        assertEquals("JKN", body.get("jenispasien"));
        assertEquals("0001900112649", body.get("nomorkartu"));
        assertEquals("0301R0011126K000777", body.get("nomorreferensi"));
        assertEquals("000001", body.get("norm"));
        assertEquals(Wib.DATE.format(LocalDate.now(Wib.ZONE)), body.get("tanggalperiksa"));
        assertEquals("Bearer stand-in-token", booked.get(0).authorization());
        int sync = ServicesStandIn.CALLS.indexOf(ServicesStandIn.calls("PUT /api/pasien/sinkron/000001").get(0));
        assertTrue(sync < ServicesStandIn.CALLS.indexOf(booked.get(0)), "the patient is sent before the booking");
        assertEquals(List.of("KB" + Integer.toHexString(("khanza:reg:" + noRawat).hashCode())),
                rows("select kodebooking from antrean_online_kunjungan where no_rawat = '" + noRawat + "'"));
    }

    @Test
    void rowsTheBridgeWroteAndTheSnapshotsHistoryAreNotTakenBack() throws Exception {
        String marked = register("000002", "P001", "D0001", "UMU", "09:00:00");
        String snapshot = register("000004", "P001", "D0001", "UMU", "09:00:00");
        registration("c", marked, null, "Belum", KhanzaPatients.MARK + " insert into reg_periksa (...)");
        registration("r", snapshot, null, "Belum", "");
        applied(register("000019", "P001", "D0001", "UMU", "09:30:00"));
        assertEquals(List.of(), bookingsOf(marked));
        assertEquals(List.of(), bookingsOf(snapshot));
    }

    @Test
    void aTaskTimeBeforeItsRegistrationBooksTheVisitFirstAndIsRecordedAtItsWibTime() throws Exception {
        String noRawat = register("000020", "P001", "D0001", "UMU", "08:30:00");
        LocalDateTime wallClock = LocalDate.now(Wib.ZONE).atTime(9, 15);
        ObjectNode task = JSON.createObjectNode().put("no_rawat", noRawat).put("taskid", "4")
                .put("waktu", wallClock.toInstant(ZoneOffset.UTC).toEpochMilli());
        send("khanza.sik.referensi_mobilejkn_bpjs_taskid", change("c", null, task, "INSERT INTO"));
        registration("c", noRawat, null, "Belum", COUNTER_INSERT);
        applied(register("000019", "P001", "D0001", "UMU", "10:00:00"));

        assertEquals(1, bookingsOf(noRawat).size());
        Map<?, ?> booking = JSON.readValue(bookingsOf(noRawat).get(0).body(), Map.class);
        assertEquals("NON JKN", booking.get("jenispasien"));
        assertEquals("08:00-12:00", booking.get("jampraktek"));
        List<ServicesStandIn.Call> steps = ServicesStandIn.calls("POST /api/tasks").stream()
                .filter(c -> c.body().contains(noRawat)).toList();
        assertEquals(1, steps.size());
        Map<?, ?> step = JSON.readValue(steps.get(0).body(), Map.class);
        assertEquals(4, step.get("taskid"));
        assertEquals(wallClock.atZone(Wib.ZONE).toInstant().toEpochMilli(), ((Number) step.get("waktu")).longValue());
        assertEquals("khanza:task:" + noRawat + ":4", step.get("eventid"));
        assertEquals("KB" + Integer.toHexString(("khanza:reg:" + noRawat).hashCode()), step.get("kodebooking"));
    }

    @Test
    void thePoliDoneTellsThePharmacyTheKindOfPrescriptionKhanzasDoctorWrote() throws Exception {
        String compounded = register("000006", "P001", "D0001", "UMU", "09:00:00");
        String none = register("000007", "P001", "D0001", "UMU", "09:00:00");
        String resep = "R" + digits(9);
        execute("insert into resep_obat (no_resep, no_rawat, kd_dokter) values ('" + resep + "', '" + compounded
                + "', 'D0001')");
        execute("insert into resep_dokter_racikan values ('" + resep + "', '1', 'PUYER', 'R01', 10, '3x1', '-')");
        long at = LocalDate.now(Wib.ZONE).atTime(10, 0).toInstant(ZoneOffset.UTC).toEpochMilli();
        for (String noRawat : List.of(compounded, none)) {
            send("khanza.sik.referensi_mobilejkn_bpjs_taskid", change("c", null, JSON.createObjectNode()
                    .put("no_rawat", noRawat).put("taskid", "5").put("waktu", at), "INSERT INTO"));
        }
        applied(register("000019", "P001", "D0001", "UMU", "10:30:00"));
        assertEquals(List.of("racikan"), stepsOf(compounded).stream().map(s -> s.get("jenisresep")).toList());
        assertEquals(List.of("tidak ada"), stepsOf(none).stream().map(s -> s.get("jenisresep")).toList());
    }

    private static List<Map<?, ?>> stepsOf(String noRawat) throws Exception {
        List<Map<?, ?>> steps = new java.util.ArrayList<>();
        for (ServicesStandIn.Call call : ServicesStandIn.calls("POST /api/tasks")) {
            if (call.body().contains(noRawat)) {
                steps.add(JSON.readValue(call.body(), Map.class));
            }
        }
        return steps;
    }

    @Test
    void aCancellationAtKhanzasCounterCancelsTheBookingHere() throws Exception {
        String noRawat = register("000005", "P001", "D0001", "UMU", "09:00:00");
        registration("c", noRawat, null, "Belum", COUNTER_INSERT);
        registration("u", noRawat, "Belum", "Batal", "UPDATE reg_periksa SET stts='Batal'");
        String kodebooking = "KB" + Integer.toHexString(("khanza:reg:" + noRawat).hashCode());
        await().atMost(Duration.ofSeconds(30)).until(() -> !ServicesStandIn
                .calls("POST /api/antrean/" + kodebooking + "/batal").isEmpty());
        assertTrue(ServicesStandIn.calls("POST /api/antrean/" + kodebooking + "/batal").get(0).body()
                .contains("\"eventid\":\"khanza:batal:" + noRawat + "\""));
    }

    @Test
    void aPatientChangedInKhanzaIsSyncedEvenThroughAServiceRestart() throws Exception {
        String norm = "9" + digits(5);
        ObjectNode patient = JSON.createObjectNode().put("no_rkm_medis", norm).put("nm_pasien", "DEWI SARTIKA")
                .put("no_ktp", "3270001900" + digits(6)).put("jk", "P").put("tgl_lahir", LocalDate.of(1985, 3, 9)
                        .toEpochDay()).put("no_tlp", "0812-0011 2649").put("no_peserta", "-").put("alamat", "JL. A");
        ServicesStandIn.failNext(2);
        send("khanza.sik.pasien", change("u", patient, patient, "UPDATE pasien SET"));
        await().atMost(Duration.ofSeconds(30)).until(() -> ServicesStandIn.calls("PUT /api/pasien/sinkron/" + norm)
                .size() == 3);
        Map<?, ?> body = JSON.readValue(ServicesStandIn.calls("PUT /api/pasien/sinkron/" + norm).get(2).body(),
                Map.class);
        assertEquals("081200112649", body.get("nohp"));
        assertEquals(null, body.get("nomorkartu"), "Khanza's '-' is no card");
        assertEquals("1985-03-09", body.get("tanggallahir"));
        assertEquals("DEWI SARTIKA", body.get("nama"));
    }

    @Test
    void khanzasMappingsAreKeptAsTheCodeMappingHere() throws Exception {
        ObjectNode poli = JSON.createObjectNode().put("kd_poli_rs", "P009").put("kd_poli_bpjs", "GIG")
                .put("nm_poli_bpjs", "GIGI");
        send("khanza.sik.maping_poli_bpjs", change("r", null, poli, ""));
        send("khanza.sik.maping_poli_bpjs", change("d", poli, null, "DELETE FROM maping_poli_bpjs"));
        await().atMost(Duration.ofSeconds(30)).until(() -> !ServicesStandIn
                .calls("DELETE /api/simrs-codes/poli/P009").isEmpty());
        ServicesStandIn.Call put = ServicesStandIn.calls("PUT /api/simrs-codes/poli/P009").get(0);
        assertTrue(put.body().contains("\"kode_bpjs\":\"GIG\""), put.body());
        assertTrue(ServicesStandIn.CALLS.indexOf(put) < ServicesStandIn.CALLS
                .indexOf(ServicesStandIn.calls("DELETE /api/simrs-codes/poli/P009").get(0)));
    }

    // --- Khanza's counter and Debezium, by hand -------------------------------------------------------------------

    /**
     * Registers a visit for today as Khanza's counter does; its no_rawat. A number already taken (by an earlier run on
     * the same data, or by the bridge's own next-of-the-day) is drawn again, as Khanza's counter tries again.
     */
    private static String register(String norm, String poli, String doctor, String payer, String time) throws Exception {
        LocalDate today = LocalDate.now(Wib.ZONE);
        for (int attempt = 0;; attempt++) {
            String noRawat = today.format(DateTimeFormatter.ofPattern("uuuu/MM/dd/")) + "9" + digits(5);
            try {
                execute("insert into reg_periksa (no_reg, no_rawat, tgl_registrasi, jam_reg, kd_dokter, no_rkm_medis,"
                        + " kd_poli, p_jawab, almt_pj, hubunganpj, biaya_reg, stts, stts_daftar, status_lanjut, kd_pj,"
                        + " umurdaftar, sttsumur, status_bayar, status_poli) values ('001', '" + noRawat + "', '" + today
                        + "', '" + time + "', '" + doctor + "', '" + norm + "', '" + poli + "', '-', '-', '-', 20000,"
                        + " 'Belum', 'Lama', 'Ralan', '" + payer + "', 40, 'Th', 'Belum Bayar', 'Lama')");
                return noRawat;
            } catch (java.sql.SQLIntegrityConstraintViolationException taken) {
                if (attempt == 5) {
                    throw taken;
                }
            }
        }
    }

    /** Sends its registration and waits until the bridge has booked it: everything sent before is applied too. */
    private static void applied(String noRawat) throws Exception {
        registration("c", noRawat, null, "Belum", COUNTER_INSERT);
        await().atMost(Duration.ofSeconds(30)).until(() -> !bookingsOf(noRawat).isEmpty());
    }

    private static List<ServicesStandIn.Call> bookingsOf(String noRawat) {
        return ServicesStandIn.calls("POST /api/antrean").stream()
                .filter(c -> c.request().equals("POST /api/antrean") && c.body().contains("khanza:reg:" + noRawat))
                .toList();
    }

    private static void registration(String op, String noRawat, String before, String after, String query)
            throws Exception {
        send("khanza.sik.reg_periksa", change(op,
                before == null ? null : JSON.createObjectNode().put("no_rawat", noRawat).put("stts", before),
                JSON.createObjectNode().put("no_rawat", noRawat).put("stts", after), query));
    }

    private static String change(String op, ObjectNode before, ObjectNode after, String query) {
        ObjectNode event = JSON.createObjectNode();
        event.set("before", before);
        event.set("after", after);
        event.putObject("source").put("db", "sik").put("query", query);
        return event.put("op", op).put("ts_ms", System.currentTimeMillis()).toString();
    }

    private static void send(String topic, String value) throws Exception {
        Records.send(topic, null, value);
    }

    private static String digits(int n) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) {
            sb.append(ThreadLocalRandom.current().nextInt(10));
        }
        return sb.toString();
    }

    private static void execute(String sql) throws Exception {
        try (Connection c = MariaDbTestResource.root(); Statement st = c.createStatement()) {
            st.execute("use " + MariaDbTestResource.DATABASE);
            st.execute(sql);
        }
    }

    private static List<String> rows(String sql) throws Exception {
        try (Connection c = MariaDbTestResource.root(); Statement st = c.createStatement()) {
            st.execute("use " + MariaDbTestResource.DATABASE);
            try (ResultSet rs = st.executeQuery(sql)) {
                List<String> out = new java.util.ArrayList<>();
                while (rs.next()) {
                    out.add(rs.getString(1));
                }
                return out;
            }
        }
    }
}
