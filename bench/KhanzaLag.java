import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The lag from a row committed in SIMRS Khanza to its effect here, against the local stack with Khanza
 * (bin/stack up --khanza): from MariaDB's clock right after the commit to
 * - a patient: pasien-service answering for the record (GET /api/pasien/{norm});
 * - a registration at Khanza's counter: BPJS (the simulator) receiving its antrean/add;
 * - a task time: BPJS receiving its updatewaktu.
 * One row at a time (each waits for its effect), then a burst of registrations committed back to back. The simulator's
 * own receive time is the end of a BPJS measurement; a pasien-service answer is polled every 10 ms. Run by
 * bench/khanza-lag, which prints the table and writes it into docs/performance.md.
 */
public class KhanzaLag {

    static final ZoneId WIB = ZoneId.of("Asia/Jakarta");
    static final ObjectMapper JSON = new ObjectMapper();
    static final HttpClient HTTP = HttpClient.newHttpClient();
    static final String ANTREAN = "http://127.0.0.1:8081";
    static final String PASIEN = "http://127.0.0.1:8082";
    static final String SIMULATOR = "http://127.0.0.1:8089";
    static final long GIVE_UP_MS = 120_000;

    public static void main(String[] args) throws Exception {
        int rounds = Integer.parseInt(System.getenv().getOrDefault("BENCH_KHANZA_ROUNDS", "40"));
        int burst = Integer.parseInt(System.getenv().getOrDefault("BENCH_KHANZA_BURST", "40"));
        String admin = login();
        for (String poli : List.of("ANA", "INT")) {
            post(ANTREAN + "/api/jadwal/sync", "{\"kodepoli\":\"" + poli + "\",\"tanggal\":\"" + LocalDate.now(WIB)
                    + "\"}", admin);
        }
        List<Long> patients = new ArrayList<>();
        List<Long> adds = new ArrayList<>();
        List<Long> tasks = new ArrayList<>();
        List<Long> burstAdds = new ArrayList<>();
        // as Khanza's own applications connect (khanza/sample.sql's user)
        try (Connection khanza = DriverManager.getConnection("jdbc:mariadb://127.0.0.1:"
                + System.getenv().getOrDefault("STACK_KHANZA_DB_PORT", "3307") + "/sik", "khanza", "khanza-local")) {
            for (int i = 0; i < rounds; i++) {
                String norm = "7" + digits(5);
                long committed = patient(khanza, norm);
                patients.add(until(() -> status(PASIEN + "/api/pasien/" + norm, admin) == 200
                        ? System.currentTimeMillis() : null) - committed);
                String noRawat = noRawat();
                committed = registration(khanza, noRawat, norm);
                String kodebooking = until(() -> value(khanza, "select kodebooking from antrean_online_kunjungan"
                        + " where no_rawat = ?", noRawat));
                adds.add(until(() -> receivedAt("/antreanrs/antrean/add", kodebooking, null)) - committed);
                committed = task(khanza, noRawat);
                tasks.add(until(() -> receivedAt("/antreanrs/antrean/updatewaktu", kodebooking, 3)) - committed);
            }
            List<String> norms = new ArrayList<>();
            for (int i = 0; i < burst; i++) {
                String norm = "7" + digits(5);
                patient(khanza, norm);
                norms.add(norm);
            }
            for (String norm : norms) {
                until(() -> status(PASIEN + "/api/pasien/" + norm, admin) == 200 ? 1L : null);
            }
            List<String> visits = new ArrayList<>();
            List<Long> committed = new ArrayList<>();
            for (String norm : norms) {
                String noRawat = noRawat();
                committed.add(registration(khanza, noRawat, norm));
                visits.add(noRawat);
            }
            for (int i = 0; i < visits.size(); i++) {
                String noRawat = visits.get(i);
                String kodebooking = until(() -> value(khanza, "select kodebooking from antrean_online_kunjungan"
                        + " where no_rawat = ?", noRawat));
                burstAdds.add(until(() -> receivedAt("/antreanrs/antrean/add", kodebooking, null)) - committed.get(i));
            }
        }
        System.out.println("| from a commit in Khanza to | rows | median ms | p99 ms | max ms |");
        System.out.println("| --- | ---: | ---: | ---: | ---: |");
        row("a patient: pasien-service has the record (polled every 10 ms)", patients);
        row("a counter registration: BPJS receives antrean/add", adds);
        row("a task time: BPJS receives updatewaktu", tasks);
        row("a counter registration in a burst of " + burst + " committed back to back: antrean/add", burstAdds);
    }

    static void row(String what, List<Long> lags) {
        List<Long> sorted = new ArrayList<>(lags);
        Collections.sort(sorted);
        long median = sorted.get(sorted.size() / 2);
        long p99 = sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(sorted.size() * 0.99) - 1));
        System.out.printf("| %s | %d | %d | %d | %d |%n", what, lags.size(), median, p99, sorted.get(sorted.size() - 1));
    }

    interface Probe<T> {
        T get() throws Exception;
    }

    static <T> T until(Probe<T> probe) throws Exception {
        long deadline = System.currentTimeMillis() + GIVE_UP_MS;
        while (System.currentTimeMillis() < deadline) {
            T value = probe.get();
            if (value != null) {
                return value;
            }
            Thread.sleep(10);
        }
        throw new IllegalStateException("no effect within " + GIVE_UP_MS + " ms: is the stack up with --khanza?");
    }

    /** When BPJS received the call for this booking (and task), or null. */
    static Long receivedAt(String path, String kodebooking, Integer taskid) throws Exception {
        JsonNode calls = JSON.readTree(HTTP.send(HttpRequest.newBuilder(URI.create(SIMULATOR + "/admin/received?path="
                + path)).build(), HttpResponse.BodyHandlers.ofString()).body());
        for (JsonNode call : calls) {
            JsonNode body = JSON.readTree(call.path("body").asText("{}"));
            if (kodebooking.equals(body.path("kodebooking").asText())
                    && (taskid == null || body.path("taskid").asInt() == taskid)) {
                return call.path("at").asLong();
            }
        }
        return null;
    }

    /** MariaDB's clock right after the commit (epoch ms), the start of a measurement. */
    static long committedAt(Connection c) throws SQLException {
        return Long.parseLong(value(c, "select floor(unix_timestamp(now(3)) * 1000)"));
    }

    /** A JKN patient (the JKN quota is the larger one), as Khanza's registration screen writes one. */
    static long patient(Connection c, String norm) throws SQLException {
        String nik = "3" + digits(15);
        String card = "0009" + digits(9);
        execute(c, "insert into pasien (no_rkm_medis, nm_pasien, no_ktp, jk, tmp_lahir, tgl_lahir, nm_ibu, alamat,"
                + " gol_darah, pekerjaan, stts_nikah, agama, tgl_daftar, no_tlp, umur, pnd, keluarga, namakeluarga,"
                + " kd_pj, no_peserta, kd_kel, kd_kec, kd_kab, pekerjaanpj, alamatpj, kelurahanpj, kecamatanpj,"
                + " kabupatenpj, perusahaan_pasien, suku_bangsa, bahasa_pasien, cacat_fisik, email, nip, kd_prop,"
                + " propinsipj) values (?, 'PASIEN BENCH', ?, 'L', '-', '1980-01-01', '-', '-', '-', '-', 'MENIKAH',"
                + " 'ISLAM', ?, '-', '46 Th', '-', 'DIRI SENDIRI', '-', 'BPJ', ?, 1, 1, 1, '-', '-', '-', '-', '-',"
                + " '-', 1, 1, 1, '', '', 1, '-')", norm, nik, LocalDate.now(WIB), card);
        return committedAt(c);
    }

    /**
     * A JKN registration at Khanza's counter with its referral, in one transaction, alternately at Khanza's P001 (ANA,
     * doctor D0001) and P002 (INT, doctor D0003) so that a run stays within a day's quota.
     */
    static long registration(Connection c, String noRawat, String norm) throws SQLException {
        boolean ana = ThreadLocalRandom.current().nextBoolean();
        c.setAutoCommit(false);
        execute(c, "insert into reg_periksa (no_reg, no_rawat, tgl_registrasi, jam_reg, kd_dokter, no_rkm_medis,"
                + " kd_poli, p_jawab, almt_pj, hubunganpj, biaya_reg, stts, stts_daftar, status_lanjut, kd_pj,"
                + " umurdaftar, sttsumur, status_bayar, status_poli) values ('001', ?, ?, ?, ?, ?, ?, '-',"
                + " '-', '-', 20000, 'Belum', 'Lama', 'Ralan', 'BPJ', 46, 'Th', 'Belum Bayar', 'Lama')", noRawat,
                LocalDate.now(WIB), LocalDateTime.now(WIB).toLocalTime().withNano(0), ana ? "D0001" : "D0003", norm,
                ana ? "P001" : "P002");
        execute(c, "insert into rujuk_masuk (no_rawat, perujuk, no_rujuk) values (?, 'PUSKESMAS', ?)", noRawat,
                "0301R001" + digits(11));
        c.commit();
        c.setAutoCommit(true);
        return committedAt(c);
    }

    static long task(Connection c, String noRawat) throws SQLException {
        execute(c, "insert into referensi_mobilejkn_bpjs_taskid (no_rawat, taskid, waktu) values (?, '3', ?)", noRawat,
                LocalDateTime.now(WIB).withNano(0).minusSeconds(1));
        return committedAt(c);
    }

    static String noRawat() {
        return LocalDate.now(WIB).format(DateTimeFormatter.ofPattern("uuuu/MM/dd/")) + "7" + digits(5);
    }

    static void execute(Connection c, String sql, Object... args) throws SQLException {
        try (PreparedStatement st = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                st.setObject(i + 1, args[i]);
            }
            st.executeUpdate();
        }
    }

    static String value(Connection c, String sql, Object... args) throws SQLException {
        try (PreparedStatement st = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                st.setObject(i + 1, args[i]);
            }
            try (ResultSet rs = st.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }

    static String login() throws Exception {
        String user = System.getenv().getOrDefault("STAFF_ADMIN_USERNAME", "admin");
        String password = System.getenv().getOrDefault("STAFF_ADMIN_PASSWORD", "admin-local");
        String body = HTTP.send(HttpRequest.newBuilder(URI.create(ANTREAN + "/api/auth/login"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"username\":\"" + user + "\",\"password\":\"" + password
                        + "\"}")).build(), HttpResponse.BodyHandlers.ofString()).body();
        return JSON.readTree(body).path("token").asText();
    }

    static void post(String url, String json, String token) throws Exception {
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(url)).header("Content-Type",
                "application/json").header("Authorization", "Bearer " + token)
                .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            throw new IllegalStateException(url + " answered " + r.statusCode() + ": " + r.body());
        }
    }

    static int status(String url, String token) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + token).build(),
                HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    static String digits(int n) {
        StringBuilder sb = new StringBuilder();
        sb.append(ThreadLocalRandom.current().nextInt(1, 10));
        while (sb.length() < n) {
            sb.append(ThreadLocalRandom.current().nextInt(10));
        }
        return sb.toString();
    }
}
