package id.antreanonline.antrean.rest;

import static id.antreanonline.antrean.Fixtures.wsrs;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import id.antreanonline.antrean.Fixtures;
import id.antreanonline.antrean.service.Messages;
import id.antreanonline.shared.wsrs.WsrsMessages;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

/** Staff keep the surgery schedule; jadwaloperasirs and jadwaloperasipasien show it to Mobile JKN. */
@QuarkusTest
class JadwalOperasiTest {

    /** A day far ahead that no other test uses. */
    private final LocalDate day = LocalDate.of(2040, 1, 1).plusDays(Long.parseLong(Fixtures.digits(4)));

    private static Map<String, Object> surgery(String kodebooking, LocalDate date, String nopeserta) {
        Map<String, Object> s = new HashMap<>();
        s.put("kodebooking", kodebooking);
        s.put("tanggaloperasi", Fixtures.date(date));
        s.put("jenistindakan", "operasi gigi");
        s.put("kodepoli", "BDM");
        s.put("namapoli", "Poli Bedah Mulut");
        s.put("terlaksana", 0);
        s.put("nopeserta", nopeserta);
        return s;
    }

    private static void plan(String token, Map<String, Object> surgery) {
        given().auth().oauth2(token).contentType(ContentType.JSON).body(surgery).post("/api/jadwaloperasi").then()
                .statusCode(201);
    }

    @Test
    void plannedSurgeriesAppearInBothWsrs() {
        String poli = Fixtures.staffToken("poli");
        String noka = Fixtures.digits(13);
        String a = "OP" + Fixtures.digits(8);
        String b = "OP" + Fixtures.digits(8);
        plan(poli, surgery(a, day, noka));
        plan(poli, surgery(b, day.plusDays(1), null));
        plan(poli, surgery("OP" + Fixtures.digits(8), day.plusDays(5), noka));

        JsonPath rs = wsrs("jadwaloperasirs", Map.of("tanggalawal", Fixtures.date(day), "tanggalakhir",
                Fixtures.date(day.plusDays(1))));
        assertEquals(200, rs.getInt("metadata.code"), rs.prettify());
        assertEquals(List.of(a, b), rs.getList("response.list.kodebooking"));
        assertEquals(Fixtures.date(day), rs.getString("response.list[0].tanggaloperasi"));
        assertEquals("operasi gigi", rs.getString("response.list[0].jenistindakan"));
        assertEquals("BDM", rs.getString("response.list[0].kodepoli"));
        assertEquals("Poli Bedah Mulut", rs.getString("response.list[0].namapoli"));
        assertEquals(0, rs.getInt("response.list[0].terlaksana"));
        assertEquals(noka, rs.getString("response.list[0].nopeserta"));
        assertEquals(true, rs.getLong("response.list[0].lastupdate") > 0);

        JsonPath patient = wsrs("jadwaloperasipasien", Map.of("nopeserta", noka));
        assertEquals(200, patient.getInt("metadata.code"));
        assertEquals(2, patient.getList("response.list").size());
        assertNull(patient.get("response.list[0].nopeserta"));
    }

    @Test
    void staffUpdateAndRemoveSurgeries() {
        String admin = Fixtures.staffToken("admin");
        String code = "OP" + Fixtures.digits(8);
        plan(admin, surgery(code, day, null));
        Map<String, Object> done = surgery(code, day, null);
        done.remove("kodebooking");
        done.put("terlaksana", 1);
        given().auth().oauth2(admin).contentType(ContentType.JSON).body(done).put("/api/jadwaloperasi/" + code)
                .then().statusCode(200).body("terlaksana", is(1));
        given().auth().oauth2(admin).get("/api/jadwaloperasi?tanggalawal=" + Fixtures.date(day) + "&tanggalakhir="
                + Fixtures.date(day)).then().statusCode(200).body("$", hasSize(1));
        plan(admin, surgery("OP" + Fixtures.digits(8), day.plusDays(2), null));
        given().auth().oauth2(admin).contentType(ContentType.JSON).body(surgery(code, day, null))
                .post("/api/jadwaloperasi").then().statusCode(409);
        given().auth().oauth2(admin).delete("/api/jadwaloperasi/" + code).then().statusCode(204);
        given().auth().oauth2(admin).delete("/api/jadwaloperasi/" + code).then().statusCode(404);
        Map<String, Object> bad = surgery("OP" + Fixtures.digits(8), day, "123");
        given().auth().oauth2(admin).contentType(ContentType.JSON).body(bad).post("/api/jadwaloperasi").then()
                .statusCode(400).body("message", is(Messages.CARD_NUMBER_INVALID));
    }

    @Test
    void dateRangeMustBeValid() {
        JsonPath bad = wsrs("jadwaloperasirs", Map.of("tanggalawal", "2040/01/01", "tanggalakhir", "2040-01-02"));
        assertEquals(201, bad.getInt("metadata.code"));
        assertEquals(WsrsMessages.BAD_DATE_FORMAT, bad.getString("metadata.message"));
        JsonPath reversed = wsrs("jadwaloperasirs", Map.of("tanggalawal", "2040-01-05", "tanggalakhir", "2040-01-02"));
        assertEquals(201, reversed.getInt("metadata.code"));
        assertEquals(Messages.DATE_RANGE_INVALID, reversed.getString("metadata.message"));
    }

    @Test
    void patientCardMustHave13Digits() {
        JsonPath bad = wsrs("jadwaloperasipasien", Map.of("nopeserta", "12345"));
        assertEquals(201, bad.getInt("metadata.code"));
        assertEquals(Messages.CARD_NUMBER_INVALID, bad.getString("metadata.message"));
        JsonPath none = wsrs("jadwaloperasipasien", Map.of("nopeserta", Fixtures.digits(13)));
        assertEquals(200, none.getInt("metadata.code"));
        assertEquals(0, none.getList("response.list").size());
    }
}
