package id.antreanonline.farmasi.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

import id.antreanonline.farmasi.Fixtures;
import id.antreanonline.farmasi.display.FakePasienService;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The administration pages reach pasien-service's patient import and antrean-service's SIMRS clients through this
 * origin: the file arrives whole and unchanged however large (this service's own body limit is 1 MB), with the
 * staff member's token; the owner's answer comes back as it is; an owner that goes away is a 503 to retry. The owners
 * are the module's stand-ins {@link FakePasienService} and {@link FakeAntreanAuth}.
 */
@QuarkusTest
class ConsoleForwardingTest {

    @Test
    void aPatientFileLargerThanThisServicesLimitReachesPasienWholeWithTheStaffToken() throws Exception {
        StringBuilder csv = new StringBuilder("norm,nik,nomorkartu,nama,jk,tgllahir,nohp,alamat\n");
        for (int i = 0; csv.length() < 3_000_000; i++) {
            csv.append(String.format("%06d,32010100000%05d,00000000%05d,Pasien %d,L,1980-01-01,0812,Jl. %d%n", i, i,
                    i, i, i));
        }
        byte[] file = csv.toString().getBytes();
        String token = Fixtures.token("admin");
        given().auth().oauth2(token).contentType("text/csv").body(file)
                .post("/api/pasien/impor?format=csv&sha256=abc").then().statusCode(201)
                .header("Location", endsWith("/api/pasien/impor/job-1")).body("read", is(file.length));
        assertEquals("Bearer " + token, FakePasienService.IMPORT_RECEIVED.get("authorization"));
        assertEquals("/api/pasien/impor?format=csv&sha256=abc", FakePasienService.IMPORT_RECEIVED.get("uri"));
        assertEquals(FakePasienService.sha256(file), FakePasienService.IMPORT_RECEIVED.get("sha256"));
    }

    @Test
    void theOwnersRefusalComesBackAsTheOwnerWordedIt() {
        given().get("/api/pasien/impor/job-2").then().statusCode(401).body("message", is("Token tidak ada"));
    }

    @Test
    void theOperatorConsolesCallsReachTheirOwnersWhichAnswerOnlyAnAdministrator() {
        String admin = Fixtures.token("admin");
        given().auth().oauth2(admin).get("/api/staff").then().statusCode(200).body("[0].username", is("admin"));
        given().auth().oauth2(admin).get("/bpjs/deliveries/backlog").then().statusCode(200);
        for (String role : List.of("admisi", "poli", "farmasi")) {
            String token = Fixtures.token(role);
            given().auth().oauth2(token).get("/api/staff").then().statusCode(403).body("message", notNullValue());
            given().auth().oauth2(token).contentType("application/json").body("{}").post("/api/staff").then()
                    .statusCode(403);
            given().auth().oauth2(token).get("/bpjs/deliveries?status=PARKED").then().statusCode(403);
            given().auth().oauth2(token).post("/bpjs/deliveries/replay?tanggal=2026-11-30").then().statusCode(403);
            given().auth().oauth2(token).get("/bpjs/reconcile?tanggal=2026-11-30").then().statusCode(403);
            given().auth().oauth2(token).post("/bpjs/reconcile?tanggal=2026-11-30").then().statusCode(403);
            given().auth().oauth2(token).get("/api/dead-letters").then().statusCode(403);
        }
    }

    @Test
    void anOwnerThatGoesAwayIsAnswered503WithRetryAfter() {
        given().auth().oauth2(Fixtures.token("admin")).get("/api/simrs-clients").then().statusCode(503)
                .header("Retry-After", notNullValue()).body("message", notNullValue());
    }
}
