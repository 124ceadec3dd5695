package id.antreanonline.e2e;

import static id.antreanonline.e2e.Api.ANTREAN;
import static id.antreanonline.e2e.Api.PASIEN;
import static id.antreanonline.e2e.Api.expectCode;
import static id.antreanonline.e2e.Api.today;
import static id.antreanonline.e2e.Api.wsrs;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.restassured.path.json.JsonPath;

/**
 * A hospital's whole patient master, as its SIMRS exports it: 200,000 patients with 1% bad lines and 0.5% NIKs
 * already held by another record number. The upload is cut part-way (a network that fails), then the same file is
 * posted again: the import goes on after its last committed line and ends with every good row exactly once, every
 * bad line and every conflict reported. An imported patient then books through Mobile JKN as a returning patient.
 */
@ExtendWith(Stack.class)
class PatientMasterImportTest {

    static final int PATIENTS = 200_000;
    static final int BAD = PATIENTS / 100;
    static final int CONFLICTS = PATIENTS / 200;

    /** The SIMRS's export: each 100th line's birth date impossible, each 200th line's NIK the line before's. */
    static byte[] patientMaster(String run) {
        StringBuilder csv = new StringBuilder(PATIENTS * 100).append(
                "norm,nik,nomorkartu,nama,jeniskelamin,tanggallahir,nohp,alamat\n");
        for (int i = 0; i < PATIENTS; i++) {
            String nik = run + String.format("%010d", i % 200 == 11 ? i - 1 : i);
            csv.append("RM").append(run).append(String.format("%07d", i)).append(',').append(nik).append(',')
                    .append(String.format("1%05d%07d", Integer.parseInt(run.substring(0, 5)), i)).append(",Pasien ")
                    .append(i).append(',').append(i % 2 == 0 ? 'P' : 'L').append(',')
                    .append(i % 100 == 37 ? "1980-13-45" : "1980-01-02").append(",0812").append(String.format("%08d", i))
                    .append(",Jl. Uji ").append(i).append('\n');
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void anInterruptedImportOfTwoHundredThousandPatientsResumesToEveryGoodRowExactlyOnce() throws Exception {
        String run = Api.digits(6);
        byte[] file = patientMaster(run);
        String sha256 = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(file));
        URI upload = URI.create(PASIEN + "/api/pasien/impor?format=csv&sha256=" + sha256);
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

        // the network fails after 40% of the file
        int cut = file.length * 2 / 5;
        assertThrows(IOException.class, () -> http.send(post(upload, file.length,
                () -> new CutStream(file, cut)), HttpResponse.BodyHandlers.ofString()));
        JsonPath interrupted = await().atMost(Duration.ofSeconds(60)).ignoreExceptions()
                .until(() -> job(sha256), j -> "INTERRUPTED".equals(j.getString("state")));
        long committed = interrupted.getLong("committedLine");

        // the same file again: 200 with the same job, gone on after its last committed line
        long started = System.nanoTime();
        HttpResponse<String> resumed = http.send(post(upload, file.length, () -> new ByteArrayInputStream(file)),
                HttpResponse.BodyHandlers.ofString());
        double seconds = (System.nanoTime() - started) / 1e9;
        assertEquals(200, resumed.statusCode(), resumed.body());
        JsonPath done = new JsonPath(resumed.body());
        assertEquals(interrupted.getString("id"), done.getString("id"));
        assertEquals("DONE", done.getString("state"));
        assertEquals(PATIENTS, done.getLong("read"), "every line read once, across both uploads");
        assertEquals(PATIENTS - BAD - CONFLICTS, done.getLong("created"));
        assertEquals(0, done.getLong("updated") + done.getLong("unchanged"), "no line applied twice");
        assertEquals(BAD, done.getLong("rejected"));
        assertEquals(CONFLICTS, done.getLong("conflicts"));
        System.out.printf("patient import: %d lines resumed after line %d in %.1f s (%.0f lines/s)%n",
                PATIENTS + 1 - committed, committed, seconds, (PATIENTS + 1 - committed) / seconds);

        // the report names the first bad line and the first conflict with their line numbers (line 1 is the header)
        JsonPath report = Api.staffGet(PASIEN + "/api/pasien/impor/" + done.getString("id") + "/ditolak?limit=2");
        assertEquals(13, report.getLong("rejections[0].line"), "patient 11's NIK is patient 10's");
        assertEquals("CONFLICT", report.getString("rejections[0].kind"));
        assertEquals(39, report.getLong("rejections[1].line"), "patient 37's birth date is impossible");
        assertEquals("REJECTED", report.getString("rejections[1].kind"));

        // an imported patient books through Mobile JKN at once, as a returning patient with the SIMRS's number
        int i = 12_345;
        Api.Person person = new Api.Person(String.format("1%05d%07d", Integer.parseInt(run.substring(0, 5)), i),
                run + String.format("%010d", i), Api.digits(16), "Pasien " + i, "0812" + String.format("%08d", i));
        LocalDate tomorrow = today().plusDays(1);
        JsonPath booked = wsrs(ANTREAN, "ambilantrean", person.booking(Api.syncSchedule("ANA", tomorrow), tomorrow));
        expectCode(booked, 200);
        assertEquals("RM" + run + String.format("%07d", i), booked.getString("response.norm"));
        assertEquals(SimrsTest.RETURNING_PATIENT, booked.getString("response.keterangan"));
    }

    private static HttpRequest post(URI uri, long length, Supplier<InputStream> body) {
        return HttpRequest.newBuilder(uri).header("Authorization", "Bearer " + Api.staffToken())
                .header("Content-Type", "text/csv").timeout(Duration.ofMinutes(10))
                .POST(HttpRequest.BodyPublishers.fromPublisher(HttpRequest.BodyPublishers.ofInputStream(body), length))
                .build();
    }

    private static JsonPath job(String sha256) {
        JsonPath jobs = Api.staffGet(PASIEN + "/api/pasien/impor?limit=5");
        String id = jobs.param("sha", sha256).getString("find { it.sha256 == sha }.id");
        if (id == null) {
            throw new IllegalStateException("no import of that file yet");
        }
        return Api.staffGet(PASIEN + "/api/pasien/impor/" + id);
    }

    /** A file whose sender fails after {@code cut} bytes, as a dropped connection does. */
    static final class CutStream extends InputStream {
        private final byte[] bytes;
        private final int cut;
        private int at;

        CutStream(byte[] bytes, int cut) {
            this.bytes = bytes;
            this.cut = cut;
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            if (at >= cut) {
                throw new IOException("the network went away");
            }
            int n = Math.min(len, cut - at);
            System.arraycopy(bytes, at, b, off, n);
            at += n;
            return n;
        }
    }
}
