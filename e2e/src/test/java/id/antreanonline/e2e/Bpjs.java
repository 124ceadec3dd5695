package id.antreanonline.e2e;

import static io.restassured.RestAssured.given;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.restassured.http.ContentType;

/** What reached "BPJS": the simulator's inspection and fault API. */
final class Bpjs {

    private static final ObjectMapper JSON = new ObjectMapper();

    private Bpjs() {
    }

    /** One call BPJS received, with its body parsed and the trace context it came with (null for none). */
    record Call(long seq, String path, JsonNode body, String code, boolean signatureValid, String traceparent) {

        /** The W3C trace id the call continued; null when it came without one. */
        String traceId() {
            return traceparent == null || traceparent.length() < 35 ? null : traceparent.substring(3, 35);
        }

        String kodebooking() {
            return body == null || !body.has("kodebooking") ? null : body.get("kodebooking").asText();
        }

        int taskid() {
            return body.get("taskid").asInt();
        }

        long waktu() {
            return body.get("waktu").asLong();
        }

        boolean accepted() {
            return "200".equals(code) || "208".equals(code);
        }
    }

    /**
     * The calls that told BPJS something (antrean/add, updatewaktu, batal, farmasi/add), oldest first, of one booking or
     * (null) of all. The reads are left out: vclaim-gateway's hourly reconciliation (minute 30) asks getlisttask for the
     * day's bookings whatever a test is doing, so a test that counts calls would count them only when it crosses that
     * minute.
     */
    static List<Call> received(String kodebooking) {
        List<Map<String, Object>> raw = given().queryParam("path", "/antreanrs/antrean")
                .get(Api.SIMULATOR + "/admin/received").then().statusCode(200).extract().jsonPath().getList("$");
        List<Call> calls = new ArrayList<>();
        for (Map<String, Object> r : raw) {
            JsonNode body;
            try {
                body = r.get("body") == null ? null : JSON.readTree(r.get("body").toString());
            } catch (JsonProcessingException e) {
                body = null;
            }
            Call c = new Call(((Number) r.get("seq")).longValue(), (String) r.get("path"), body,
                    String.valueOf(r.get("code")), Boolean.TRUE.equals(r.get("signatureValid")),
                    (String) r.get("traceparent"));
            if (!c.path().endsWith("/antrean/getlisttask")
                    && (kodebooking == null || kodebooking.equals(c.kodebooking()))) {
                calls.add(c);
            }
        }
        return calls;
    }

    /** The task ids BPJS holds for a booking, in the order it accepted them. */
    static List<Integer> acceptedTasks(String kodebooking) {
        return received(kodebooking).stream().filter(c -> c.path().endsWith("/antrean/updatewaktu"))
                .filter(c -> "200".equals(c.code())).map(Call::taskid).toList();
    }

    static void fault(String mode, long durationSeconds) {
        given().contentType(ContentType.JSON).body(Map.of("mode", mode, "durationSeconds", durationSeconds))
                .post(Api.SIMULATOR + "/admin/faults").then().statusCode(200);
    }

    static void clearFault() {
        given().delete(Api.SIMULATOR + "/admin/faults").then().statusCode(204);
    }
}
