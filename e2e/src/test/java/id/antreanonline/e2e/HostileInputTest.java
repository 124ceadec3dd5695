package id.antreanonline.e2e;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.restassured.response.Response;

/**
 * Every WS RS endpoint receives malformed and hostile requests; every answer must be the BPJS envelope with HTTP 200,
 * never a 5xx or a stack trace, and nothing may change.
 */
@ExtendWith(Stack.class)
class HostileInputTest {

    static final Map<String, String> ENDPOINTS = Map.ofEntries(
            Map.entry("statusantrean", Api.ANTREAN), Map.entry("ambilantrean", Api.ANTREAN),
            Map.entry("sisaantrean", Api.ANTREAN), Map.entry("batalantrean", Api.ANTREAN),
            Map.entry("checkin", Api.ANTREAN), Map.entry("jadwaloperasirs", Api.ANTREAN),
            Map.entry("jadwaloperasipasien", Api.ANTREAN), Map.entry("pasienbaru", Api.PASIEN),
            Map.entry("ambilantreanfarmasi", Api.FARMASI), Map.entry("statusantreanfarmasi", Api.FARMASI));

    static final java.util.Set<String> CHANGES_DATA = java.util.Set.of("ambilantrean", "batalantrean", "checkin",
            "pasienbaru", "ambilantreanfarmasi");

    static final String[] FIELDS = { "kodepoli", "kodedokter", "tanggalperiksa", "jampraktek", "nomorkartu", "nik",
            "kodebooking", "waktu", "keterangan", "nohp", "jeniskunjungan", "nomorreferensi", "nama", "tanggallahir",
            "tanggalawal", "tanggalakhir", "nopeserta" };

    static final String[] VALUES = { "null", "true", "-1", "1e309", "99999999999999999999999", "\"\"", "[]", "{}",
            "\"' OR 1=1 --\"", "\"'; DROP TABLE booking; --\"", "\"\\u0000\"", "\"𝔘𝔫𝔦𝔠𝔬𝔡𝔢 ☃ \\ud800\"",
            "\"2024-02-30\"", "\"9999-99-99\"", "\"ANA\"", "\"<script>alert(1)</script>\"", "\"%s%n%x\"",
            "\"" + "A".repeat(5000) + "\"" };

    static final String[] BROKEN = { "", "{", "}", "[", "null", "[]", "\"text\"", "{\"a\":", "{'kodepoli':'ANA'}",
            "<xml/>", "{\"kodepoli\":\"ANA\",}", "\u0000\u0001\u0002" };

    @Test
    void everyAnswerIsAnEnvelopeAndNothingChanges() {
        int before = Bpjs.received(null).size();
        Random random = new Random(20261122);
        int sent = 0;
        List<String> failures = new ArrayList<>();
        String token = Api.wsrsToken();
        for (Map.Entry<String, String> endpoint : ENDPOINTS.entrySet()) {
            for (int i = 0; i < 300; i++) {
                String body = hostileBody(random, i);
                var request = given().header("Content-Type", i % 7 == 0 ? "text/plain" : "application/json")
                        .body(body);
                switch (i % 5) {
                    case 0 -> request.header("x-token", "forged." + random.nextInt()).header("x-username", "mobilejkn");
                    case 1 -> request.header("x-username", "mobilejkn");
                    case 2 -> request.header("x-token", token).header("x-username", "someone-else");
                    default -> request.header("x-token", token).header("x-username", "mobilejkn");
                }
                Response r = request.post(endpoint.getValue() + "/wsrs/" + endpoint.getKey());
                sent++;
                String text = r.asString();
                boolean envelope = r.statusCode() == 200 && text.contains("\"metadata\"") && !text.contains("Exception")
                        && !text.contains("\tat ");
                Integer code = envelope ? r.jsonPath().getInt("metadata.code") : null;
                // a read-only call may answer 200 to a well-formed guess; a call that changes data must refuse
                if (!envelope || code == null || (code == 200 && CHANGES_DATA.contains(endpoint.getKey()))) {
                    failures.add(endpoint.getKey() + " <- " + abbreviate(body) + " -> " + r.statusCode() + " "
                            + abbreviate(text));
                }
            }
        }
        System.out.printf("hostile input: %d requests, %d not answered with a refusal envelope%n", sent,
                failures.size());
        assertTrue(failures.isEmpty(), String.join("\n", failures.subList(0, Math.min(20, failures.size()))));
        assertEquals(before, Bpjs.received(null).size(), "nothing reached BPJS");
    }

    private static String hostileBody(Random random, int i) {
        if (i % 4 == 0) {
            return BROKEN[random.nextInt(BROKEN.length)];
        }
        if (i % 50 == 1) {
            return "{\"kodepoli\":\"" + "x".repeat(2_000_000) + "\"}";
        }
        StringBuilder sb = new StringBuilder("{");
        int n = 1 + random.nextInt(6);
        for (int f = 0; f < n; f++) {
            if (f > 0) {
                sb.append(',');
            }
            sb.append('"').append(FIELDS[random.nextInt(FIELDS.length)]).append("\":")
                    .append(VALUES[random.nextInt(VALUES.length)]);
        }
        return sb.append('}').toString();
    }

    private static String abbreviate(String s) {
        return s.length() > 160 ? s.substring(0, 160) + "..." : s;
    }
}
