package id.antreanonline.e2e;

import static id.antreanonline.e2e.Api.ANTREAN;
import static id.antreanonline.e2e.Api.GATEWAY;
import static id.antreanonline.e2e.Api.PASIEN;
import static id.antreanonline.e2e.Api.expectCode;
import static id.antreanonline.e2e.Api.staffPost;
import static id.antreanonline.e2e.Api.today;
import static id.antreanonline.e2e.Api.wsrs;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.restassured.path.json.JsonPath;

/**
 * A SIMRS without Kafka follows the visits by webhook: an imported patient books through Mobile JKN for tomorrow
 * and is booked at the counter for today; the receiver goes down for two minutes while the patient checks in and
 * the poli records its steps; nothing is given up, and when it is back the SIMRS gets the booking, the check-in and
 * each task, signed, in order, each once.
 */
@ExtendWith(Stack.class)
class SimrsWebhookTest {

    static final Duration OUTAGE = Duration.ofMinutes(2);

    @Test
    void theSimrsGetsTheVisitSignedAndInOrderAcrossATwoMinuteOutage() {
        SimrsReceiver.up();
        Api.Person person = Api.Person.fresh();
        String csv = "norm,nik,nomorkartu,nama,jeniskelamin,tanggallahir,nohp,alamat\nRM-" + Api.digits(7) + ","
                + person.nik() + "," + person.nomorkartu() + "," + person.nama() + ",P,1990-05-17," + person.nohp()
                + ",Jl. Merdeka No. 10\n";
        given().auth().oauth2(Api.staffToken()).contentType("text/csv").body(csv)
                .post(PASIEN + "/api/pasien/impor?format=csv").then().statusCode(201);

        LocalDate tomorrow = today().plusDays(1);
        JsonPath booked = wsrs(ANTREAN, "ambilantrean", person.booking(Api.syncSchedule("ANA", tomorrow), tomorrow));
        expectCode(booked, 200);
        String mobileJkn = booked.getString("response.kodebooking");
        Map<String, Object> onsite = person.booking(Api.syncSchedule("INT", today()), today());
        onsite.put("jenispasien", "JKN");
        String kodebooking = staffPost(ANTREAN + "/api/antrean", onsite, 200).getString("kodebooking");
        await().atMost(Duration.ofSeconds(60)).until(() -> types(mobileJkn).contains("booking.created")
                && types(kodebooking).contains("booking.created"));

        // the SIMRS is down while the visit goes on
        SimrsReceiver.down();
        await().atMost(Duration.ofSeconds(60)).ignoreExceptions()
                .until(() -> JourneyTest.timeline(kodebooking).getString("kodebooking") != null);
        Visits.checkIn(kodebooking);
        Visits.recordAll(kodebooking, List.of(4, 5), "tidak ada");
        await().during(OUTAGE).atMost(OUTAGE.plusSeconds(30))
                .until(() -> webhooks(kodebooking, "PARKED").isEmpty());
        assertTrue(webhooks(kodebooking, "PENDING").size() >= 4, "check-in and tasks 3-5 wait for the SIMRS");

        SimrsReceiver.up();
        await().atMost(Duration.ofSeconds(120)).until(() -> webhooks(kodebooking, "PENDING").isEmpty()
                && tasks(kodebooking).size() == 3);
        List<SimrsReceiver.Webhook> got = SimrsReceiver.of(kodebooking);
        assertTrue(got.stream().allMatch(SimrsReceiver.Webhook::signed), "every webhook signed with the secret");
        List<String> visit = got.stream().map(SimrsReceiver.Webhook::eventType)
                .filter(t -> t.startsWith("booking.") || t.equals("task.recorded")).toList();
        assertEquals(List.of("booking.created", "booking.checked_in", "task.recorded", "task.recorded",
                "task.recorded"), visit);
        assertEquals(List.of(3, 4, 5), tasks(kodebooking));
        assertEquals(List.of(), webhooks(kodebooking, "PARKED"));
    }

    private static List<String> types(String kodebooking) {
        return SimrsReceiver.of(kodebooking).stream().map(SimrsReceiver.Webhook::eventType).toList();
    }

    private static List<Integer> tasks(String kodebooking) {
        return SimrsReceiver.of(kodebooking).stream().filter(w -> "task.recorded".equals(w.eventType()))
                .map(w -> w.body().path("taskid").asInt()).toList();
    }

    private static List<Object> webhooks(String kodebooking, String status) {
        return Api.staffGet(GATEWAY + "/simrs/webhooks?key=" + kodebooking + "&status=" + status).getList("");
    }
}
