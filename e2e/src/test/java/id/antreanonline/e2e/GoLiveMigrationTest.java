package id.antreanonline.e2e;

import static id.antreanonline.e2e.Api.ANTREAN;
import static id.antreanonline.e2e.Api.SIMULATOR;
import static id.antreanonline.e2e.Api.expectCode;
import static id.antreanonline.e2e.Api.today;
import static id.antreanonline.e2e.Api.wsrs;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

/**
 * Go-live: the bookings the previous queue system took (BPJS already has them) come in with their codes and
 * numbers. 500 for tomorrow hold their places and the next Mobile JKN booking gets the number after them; one for
 * today checks in and its task 3 reaches BPJS, while its booking is never sent to BPJS again. A dry run first says
 * what would change and changes nothing.
 */
@ExtendWith(Stack.class)
class GoLiveMigrationTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int BOOKINGS = 500;

    @Test
    void thePreviousSystemsBookingsKeepTheirNumbersHoldTheirPlacesAndAreNotSentAgain() throws Exception {
        String run = Api.digits(6);
        LocalDate tomorrow = today().plusDays(1);
        Map<String, Object> schedule = Api.syncSchedule("BED", tomorrow);
        int before = status(schedule, tomorrow).getInt("response.totalantrean");

        StringBuilder file = new StringBuilder();
        for (int i = 1; i <= BOOKINGS; i++) {
            file.append(JSON.writeValueAsString(line("LAMA" + run + String.format("%04d", i), run, i, schedule,
                    tomorrow, before + i))).append('\n');
        }
        Map<String, Object> todays = Api.syncSchedule("BED", today());
        int todaysNumber = status(todays, today()).getInt("response.totalantrean") + 1;
        String arriving = "LAMA" + run + "HARI";
        Map<String, Object> arrivingLine = line(arriving, run, 9999, todays, today(), todaysNumber);
        file.append(JSON.writeValueAsString(arrivingLine)).append('\n');

        // a dry run reports all of it and changes nothing
        JsonPath dry = migrate(file.toString(), true);
        assertEquals(BOOKINGS + 1, dry.getInt("created"), dry.prettify());
        assertEquals(List.of(), dry.getList("rejected"));
        assertEquals(before, status(schedule, tomorrow).getInt("response.totalantrean"), "a dry run changes nothing");

        JsonPath done = migrate(file.toString(), false);
        assertEquals(BOOKINGS + 1, done.getInt("created"), done.prettify());
        assertEquals(0, migrate(file.toString(), false).getInt("created"), "the same file again changes nothing");

        // Mobile JKN's next booking on that schedule gets the number after the migrated ones
        Api.Person person = Api.Person.fresh();
        expectCode(wsrs(Api.PASIEN, "pasienbaru", person.pasienbaru()), 200);
        JsonPath booked = wsrs(ANTREAN, "ambilantrean", person.booking(schedule, tomorrow));
        expectCode(booked, 200);
        assertEquals(before + BOOKINGS + 1, booked.getInt("response.angkaantrean"));

        // BPJS has today's migrated booking from the previous system; here it checks in and only task 3 is sent
        given().contentType(ContentType.JSON).body(bpjsCopy(arrivingLine, todays)).post(SIMULATOR + "/admin/bookings")
                .then().statusCode(201);
        await().atMost(Duration.ofSeconds(60)).ignoreExceptions()
                .until(() -> JourneyTest.timeline(arriving).getString("kodebooking") != null);
        Visits.checkIn(arriving);
        Visits.awaitDeliveredInOrder(arriving, List.of(3));
        List<Bpjs.Call> calls = Bpjs.received(arriving);
        assertTrue(calls.stream().noneMatch(c -> c.path().endsWith("/antrean/add")),
                "the migrated booking is not sent to BPJS again");
        assertEquals(1, calls.size(), calls::toString);
    }

    /** One booking as the previous system exported it. */
    private static Map<String, Object> line(String kodebooking, String run, int i, Map<String, Object> schedule,
            LocalDate tanggal, int number) {
        Map<String, Object> line = new HashMap<>();
        line.put("kodebooking", kodebooking);
        line.put("norm", "RML" + run + String.format("%04d", i));
        line.put("nik", run + String.format("%010d", i));
        line.put("nomorkartu", "2" + run + String.format("%06d", i));
        line.put("kodepoli", "BED");
        line.put("kodedokter", schedule.get("kodedokter"));
        line.put("tanggalperiksa", tanggal.toString());
        line.put("jampraktek", schedule.get("jampraktek"));
        line.put("angkaantrean", number);
        line.put("jeniskunjungan", 1);
        line.put("nomorreferensi", "0301R001" + run + String.format("%05d", i));
        line.put("pasienbaru", 0);
        line.put("status", "active");
        return line;
    }

    private static Map<String, Object> bpjsCopy(Map<String, Object> line, Map<String, Object> schedule) {
        Map<String, Object> body = new HashMap<>(line);
        body.remove("status");
        body.put("jenispasien", "JKN");
        body.put("nohp", "081234567890");
        body.put("namapoli", schedule.get("namapoli"));
        body.put("namadokter", schedule.get("namadokter"));
        body.put("nomorantrean", "BED-" + line.get("angkaantrean"));
        body.put("estimasidilayani", Api.now());
        for (String quota : List.of("sisakuotajkn", "kuotajkn", "sisakuotanonjkn", "kuotanonjkn")) {
            body.put(quota, 1000);
        }
        body.put("keterangan", "");
        return body;
    }

    private static JsonPath migrate(String ndjson, boolean dryRun) {
        return given().auth().oauth2(Api.staffToken()).contentType("application/x-ndjson").body(ndjson.getBytes(StandardCharsets.UTF_8))
                .post(ANTREAN + "/api/antrean/migrasi?dryRun=" + dryRun).then().log().ifValidationFails()
                .statusCode(200).extract().jsonPath();
    }

    private static JsonPath status(Map<String, Object> schedule, LocalDate tanggal) {
        return wsrs(ANTREAN, "statusantrean", Map.of("kodepoli", "BED", "kodedokter", schedule.get("kodedokter"),
                "tanggalperiksa", tanggal.toString(), "jampraktek", schedule.get("jampraktek")));
    }
}
