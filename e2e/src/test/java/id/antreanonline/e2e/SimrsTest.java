package id.antreanonline.e2e;

import static id.antreanonline.e2e.Api.ANTREAN;
import static id.antreanonline.e2e.Api.FARMASI;
import static id.antreanonline.e2e.Api.PASIEN;
import static id.antreanonline.e2e.Api.expectCode;
import static id.antreanonline.e2e.Api.staffPost;
import static id.antreanonline.e2e.Api.today;
import static id.antreanonline.e2e.Api.wsrs;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

/**
 * The hospital's SIMRS beside the stack, with a credential of its own (never a staff password): it imports its
 * patient master with its own record numbers; an imported patient then books through Mobile JKN as a returning
 * patient (no pasienbaru, the SIMRS's norm), is booked at the counter by the SIMRS with the SIMRS's own poli code,
 * checks in straight to the poli (task 3), and the SIMRS's own steps (4 and 5, each sent twice under its event id)
 * reach BPJS once each, after it.
 */
@ExtendWith(Stack.class)
class SimrsTest {

    /** What ambilantrean tells a patient the hospital already has a complete record of. */
    static final String RETURNING_PATIENT = "Peserta harap 30 menit lebih awal guna pencatatan administrasi.";

    @Test
    void anImportedPatientBooksAsReturningChecksInAtThePoliAndTheSimrsStepsReachBpjsOnce() {
        String clientId = "simrs-e2e-" + Api.digits(6);
        String secret = staffPost(ANTREAN + "/api/simrs-clients", Map.of("clientId", clientId,
                "scopes", List.of("simrs-patients", "simrs-onsite", "simrs-tasks")), 201).getString("clientSecret");
        String simrs = given().contentType(ContentType.URLENC).formParam("grant_type", "client_credentials")
                .formParam("client_id", clientId).formParam("client_secret", secret)
                .post(ANTREAN + "/api/auth/token").then().statusCode(200).extract().jsonPath()
                .getString("access_token");

        // the SIMRS's export: its own norm format, and a line it got wrong
        Api.Person person = Api.Person.fresh();
        String norm = "RM-" + Api.digits(7);
        String csv = "no_rm;nik;no_kartu;nama;jenis_kelamin;tgl_lahir;no_hp;alamat\n"
                + norm + ";" + person.nik() + ";" + person.nomorkartu() + ";" + person.nama() + ";Perempuan;1990-05-17;"
                + person.nohp() + ";Jl. Merdeka No. 10\n"
                + "RM-" + Api.digits(7) + ";123;;Tanpa NIK;P;1990-05-17;;\n";
        JsonPath job = given().auth().oauth2(simrs).contentType("text/csv").body(csv)
                .post(PASIEN + "/api/pasien/impor?format=csv").then().log().ifValidationFails().statusCode(201)
                .extract().jsonPath();
        assertEquals("DONE", job.getString("state"));
        assertEquals(1, job.getInt("created"));
        assertEquals(1, job.getInt("rejected"));

        // Mobile JKN: known at once (no pasienbaru first), with the SIMRS's number, told as a returning patient
        LocalDate tomorrow = today().plusDays(1);
        JsonPath booked = wsrs(ANTREAN, "ambilantrean", person.booking(Api.syncSchedule("ANA", tomorrow), tomorrow));
        expectCode(booked, 200);
        assertEquals(norm, booked.getString("response.norm"));
        assertEquals(RETURNING_PATIENT, booked.getString("response.keterangan"));

        // the SIMRS books the same patient at the counter for today, with its own credential, its own poli code
        // (mapped once by the hospital's admin) and its own event id: a retry gets the same booking back
        String poliSimrs = "P-INT-" + Api.digits(4);
        given().auth().oauth2(Api.staffToken()).contentType(ContentType.JSON).body(Map.of("kode_bpjs", "INT",
                "nama", "Penyakit Dalam")).put(ANTREAN + "/api/simrs-codes/poli/" + poliSimrs).then()
                .log().ifValidationFails().statusCode(201);
        Map<String, Object> onsite = person.booking(Api.syncSchedule("INT", today()), today());
        onsite.remove("kodepoli");
        onsite.put("kodepolisimrs", poliSimrs);
        onsite.put("jenispasien", "JKN");
        onsite.put("eventid", "REG-" + Api.digits(8));
        List<String> codes = new ArrayList<>();
        for (int attempt = 0; attempt < 2; attempt++) {
            codes.add(given().auth().oauth2(simrs).contentType(ContentType.JSON).body(onsite)
                    .post(ANTREAN + "/api/antrean").then().log().ifValidationFails().statusCode(200).extract()
                    .jsonPath().getString("kodebooking"));
        }
        String kodebooking = codes.get(0);
        assertEquals(kodebooking, codes.get(1), "the same registration sent twice is one booking");
        await().atMost(Duration.ofSeconds(60)).ignoreExceptions()
                .until(() -> JourneyTest.timeline(kodebooking).getString("kodebooking") != null);

        // a returning patient goes straight to the poli; the SIMRS records the poli's steps with their real times
        // and its own event ids, each sent twice as a SIMRS retrying after a lost answer would
        Visits.checkIn(kodebooking);
        long called = Api.now();
        for (int taskid : List.of(4, 5)) {
            Map<String, Object> step = new HashMap<>(Map.of("kodebooking", kodebooking, "taskid", taskid,
                    "waktu", called + (taskid - 4) * 60_000L, "eventid", "TASK-" + taskid + "-" + kodebooking));
            if (taskid == 5) {
                step.put("jenisresep", "tidak ada");
            }
            for (int attempt = 0; attempt < 2; attempt++) {
                given().auth().oauth2(simrs).contentType(ContentType.JSON).body(step).post(FARMASI + "/api/tasks")
                        .then().log().ifValidationFails().statusCode(200).body("duplicate", is(attempt == 1));
            }
        }
        Visits.awaitDeliveredInOrder(kodebooking, List.of(3, 4, 5));
        assertEquals(List.of(3, 4, 5), Bpjs.received(kodebooking).stream()
                .filter(c -> c.path().endsWith("/antrean/updatewaktu")).map(Bpjs.Call::taskid).toList(),
                "each step was sent to BPJS once");
        Bpjs.Call add = Bpjs.received(kodebooking).get(0);
        assertTrue(add.path().endsWith("/antrean/add") && add.accepted(), () -> add.path() + " " + add.code());
        assertEquals(0, add.body().get("pasienbaru").asInt(), "BPJS is told a returning patient");
    }
}
