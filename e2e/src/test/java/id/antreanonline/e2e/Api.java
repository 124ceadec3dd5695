package id.antreanonline.e2e;

import static io.restassured.RestAssured.given;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;

/** The stack's public doors, as Mobile JKN, the hospital's staff and the tests' look into "BPJS" use them. */
final class Api {

    static final String ANTREAN = "http://localhost:8081";
    static final String PASIEN = "http://localhost:8082";
    static final String FARMASI = "http://localhost:8083";
    static final String GATEWAY = "http://localhost:8084";
    static final String SIMULATOR = "http://localhost:8089";
    static final ZoneId WIB = ZoneId.of("Asia/Jakarta");

    private static String wsrsToken;
    private static String staffToken;

    private Api() {
    }

    static LocalDate today() {
        return LocalDate.now(WIB);
    }

    static synchronized String wsrsToken() {
        if (wsrsToken == null) {
            JsonPath answer = given().header("x-username", "mobilejkn").header("x-password", "mobilejkn-local")
                    .get(ANTREAN + "/wsrs/token").then().statusCode(200).extract().jsonPath();
            expectCode(answer, 200);
            wsrsToken = answer.getString("response.token");
        }
        return wsrsToken;
    }

    static synchronized String staffToken() {
        if (staffToken == null) {
            staffToken = given().contentType(ContentType.JSON)
                    .body(Map.of("username", "admin", "password", "admin-local"))
                    .post(ANTREAN + "/api/auth/login").then().statusCode(200).extract().jsonPath().getString("token");
        }
        return staffToken;
    }

    /** A WS RS call as Mobile JKN makes it: always HTTP 200 with the BPJS envelope. */
    static JsonPath wsrs(String base, String path, Object body) {
        return wsrs(base, path, body, null);
    }

    /** The same, continuing the caller's trace ({@code traceparent}, W3C) when one is given. */
    static JsonPath wsrs(String base, String path, Object body, String traceparent) {
        return traced(traceparent).contentType(ContentType.JSON).header("x-token", wsrsToken())
                .header("x-username", "mobilejkn").body(body).post(base + "/wsrs/" + path)
                .then().log().ifValidationFails().statusCode(200).extract().jsonPath();
    }

    static JsonPath staffPost(String url, Object body, int expectedStatus) {
        return staffPost(url, body, expectedStatus, null);
    }

    /** The same, continuing the caller's trace ({@code traceparent}, W3C) when one is given. */
    static JsonPath staffPost(String url, Object body, int expectedStatus, String traceparent) {
        return traced(traceparent).contentType(ContentType.JSON).auth().oauth2(staffToken()).body(body).post(url)
                .then().log().ifValidationFails().statusCode(expectedStatus).extract().jsonPath();
    }

    private static RequestSpecification traced(String traceparent) {
        return traceparent == null ? given() : given().header("traceparent", traceparent);
    }

    static JsonPath staffGet(String url) {
        return given().auth().oauth2(staffToken()).get(url).then().statusCode(200).extract().jsonPath();
    }

    static JsonPath get(String url) {
        return given().get(url).then().statusCode(200).extract().jsonPath();
    }

    static void expectCode(JsonPath envelope, int code) {
        int actual = envelope.getInt("metadata.code");
        if (actual != code) {
            throw new AssertionError("expected code " + code + " but got " + actual + ": "
                    + envelope.getString("metadata.message"));
        }
    }

    /** The day's first open schedule of a poli, imported from the simulator's HFIS through the gateway. */
    static Map<String, Object> syncSchedule(String kodepoli, LocalDate tanggal) {
        List<Map<String, Object>> schedules = staffPost(ANTREAN + "/api/jadwal/sync",
                Map.of("kodepoli", kodepoli, "tanggal", tanggal.toString()), 200).getList("$");
        return schedules.stream().filter(s -> !Boolean.TRUE.equals(s.get("libur"))).findFirst()
                .orElseThrow(() -> new AssertionError("no open schedule for " + kodepoli + " on " + tanggal));
    }

    static String digits(int n) {
        StringBuilder sb = new StringBuilder();
        sb.append(ThreadLocalRandom.current().nextInt(1, 10));
        while (sb.length() < n) {
            sb.append(ThreadLocalRandom.current().nextInt(10));
        }
        return sb.toString();
    }

    /** A person with fresh identifiers, as Mobile JKN would send them. */
    record Person(String nomorkartu, String nik, String nomorkk, String nama, String nohp) {
        static Person fresh() {
            return new Person(digits(13), digits(16), digits(16), "Pasien Uji " + digits(4), "08" + digits(10));
        }

        Map<String, Object> pasienbaru() {
            Map<String, Object> body = new HashMap<>();
            body.put("nomorkartu", nomorkartu);
            body.put("nik", nik);
            body.put("nomorkk", nomorkk);
            body.put("nama", nama);
            body.put("jeniskelamin", "P");
            body.put("tanggallahir", "1990-05-17");
            body.put("nohp", nohp);
            body.put("alamat", "Jl. Merdeka No. 10");
            body.put("kodeprop", "31");
            body.put("namaprop", "DKI JAKARTA");
            body.put("kodedati2", "3171");
            body.put("namadati2", "KOTA JAKARTA SELATAN");
            body.put("kodekec", "317101");
            body.put("namakec", "TEBET");
            body.put("kodekel", "3171011001");
            body.put("namakel", "MANGGARAI");
            body.put("rw", "001");
            body.put("rt", "002");
            return body;
        }

        Map<String, Object> booking(Map<String, Object> schedule, LocalDate tanggal) {
            Map<String, Object> body = new HashMap<>();
            body.put("nomorkartu", nomorkartu);
            body.put("nik", nik);
            body.put("nohp", nohp);
            body.put("kodepoli", schedule.get("kodepoli"));
            body.put("norm", "");
            body.put("tanggalperiksa", tanggal.toString());
            body.put("kodedokter", schedule.get("kodedokter"));
            body.put("jampraktek", schedule.get("jampraktek"));
            body.put("jeniskunjungan", 1);
            body.put("nomorreferensi", "0301R001" + digits(11));
            return body;
        }
    }

    static long now() {
        return Instant.now().toEpochMilli();
    }
}
