package id.antreanonline.antrean;

import static io.restassured.RestAssured.given;

import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.config.ConfigProvider;

import id.antreanonline.shared.Wib;
import id.antreanonline.testsupport.PostgresTestResource;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

/** Test data: each test makes its own poli, doctor and patients, so tests never see each other's bookings. */
public final class Fixtures {

    public static final String WSRS_USER = "mobilejkn";
    public static final String WSRS_PASSWORD = "mobilejkn-local";
    private static final SecureRandom RANDOM = new SecureRandom();
    private static volatile String wsrsToken;

    private Fixtures() {
    }

    public record Patient(String norm, String nomorkartu, String nik) {
    }

    public static LocalDate today() {
        return LocalDate.now(Wib.ZONE);
    }

    public static String date(LocalDate d) {
        return Wib.DATE.format(d);
    }

    public static String digits(int n) {
        StringBuilder s = new StringBuilder().append(1 + RANDOM.nextInt(9));
        while (s.length() < n) {
            s.append(RANDOM.nextInt(10));
        }
        return s.toString();
    }

    /** A poli code nobody else uses. */
    public static String poli() {
        return "T" + Long.toString(Math.abs(RANDOM.nextLong()), 36).toUpperCase().substring(0, 8);
    }

    public static String doctor() {
        return digits(6);
    }

    public static long schedule(String kodepoli, String kodedokter, LocalDate tanggal, String jampraktek, int kuotaJkn,
            int kuotaNonJkn) {
        return schedule(kodepoli, kodedokter, tanggal, jampraktek, kuotaJkn, kuotaNonJkn, false);
    }

    public static long schedule(String kodepoli, String kodedokter, LocalDate tanggal, String jampraktek, int kuotaJkn,
            int kuotaNonJkn, boolean libur) {
        try (Connection c = PostgresTestResource.connect("antrean");
                PreparedStatement st = c.prepareStatement("insert into doctor_schedule (kodepoli, namapoli, kodedokter,"
                        + " namadokter, tanggal, jampraktek, kuota_jkn, kuota_nonjkn, libur) values (?,?,?,?,?,?,?,?,?)"
                        + " returning id")) {
            st.setString(1, kodepoli);
            st.setString(2, "Poli " + kodepoli);
            st.setString(3, kodedokter);
            st.setString(4, "dr. Uji " + kodedokter);
            st.setObject(5, tanggal);
            st.setString(6, jampraktek);
            st.setInt(7, kuotaJkn);
            st.setInt(8, kuotaNonJkn);
            st.setBoolean(9, libur);
            try (ResultSet rs = st.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public static List<Object> column(String sql, Object... params) {
        try (Connection c = PostgresTestResource.connect("antrean"); PreparedStatement st = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                st.setObject(i + 1, params[i]);
            }
            List<Object> values = new java.util.ArrayList<>();
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    values.add(rs.getObject(1));
                }
            }
            return values;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A patient pasien-service knows; {@code complete} false for a record opened through pasienbaru. */
    public static Patient patient(boolean complete) {
        Patient p = new Patient(digits(8), digits(13), digits(16));
        // what pasien-service's look-up answers: the norm and whether the record is complete
        String json = "{\"norm\":\"" + p.norm() + "\",\"complete\":" + complete + "}";
        given().body(json).put(fake() + "/fake/pasien/" + p.norm() + "," + p.nomorkartu() + "," + p.nik())
                .then().statusCode(204);
        return p;
    }

    public static void hfis(String kodepoli, LocalDate tanggal, String jsonArray) {
        given().body(jsonArray).put(fake() + "/fake/jadwal/" + kodepoli + "/" + date(tanggal)).then().statusCode(204);
    }

    /** HFIS answers wait from now until {@link #releaseHfis()}. */
    public static void holdHfis() {
        given().put(fake() + "/fake/jadwal-tahan").then().statusCode(204);
    }

    public static void releaseHfis() {
        given().delete(fake() + "/fake/jadwal-tahan").then().statusCode(204);
    }

    private static String fake() {
        return ConfigProvider.getConfig().getValue("test.fake-neighbours.url", String.class);
    }

    public static String wsrsToken() {
        if (wsrsToken == null) {
            wsrsToken = given().header("x-username", WSRS_USER).header("x-password", WSRS_PASSWORD)
                    .get("/wsrs/token").then().statusCode(200).extract().jsonPath().getString("response.token");
        }
        return wsrsToken;
    }

    /** POST to a WS RS with a good token; asserts HTTP 200 and gives the envelope. */
    public static JsonPath wsrs(String name, Object body) {
        return given().header("x-token", wsrsToken()).header("x-username", WSRS_USER).contentType(ContentType.JSON)
                .body(body).post("/wsrs/" + name).then().statusCode(200).extract().jsonPath();
    }

    public static Map<String, Object> ambil(Patient p, String kodepoli, String kodedokter, LocalDate tanggal,
            String jampraktek) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("nomorkartu", p.nomorkartu());
        body.put("nik", p.nik());
        body.put("nohp", "081234567890");
        body.put("kodepoli", kodepoli);
        body.put("norm", p.norm());
        body.put("tanggalperiksa", date(tanggal));
        body.put("kodedokter", Long.parseLong(kodedokter));
        body.put("jampraktek", jampraktek);
        body.put("jeniskunjungan", 1);
        body.put("nomorreferensi", "0001R004" + digits(11));
        return body;
    }

    /** A bearer token for a new staff account with these roles (created by the first admin). */
    public static String staffToken(String... roles) {
        String admin = login("admin", "admin-local");
        if (roles.length == 1 && "admin".equals(roles[0])) {
            return admin;
        }
        String username = "staf" + digits(6);
        given().auth().oauth2(admin).contentType(ContentType.JSON)
                .body(Map.of("username", username, "password", "rahasia-" + username, "roles", List.of(roles)))
                .post("/api/staff").then().statusCode(201);
        return login(username, "rahasia-" + username);
    }

    /** A bearer token of a new SIMRS client with these scopes, from its client credentials. */
    public static String simrsToken(String... scopes) {
        String clientId = "simrs-" + digits(8);
        String secret = given().auth().oauth2(staffToken("admin")).contentType(ContentType.JSON)
                .body(Map.of("clientId", clientId, "scopes", List.of(scopes))).post("/api/simrs-clients").then()
                .statusCode(201).extract().jsonPath().getString("clientSecret");
        return given().contentType(ContentType.URLENC).formParam("grant_type", "client_credentials")
                .formParam("client_id", clientId).formParam("client_secret", secret).post("/api/auth/token").then()
                .statusCode(200).extract().jsonPath().getString("access_token");
    }

    public static String login(String username, String password) {
        return given().contentType(ContentType.JSON).body(Map.of("username", username, "password", password))
                .post("/api/auth/login").then().statusCode(200).extract().jsonPath().getString("token");
    }
}
