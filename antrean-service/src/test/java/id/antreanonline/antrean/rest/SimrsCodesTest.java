package id.antreanonline.antrean.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import id.antreanonline.antrean.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

/** /api/simrs-codes: an administrator maps the SIMRS's poli and doctor codes to BPJS's; a SIMRS reads them. */
@QuarkusTest
class SimrsCodesTest {

    private final String prefix = "S" + Fixtures.digits(6) + "-";
    private String admin;

    @BeforeEach
    void signInAsAdministrator() {
        admin = Fixtures.staffToken("admin");
    }

    private ValidatableResponse put(String kind, String kodeSimrs, String kodeBpjs, String nama) {
        return given().auth().oauth2(admin).contentType(ContentType.JSON)
                .body(nama == null ? Map.of("kode_bpjs", kodeBpjs) : Map.of("kode_bpjs", kodeBpjs, "nama", nama))
                .put("/api/simrs-codes/{kind}/{kode}", kind, kodeSimrs).then();
    }

    private ValidatableResponse importFile(String contentType, String text) {
        return given().auth().oauth2(admin).contentType(contentType).body(text.getBytes(StandardCharsets.UTF_8))
                .post("/api/simrs-codes/import")
                .then();
    }

    @Test
    void anAdministratorMapsACodeOnceAndChangesIt() {
        put("poli", prefix + "INT", "INT", "Penyakit Dalam").statusCode(201).body("kind", is("poli"))
                .body("kode_simrs", is(prefix + "INT")).body("kode_bpjs", is("INT"))
                .body("nama", is("Penyakit Dalam"));
        put("poli", prefix + "INT", "INT", "Penyakit Dalam").statusCode(200);
        put("poli", prefix + "INT", "ANA", null).statusCode(200).body("kode_bpjs", is("ANA"))
                .body("nama", nullValue());
        given().auth().oauth2(admin).queryParam("kind", "poli").get("/api/simrs-codes").then().statusCode(200)
                .body("findAll { it.kode_simrs == '" + prefix + "INT' }.kode_bpjs", contains("ANA"));
    }

    @Test
    void aMappingThatABookingCouldNotUseIsRefused() {
        put("dokter", prefix + "D1", "dr-12", null).statusCode(400).body("message", containsString("angka"));
        put("ruang", prefix + "R1", "12", null).statusCode(400).body("message", is("kind harus poli atau dokter"));
        put("poli", prefix + "X", "POLI-TERLALU-PANJANG-SEKALI", null).statusCode(400);
    }

    @Test
    void aSimrsReadsTheMappingButDoesNotChangeIt() {
        put("dokter", prefix + "D7", "123456", "dr. Ani").statusCode(201);
        String read = Fixtures.simrsToken("simrs-read");
        given().auth().oauth2(read).get("/api/simrs-codes").then().statusCode(200)
                .body("kode_simrs", hasItem(prefix + "D7"));
        given().auth().oauth2(read).contentType(ContentType.JSON).body(Map.of("kode_bpjs", "1"))
                .put("/api/simrs-codes/dokter/{kode}", prefix + "D7").then().statusCode(403);
        given().auth().oauth2(read).delete("/api/simrs-codes/dokter/{kode}", prefix + "D7").then().statusCode(403);
        given().auth().oauth2(Fixtures.simrsToken("simrs-onsite")).get("/api/simrs-codes").then().statusCode(403);
    }

    @Test
    void aSimrsWithTheCodesScopeKeepsItsOwnMappingButCannotImportAFile() {
        String codes = Fixtures.simrsToken("simrs-codes");
        given().auth().oauth2(codes).contentType(ContentType.JSON).body(Map.of("kode_bpjs", "MAT", "nama", "Mata"))
                .put("/api/simrs-codes/poli/{kode}", prefix + "P4").then().statusCode(201);
        given().auth().oauth2(admin).get("/api/simrs-codes").then()
                .body("findAll { it.kode_simrs == '" + prefix + "P4' }.kode_bpjs", contains("MAT"));
        given().auth().oauth2(codes).delete("/api/simrs-codes/poli/{kode}", prefix + "P4").then().statusCode(204);
        given().auth().oauth2(codes).contentType("text/csv").body("kind,kode_simrs,kode_bpjs,nama\n")
                .post("/api/simrs-codes/import").then().statusCode(403);
    }

    @Test
    void aDeletedMappingIsGoneAndASecondDeleteIsNotFound() {
        put("poli", prefix + "BED", "BED", null).statusCode(201);
        given().auth().oauth2(admin).delete("/api/simrs-codes/poli/{kode}", prefix + "BED").then().statusCode(204);
        given().auth().oauth2(admin).delete("/api/simrs-codes/poli/{kode}", prefix + "BED").then().statusCode(404);
        given().auth().oauth2(admin).get("/api/simrs-codes").then().body("kode_simrs", not(hasItem(prefix + "BED")));
    }

    @Test
    void aCsvImportTakesTheGoodLinesAndReportsEachBadOneWithItsLineNumber() {
        String csv = "kind,kode_simrs,kode_bpjs,nama\n"
                + "poli," + prefix + "P1,INT,\"Penyakit Dalam, Umum\"\n"
                + "dokter," + prefix + "D1,300123,dr. Budi\n"
                + "ruang," + prefix + "R1,1,x\n"
                + "\n"
                + "dokter," + prefix + "D2,dr-x,dr. Salah\n"
                + "poli," + prefix + "P1,ANA,lagi\n"
                + "poli," + prefix + "P2\n"
                + "poli,," + "INT,tanpa kode\n";
        importFile("text/csv", csv).statusCode(200).body("read", is(7)).body("created", is(2))
                .body("updated", is(0)).body("unchanged", is(0)).body("rejected", is(5))
                .body("rejections.line", contains(4, 6, 7, 8, 9))
                .body("rejections[0].reason", is("kind harus poli atau dokter"))
                .body("rejections[2].reason", containsString("sudah ada di baris 2"))
                .body("rejections[3].reason", is("Jumlah kolom tidak sesuai dengan header"));
        given().auth().oauth2(admin).get("/api/simrs-codes").then()
                .body("findAll { it.kode_simrs == '" + prefix + "P1' }.nama", contains("Penyakit Dalam, Umum"));

        // the same file again changes nothing and says the same about its bad lines
        importFile("text/csv", csv).statusCode(200).body("created", is(0)).body("updated", is(0))
                .body("unchanged", is(2)).body("rejections.line", contains(4, 6, 7, 8, 9));
    }

    @Test
    void anNdjsonImportChangesWhatDiffersAndLeavesTheRest() {
        put("poli", prefix + "A", "ANA", "Anak").statusCode(201);
        put("poli", prefix + "B", "BED", "Bedah").statusCode(201);
        String ndjson = "{\"kind\":\"poli\",\"kode_simrs\":\"" + prefix + "A\",\"kode_bpjs\":\"ANA\",\"nama\":\"Anak\"}\n"
                + "{\"kind\":\"poli\",\"kode_simrs\":\"" + prefix + "B\",\"kode_bpjs\":\"BDA\",\"nama\":\"Bedah\"}\n"
                + "bukan json\n"
                + "{\"kind\":\"dokter\",\"kode_simrs\":\"" + prefix + "D\",\"kode_bpjs\":77}\n";
        importFile("application/x-ndjson", ndjson).statusCode(200).body("read", is(4)).body("created", is(1))
                .body("updated", is(1)).body("unchanged", is(1)).body("rejections.line", contains(3))
                .body("rejections[0].reason", is("Baris bukan objek JSON"));
        importFile("application/x-ndjson", "").statusCode(200).body("read", is(0)).body("rejections", empty());
        importFile("application/pdf", "x").statusCode(415);
    }
}
