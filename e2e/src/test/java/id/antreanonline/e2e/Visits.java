package id.antreanonline.e2e;

import static id.antreanonline.e2e.Api.ANTREAN;
import static id.antreanonline.e2e.Api.FARMASI;
import static id.antreanonline.e2e.Api.PASIEN;
import static id.antreanonline.e2e.Api.expectCode;
import static id.antreanonline.e2e.Api.staffPost;
import static id.antreanonline.e2e.Api.today;
import static id.antreanonline.e2e.Api.wsrs;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import io.restassured.path.json.JsonPath;

/** A visit as the hospital's stations make it happen. */
final class Visits {

    private Visits() {
    }

    /** A patient registered through pasienbaru (so a new patient: tasks from 1) booked at the counter for today. */
    static String onsiteNewPatient(String kodepoli) {
        return onsiteNewPatient(kodepoli, Api.Person.fresh());
    }

    static String onsiteNewPatient(String kodepoli, Api.Person person) {
        return onsiteNewPatient(kodepoli, person, null);
    }

    /** The same, the desk's request continuing the trace {@code traceparent} (W3C) when one is given. */
    static String onsiteNewPatient(String kodepoli, Api.Person person, String traceparent) {
        Map<String, Object> schedule = Api.syncSchedule(kodepoli, today());
        expectCode(wsrs(PASIEN, "pasienbaru", person.pasienbaru()), 200);
        Map<String, Object> body = person.booking(schedule, today());
        body.put("jenispasien", "JKN");
        JsonPath booked = staffPost(ANTREAN + "/api/antrean", body, 200, traceparent);
        String kodebooking = booked.getString("kodebooking") != null ? booked.getString("kodebooking")
                : booked.getString("response.kodebooking");
        // the visit reaches the stations through Kafka
        await().atMost(Duration.ofSeconds(60)).ignoreExceptions()
                .until(() -> JourneyTest.timeline(kodebooking).getString("kodebooking") != null);
        return kodebooking;
    }

    static void checkIn(String kodebooking) {
        checkIn(kodebooking, null);
    }

    /** The same, Mobile JKN's call continuing the trace {@code traceparent} (W3C) when one is given. */
    static void checkIn(String kodebooking, String traceparent) {
        expectCode(wsrs(ANTREAN, "checkin", Map.of("kodebooking", kodebooking, "waktu", Api.now()), traceparent),
                200);
        await().atMost(Duration.ofSeconds(60))
                .until(() -> !JourneyTest.timeline(kodebooking).getList("tasks").isEmpty());
    }

    /** Each station records its step now; the first prescription-carrying step takes {@code jenisresep}. */
    static void recordAll(String kodebooking, List<Integer> taskids, String jenisresep) {
        for (int taskid : taskids) {
            staffPost(FARMASI + "/api/tasks", JourneyTest.task(kodebooking, taskid, taskid == 5 ? jenisresep : null),
                    200);
        }
    }

    static void awaitDeliveredInOrder(String kodebooking, List<Integer> expected) {
        await().atMost(Duration.ofSeconds(120)).until(() -> Bpjs.acceptedTasks(kodebooking).equals(expected));
    }
}
