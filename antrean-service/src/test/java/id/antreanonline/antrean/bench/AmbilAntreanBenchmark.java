package id.antreanonline.antrean.bench;

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
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import id.antreanonline.antrean.Fixtures;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Not a test (surefire does not pick up *Benchmark): drives ambilantrean at increasing concurrency and prints
 * throughput and median/p99 latency. See docs/performance.md for how to run it against a durable PostgreSQL and how to
 * compare it with pgbench.
 */
@QuarkusTest
class AmbilAntreanBenchmark {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TestHTTPResource("/wsrs/ambilantrean")
    URL ambilantrean;

    @Test
    void ambilAntreanThroughput() throws Exception {
        int requests = Integer.getInteger("bench.requests", 1000);
        String[] levels = System.getProperty("bench.concurrency", "1,4,16,64").split(",");
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        String token = Fixtures.wsrsToken();
        StringBuilder report = new StringBuilder(
                "| concurrency | requests | numbers given | throughput (req/s) | p50 (ms) | p99 (ms) |\n"
                        + "| ---: | ---: | ---: | ---: | ---: | ---: |\n");
        for (String level : levels) {
            int concurrency = Integer.parseInt(level.trim());
            // one schedule per level (its row lock is the point of contention), each booking a distinct patient
            String kodepoli = poli();
            String kodedokter = doctor();
            LocalDate tomorrow = today().plusDays(1);
            schedule(kodepoli, kodedokter, tomorrow, "07:00-23:00", requests, 0);
            List<String> bodies = new ArrayList<>();
            for (int i = 0; i < requests; i++) {
                bodies.add(JSON.writeValueAsString(ambil(patient(true), kodepoli, kodedokter, tomorrow,
                        "07:00-23:00")));
            }
            Semaphore permits = new Semaphore(concurrency);
            ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
            AtomicInteger booked = new AtomicInteger();
            List<CompletableFuture<?>> all = new ArrayList<>();
            long start = System.nanoTime();
            for (String body : bodies) {
                permits.acquire();
                long sent = System.nanoTime();
                all.add(client.sendAsync(HttpRequest.newBuilder(URI.create(ambilantrean.toString()))
                        .header("Content-Type", "application/json").header("x-token", token)
                        .header("x-username", Fixtures.WSRS_USER).POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(), HttpResponse.BodyHandlers.ofString())
                        .whenComplete((response, failure) -> {
                            latencies.add(System.nanoTime() - sent);
                            permits.release();
                        }).thenAccept(response -> {
                            assertEquals(200, response.statusCode());
                            if (code(response.body()) == 200) {
                                booked.incrementAndGet();
                            }
                        }));
            }
            CompletableFuture.allOf(all.toArray(CompletableFuture[]::new)).get();
            double seconds = (System.nanoTime() - start) / 1e9;
            List<Long> sorted = new ArrayList<>(latencies);
            Collections.sort(sorted);
            // a refusal is quick and would flatter the figures: every request must have been given a number
            assertEquals(requests, booked.get(), "bookings given a number at concurrency " + concurrency);
            report.append(String.format("| %d | %d | %d | %.0f | %.1f | %.1f |%n", concurrency, requests,
                    booked.get(), requests / seconds, sorted.get(sorted.size() / 2) / 1e6,
                    sorted.get((int) Math.min(sorted.size() - 1, Math.ceil(sorted.size() * 0.99) - 1)) / 1e6));
        }
        System.out.println(report);
        Files.writeString(Path.of("target", "ambilantrean-benchmark.md"), report.toString());
    }

    private static int code(String envelope) {
        try {
            return JSON.readTree(envelope).path("metadata").path("code").asInt();
        } catch (Exception e) {
            return -1;
        }
    }
}
