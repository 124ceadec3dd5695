package id.antreanonline.pasien.rest;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import id.antreanonline.pasien.PatientFiles;
import id.antreanonline.pasien.TestData;
import id.antreanonline.pasien.repository.PatientRepository;
import id.antreanonline.testsupport.PostgresTestResource;
import id.antreanonline.testsupport.RawHttp;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.config.HttpClientConfig;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;

/** The SIMRS's patient master imported through the API, as it is uploaded. */
@QuarkusTest
class PatientImportTest {

    private static final String ADMIN = TestData.staffToken("admin");

    @TestHTTPResource("/api/pasien/impor")
    URI imports;

    private static RequestSpecification admin() {
        return given().auth().oauth2(ADMIN);
    }

    /**
     * A whole file's import answers once every row is committed: on a slow or busy machine 20,000 rows take longer
     * than the test client's usual 30 s (quarkus.http.test-timeout). What these tests assert is the counts, not the
     * speed (docs/performance.md has that).
     */
    private static RequestSpecification adminUploadingAFile() {
        return admin().config(RestAssured.config().httpClient(HttpClientConfig.httpClientConfig()
                .setParam("http.socket.timeout", (int) Duration.ofMinutes(3).toMillis())));
    }

    @Test
    void twentyThousandRowsGiveExactCountsAndAReimportChangesNothing() throws Exception {
        PatientFiles file = new PatientFiles(20_000);
        int good = file.rows - file.bad() - file.conflicts();
        // 2.5 MB with its Content-Length: more than quarkus.http.limits.max-body-size (1M) lets any other path take
        assertTrue(file.csv.length > 2 * 1024 * 1024);
        long started = System.nanoTime();
        JsonPath job = adminUploadingAFile().contentType("text/csv").body(file.csv).when().post("/api/pasien/impor")
                .then().statusCode(201).extract().jsonPath();
        double seconds = (System.nanoTime() - started) / 1e9;
        System.out.printf("import of %d rows: %.1f s, %.0f rows/s%n", file.rows, seconds, file.rows / seconds);
        assertCounts(job, file.rows, good, 0, 0, file.bad(), file.conflicts());
        assertEquals("DONE", job.getString("state"));
        assertEquals(file.sha256(), job.getString("sha256"));
        assertArrayEquals(new long[] { good, good, good }, file.recordsAndEvents("REGISTERED"));

        JsonPath page = admin().queryParam("limit", 1000).when()
                .get("/api/pasien/impor/" + job.getString("id") + "/ditolak").then().statusCode(200)
                .extract().jsonPath();
        List<Map<String, Object>> refused = page.getList("rejections");
        assertEquals(file.bad() + file.conflicts(), refused.size());
        // the header is line 1: patient i is on line i + 1
        Map<String, Object> badNik = refused.stream().filter(r -> r.get("line").equals(51)).findFirst().orElseThrow();
        assertEquals("REJECTED", badNik.get("kind"));
        assertEquals("Format NIK Tidak Sesuai, harus 16 digit angka", badNik.get("reason"));
        Map<String, Object> conflict = refused.stream().filter(r -> r.get("line").equals(121)).findFirst()
                .orElseThrow();
        assertEquals("CONFLICT", conflict.get("kind"));
        assertEquals(file.norm(120), conflict.get("norm"));
        assertEquals(file.norm(119), conflict.get("otherNorm"));
        assertEquals("NIK sudah tercatat pada norm " + file.norm(119), conflict.get("reason"));
        Map<String, Object> cardConflict = refused.stream().filter(r -> r.get("line").equals(321)).findFirst()
                .orElseThrow();
        assertEquals("Nomor kartu sudah tercatat pada norm " + file.norm(319), cardConflict.get("reason"));

        JsonPath again = adminUploadingAFile().contentType("text/csv").body(file.csv).when().post("/api/pasien/impor")
                .then().statusCode(201).extract().jsonPath();
        assertCounts(again, file.rows, 0, 0, good, file.bad(), file.conflicts());
        assertArrayEquals(new long[] { good, good, good }, file.recordsAndEvents("REGISTERED"));
        assertEquals(0, file.recordsAndEvents("UPDATED")[2]);
    }

    @Test
    void rowsAreCommittedWhileTheUploadIsStillBeingSent() throws Exception {
        PatientFiles file = new PatientFiles(12_000);
        int half = file.csv.length / 2;
        PipedOutputStream upload = new PipedOutputStream();
        PipedInputStream body = new PipedInputStream(upload, 64 * 1024);
        // no length: sent chunked, 1.5 MB in all, more than the 1M any other path may take
        CompletableFuture<HttpResponse<String>> answer = HttpClient.newHttpClient().sendAsync(
                HttpRequest.newBuilder(URI.create(imports + "?format=csv&sha256=" + file.sha256()))
                        .header("Authorization", "Bearer " + ADMIN)
                        .POST(HttpRequest.BodyPublishers.ofInputStream(() -> body)).build(),
                HttpResponse.BodyHandlers.ofString());
        upload.write(file.csv, 0, half);
        upload.flush();
        // the first half is in the database while the second has not been sent: nothing waits for the whole body
        JsonPath running = await().atMost(Duration.ofSeconds(60)).until(() -> jobWithContent(file.sha256()),
                job -> job != null && job.getLong("imported") >= 4000);
        assertEquals("RUNNING", running.getString("state"));
        assertTrue(running.getLong("bytesRead") <= half);
        upload.write(file.csv, half, file.csv.length - half);
        upload.close();
        HttpResponse<String> done = answer.get();
        assertEquals(201, done.statusCode(), done.body());
        assertCounts(JsonPath.from(done.body()), file.rows, file.goodNorms.size(), 0, 0, file.bad(),
                file.conflicts());
    }

    @Test
    void anInterruptedUploadResumedEndsWithEveryGoodRowExactlyOnce() throws Exception {
        PatientFiles file = new PatientFiles(6_000);
        int good = file.goodNorms.size();
        String path = "/api/pasien/impor?sha256=" + file.sha256();
        JsonPath interrupted = sentInPartThenGone(file, file.csv.length * 6 / 10, () -> {
            JsonPath job = jobWithContent(file.sha256());
            return job != null && job.getLong("committedLine") >= 2000;
        });
        long committed = interrupted.getLong("committedLine");
        assertTrue(committed < file.rows, "cut before the end: " + committed);

        // the same file again, known by its content: the job goes on after its last committed line
        JsonPath resumed = admin().contentType("text/csv").body(file.csv).when().post(path)
                .then().statusCode(200).body("id", equalTo(interrupted.getString("id")))
                .body("state", equalTo("DONE")).extract().jsonPath();
        assertCounts(resumed, file.rows, good, 0, 0, file.bad(), file.conflicts());
        assertArrayEquals(new long[] { good, good, good }, file.recordsAndEvents("REGISTERED"));
        assertEquals(0, file.recordsAndEvents("UPDATED")[2]);

        // a finished job is not resumed by its id
        admin().contentType("text/csv").body(file.csv).queryParam("resume", resumed.getString("id"))
                .when().post("/api/pasien/impor").then().statusCode(409);
    }

    /**
     * A chunk still in flight when its caller went away (here: waiting for a patient's NIK lock) may reach its commit
     * after the same file was posted again. It rolls back, and the new upload applies those lines: every line is
     * read, and every patient registered, once.
     */
    @Test
    void aChunkStillInFlightWhenTheFileIsPostedAgainIsNotAppliedTwice() throws Exception {
        PatientFiles file = new PatientFiles(6_000);
        int good = file.goodNorms.size();
        CompletableFuture<HttpResponse<String>> resumed;
        try (Connection db = PostgresTestResource.connect("pasien")) {
            try (PreparedStatement lock = db.prepareStatement("select pg_advisory_lock(hashtextextended(?, 0))")) {
                lock.setString(1, PatientRepository.nikLock(file.nik(2_600))); // a patient of the sixth chunk
                lock.execute();
            }
            // the sixth chunk and a few bytes more: nothing else read waits to be imported when the caller goes
            JsonPath interrupted = sentInPartThenGone(file, file.endOfRow(3_000) + 10, () -> waitingForALock(db) == 1);
            assertEquals(2_501, interrupted.getLong("committedLine"), "five chunks of 500 lines after the header");

            resumed = HttpClient.newHttpClient().sendAsync(HttpRequest.newBuilder(
                    URI.create(imports + "?sha256=" + file.sha256())).header("Authorization", "Bearer " + ADMIN)
                    .header("Content-Type", "text/csv").POST(HttpRequest.BodyPublishers.ofByteArray(file.csv)).build(),
                    HttpResponse.BodyHandlers.ofString());
            // the new upload's first chunk, the same lines, waits behind the old one
            await().atMost(Duration.ofSeconds(60)).until(() -> waitingForALock(db) == 2);
        } // the lock goes with its session: the old chunk goes on to its commit first
        HttpResponse<String> done = resumed.get(3, TimeUnit.MINUTES);
        assertEquals(200, done.statusCode(), done.body());
        assertCounts(JsonPath.from(done.body()), file.rows, good, 0, 0, file.bad(), file.conflicts());
        assertArrayEquals(new long[] { good, good, good }, file.recordsAndEvents("REGISTERED"));
    }

    private static long waitingForALock(Connection db) throws SQLException {
        try (PreparedStatement waiting = db.prepareStatement(
                "select count(*) from pg_locks where locktype = 'advisory' and not granted");
                ResultSet r = waiting.executeQuery()) {
            r.next();
            return r.getLong(1);
        }
    }

    /**
     * Posts the file known by its content, sends its first {@code bytes}, and goes away once {@code ready}: @return
     * the job as it stands when the server has marked it interrupted
     */
    private JsonPath sentInPartThenGone(PatientFiles file, int bytes, Callable<Boolean> ready) throws Exception {
        String path = "/api/pasien/impor?sha256=" + file.sha256();
        try (Socket socket = new Socket("127.0.0.1", RestAssured.port)) {
            OutputStream out = socket.getOutputStream();
            out.write(("POST " + path + " HTTP/1.1\r\nHost: localhost\r\nContent-Type: text/csv\r\n"
                    + "Authorization: Bearer " + ADMIN + "\r\nContent-Length: " + file.csv.length + "\r\n\r\n")
                    .getBytes(StandardCharsets.UTF_8));
            out.write(file.csv, 0, bytes);
            out.flush();
            await().atMost(Duration.ofSeconds(60)).until(ready);
            socket.setSoLinger(true, 0); // the caller goes away mid-file
        } catch (IOException e) {
            // the server may have noticed first
        }
        return await().atMost(Duration.ofSeconds(30)).until(() -> jobWithContent(file.sha256()),
                job -> "INTERRUPTED".equals(job.getString("state")));
    }

    @Test
    void ndjsonLinesAreImportedLikeCsvLines() {
        String run = TestData.digits(6);
        String nik = "36" + run + "00000001";
        String lines = String.join("\n",
                "{\"norm\":\"N" + run + "-1\",\"nik\":\"" + nik + "\",\"nomorkartu\":12345678,\"nama\":\"Ani\","
                        + "\"sex\":\"p\",\"birth_date\":\"1990-05-06\",\"phone\":\"081200000001\"}",
                "not json",
                "",
                "{\"norm\":\"N" + run + "-2\",\"nik\":\"" + nik + "\",\"nama\":\"Budi\",\"jeniskelamin\":\"L\","
                        + "\"tanggallahir\":\"1980-01-02\"}",
                "{\"norm\":\"N" + run + "-3\",\"nik\":\"36" + run + "00000003\",\"nama\":\"Citra\","
                        + "\"jeniskelamin\":\"X\",\"tanggallahir\":\"1980-01-02\"}");
        JsonPath job = admin().contentType("application/x-ndjson").body(lines.getBytes(StandardCharsets.UTF_8)).when().post("/api/pasien/impor")
                .then().statusCode(201).extract().jsonPath();
        assertCounts(job, 4, 1, 0, 0, 2, 1);
        admin().when().get("/api/pasien/impor/" + job.getString("id") + "/ditolak").then().statusCode(200)
                .body("rejections.line", equalTo(List.of(2, 4, 5)))
                .body("rejections.kind", equalTo(List.of("REJECTED", "CONFLICT", "REJECTED")))
                .body("rejections[1].otherNorm", equalTo("N" + run + "-1"));
        // a card number sent as a number got its leading zeros back; the SIMRS's patient is complete
        given().auth().oauth2(TestData.staffToken("admisi")).queryParam("nomorkartu", "0000012345678")
                .when().get("/api/pasien").then().statusCode(200)
                .body("norm", equalTo(List.of("N" + run + "-1"))).body("[0].complete", equalTo(true))
                .body("[0].jeniskelamin", equalTo("P"));
        admin().when().get("/api/pasien/impor").then().statusCode(200).body("id", hasItem(job.getString("id")));
    }

    @Test
    void aFileWithoutTheNeededColumnsIsRefusedWhole() {
        admin().contentType("text/csv").body("nama,alamat\nAni,Jl. Mawar\n").when().post("/api/pasien/impor")
                .then().statusCode(400).body("message", org.hamcrest.Matchers.containsString("norm, nik"));
    }

    @Test
    void anyOtherPathKeepsTheBodyLimit() {
        String norm = PasienBaruTest.register(TestData.newPatient());
        assertEquals(413, RawHttp.statusForDeclaredBody(RestAssured.port, "PUT", "/api/pasien/" + norm,
                "Authorization: Bearer " + TestData.staffToken("admisi") + "\r\nContent-Type: application/json\r\n",
                2 * 1024 * 1024));
    }

    @Test
    void onlyAnAdministratorMayImport() {
        given().auth().oauth2(TestData.staffToken("admisi")).contentType("text/csv").body("norm\n")
                .when().post("/api/pasien/impor").then().statusCode(403);
    }

    private static JsonPath jobWithContent(String sha256) {
        List<Map<String, Object>> jobs = admin().when().get("/api/pasien/impor").then().statusCode(200)
                .extract().jsonPath().getList("$");
        return jobs.stream().filter(j -> sha256.equals(j.get("sha256"))).findFirst()
                .map(j -> admin().when().get("/api/pasien/impor/" + j.get("id")).then().statusCode(200)
                        .extract().jsonPath())
                .orElse(null);
    }

    private static void assertCounts(JsonPath job, long read, long created, long updated, long unchanged,
            long rejected, long conflicts) {
        assertEquals(List.of(read, created, updated, unchanged, rejected, conflicts, created + updated),
                List.of(job.getLong("read"), job.getLong("created"), job.getLong("updated"),
                        job.getLong("unchanged"), job.getLong("rejected"), job.getLong("conflicts"),
                        job.getLong("imported")),
                "read, created, updated, unchanged, rejected, conflicts, imported");
    }
}
