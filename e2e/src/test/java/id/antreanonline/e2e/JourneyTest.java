package id.antreanonline.e2e;

import static id.antreanonline.e2e.Api.ANTREAN;
import static id.antreanonline.e2e.Api.FARMASI;
import static id.antreanonline.e2e.Api.PASIEN;
import static id.antreanonline.e2e.Api.expectCode;
import static id.antreanonline.e2e.Api.staffGet;
import static id.antreanonline.e2e.Api.staffPost;
import static id.antreanonline.e2e.Api.today;
import static id.antreanonline.e2e.Api.wsrs;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.restassured.path.json.JsonPath;

/** The whole path as Mobile JKN and the hospital's staff walk it, against the real stack. */
@ExtendWith(Stack.class)
class JourneyTest {

    static final Duration DELIVERY = Duration.ofSeconds(60);

    @Test
    void anUnknownPatientRegistersThroughPasienBaruThenGetsANumber() {
        LocalDate tomorrow = today().plusDays(1);
        Map<String, Object> schedule = Api.syncSchedule("ANA", tomorrow);
        Api.Person person = Api.Person.fresh();

        JsonPath status = wsrs(ANTREAN, "statusantrean", Map.of("kodepoli", "ANA",
                "kodedokter", schedule.get("kodedokter"), "tanggalperiksa", tomorrow.toString(),
                "jampraktek", schedule.get("jampraktek")));
        expectCode(status, 200);

        expectCode(wsrs(ANTREAN, "ambilantrean", person.booking(schedule, tomorrow)), 202);
        JsonPath registered = wsrs(PASIEN, "pasienbaru", person.pasienbaru());
        expectCode(registered, 200);
        String norm = registered.getString("response.norm");

        JsonPath booked = wsrs(ANTREAN, "ambilantrean", person.booking(schedule, tomorrow));
        expectCode(booked, 200);
        assertEquals(norm, booked.getString("response.norm"));
        assertTrue(booked.getInt("response.angkaantrean") >= 1);
        String kodebooking = booked.getString("response.kodebooking");

        expectCode(wsrs(ANTREAN, "sisaantrean", Map.of("kodebooking", kodebooking)), 200);

        // cancelled in Mobile JKN: BPJS already knows, so nothing goes back to BPJS
        expectCode(wsrs(ANTREAN, "batalantrean", Map.of("kodebooking", kodebooking, "keterangan", "Berhalangan")),
                200);
        // the stations learn of the booking and its cancellation through Kafka: 404 until the visit arrives
        await().atMost(DELIVERY).ignoreExceptions()
                .until(() -> "cancelled".equals(timeline(kodebooking).getString("status")));
        await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(10))
                .until(() -> Bpjs.received(kodebooking).isEmpty());
    }

    @Test
    void anOnsiteVisitReachesBpjsCompleteInOrderWithTheRecordedTimes() {
        String kodebooking = Visits.onsiteNewPatient("INT");
        Visits.checkIn(kodebooking);
        Visits.recordAll(kodebooking, List.of(2, 3, 4, 5), "non racikan");

        JsonPath farmasi = wsrs(FARMASI, "ambilantreanfarmasi", Map.of("kodebooking", kodebooking));
        expectCode(farmasi, 200);
        expectCode(wsrs(FARMASI, "statusantreanfarmasi", Map.of("kodebooking", kodebooking)), 200);
        Visits.recordAll(kodebooking, List.of(6, 7), null);

        Visits.awaitDeliveredInOrder(kodebooking, List.of(1, 2, 3, 4, 5, 6, 7));
        List<Bpjs.Call> calls = Bpjs.received(kodebooking);
        assertTrue(calls.get(0).path().endsWith("/antrean/add"), "antrean/add reaches BPJS before any task");
        assertTrue(calls.stream().allMatch(Bpjs.Call::signatureValid));
        int farmasiAdd = indexOf(calls, "/antrean/farmasi/add");
        int task6 = calls.indexOf(calls.stream().filter(c -> c.path().endsWith("/updatewaktu") && c.taskid() == 6)
                .findFirst().orElseThrow());
        assertTrue(farmasiAdd >= 0 && farmasiAdd < task6, "the pharmacy number reaches BPJS before task 6");

        // the times BPJS holds are the times the hospital recorded
        JsonPath timeline = timeline(kodebooking);
        for (Bpjs.Call c : calls) {
            if (c.path().endsWith("/updatewaktu") && "200".equals(c.code())) {
                long recorded = timeline.getLong("tasks.find { it.taskid == " + c.taskid() + " }.waktu");
                assertEquals(recorded, c.waktu(), "task " + c.taskid());
            }
        }
        await().atMost(DELIVERY).until(() -> timeline(kodebooking).getList("tasks.delivery.status").stream()
                .allMatch("delivered"::equals));
    }

    @Test
    void aNoShowAndAHospitalCancellationReachBpjs() {
        String noShow = Visits.onsiteNewPatient("ANA");
        Visits.checkIn(noShow);
        Visits.recordAll(noShow, List.of(99), null);
        Visits.awaitDeliveredInOrder(noShow, List.of(1, 99));

        String cancelled = Visits.onsiteNewPatient("ANA");
        staffPost(ANTREAN + "/api/antrean/" + cancelled + "/batal", Map.of("keterangan", "Dokter berhalangan"), 200);
        await().atMost(DELIVERY).until(() -> Bpjs.received(cancelled).stream()
                .anyMatch(c -> c.path().endsWith("/antrean/batal") && c.accepted()));
        List<Bpjs.Call> calls = Bpjs.received(cancelled);
        assertTrue(indexOf(calls, "/antrean/add") < indexOf(calls, "/antrean/batal"));
    }

    static JsonPath timeline(String kodebooking) {
        return staffGet(FARMASI + "/api/tasks/" + kodebooking);
    }

    static int indexOf(List<Bpjs.Call> calls, String pathSuffix) {
        for (int i = 0; i < calls.size(); i++) {
            if (calls.get(i).path().endsWith(pathSuffix)) {
                return i;
            }
        }
        return -1;
    }

    static Map<String, Object> task(String kodebooking, int taskid, String jenisresep) {
        Map<String, Object> body = new HashMap<>();
        body.put("kodebooking", kodebooking);
        body.put("taskid", taskid);
        if (jenisresep != null) {
            body.put("jenisresep", jenisresep);
        }
        return body;
    }
}
