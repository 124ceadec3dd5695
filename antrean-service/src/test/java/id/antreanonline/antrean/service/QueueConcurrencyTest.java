package id.antreanonline.antrean.service;

import static id.antreanonline.antrean.Fixtures.ambil;
import static id.antreanonline.antrean.Fixtures.doctor;
import static id.antreanonline.antrean.Fixtures.patient;
import static id.antreanonline.antrean.Fixtures.poli;
import static id.antreanonline.antrean.Fixtures.schedule;
import static id.antreanonline.antrean.Fixtures.today;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import id.antreanonline.antrean.Fixtures;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/** Many patients at once for the last places of a schedule: never oversold, every number once and in a row. */
@QuarkusTest
class QueueConcurrencyTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TestHTTPResource("/wsrs/ambilantrean")
    URL ambilantrean;

    @Test
    void simultaneousBookingsGetExactlyTheQuotaWithContiguousNumbers() throws Exception {
        String kodepoli = poli();
        String kodedokter = doctor();
        LocalDate tomorrow = today().plusDays(1);
        long scheduleId = schedule(kodepoli, kodedokter, tomorrow, "08:00-14:00", 40, 0);
        int attempts = 120;
        List<String> bodies = new ArrayList<>();
        for (int i = 0; i < attempts; i++) {
            bodies.add(JSON.writeValueAsString(ambil(patient(true), kodepoli, kodedokter, tomorrow, "08:00-14:00")));
        }
        String token = Fixtures.wsrsToken();
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10)).build(); // a connection per request: HTTP/2 caps streams at 100

        List<CompletableFuture<HttpResponse<String>>> answers = bodies.stream()
                .map(body -> client.sendAsync(HttpRequest.newBuilder(URI.create(ambilantrean.toString()))
                        .timeout(Duration.ofSeconds(60))
                        .header("Content-Type", "application/json").header("x-token", token)
                        .header("x-username", Fixtures.WSRS_USER)
                        .POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                        HttpResponse.BodyHandlers.ofString()))
                .toList();

        List<Integer> numbers = new ArrayList<>();
        int full = 0;
        for (CompletableFuture<HttpResponse<String>> answer : answers) {
            HttpResponse<String> response = answer.get();
            assertEquals(200, response.statusCode());
            JsonNode envelope = JSON.readTree(response.body());
            int code = envelope.path("metadata").path("code").asInt();
            if (code == 200) {
                numbers.add(envelope.path("response").path("angkaantrean").asInt());
            } else {
                assertEquals(Messages.JKN_QUOTA_FULL, envelope.path("metadata").path("message").asText(),
                        response.body());
                full++;
            }
        }
        assertEquals(40, numbers.size());
        assertEquals(attempts - 40, full);
        assertEquals(IntStream.rangeClosed(1, 40).boxed().toList(), numbers.stream().sorted().toList());
        assertEquals(40L, ((Number) Fixtures.column("select count(*) from booking where schedule_id = ?", scheduleId)
                .get(0)).longValue());
    }
}
