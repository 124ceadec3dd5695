package id.antreanonline.gateway.benchmark;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

import org.apache.kafka.clients.producer.RecordMetadata;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import id.antreanonline.gateway.Simulator;
import id.antreanonline.shared.Wib;
import id.antreanonline.shared.event.BookingSource;
import id.antreanonline.shared.event.TaskEvent;
import id.antreanonline.shared.event.Topics;
import id.antreanonline.testsupport.PostgresTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Not a test: measures, against the real Kafka, PostgreSQL and simulator of the test resources, (1) the latency from
 * a task on Kafka to its arrival at the simulator at a steady rate, (2) how fast a backlog of queued tasks drains
 * after an outage. Run with the benchmark profile (see docs/performance.md); prints its figures.
 */
@QuarkusTest
@Tag("benchmark")
class DeliveryBenchmark {

    private static final int STEADY_TASKS = Integer.getInteger("bench.steady", 5000);
    private static final int STEADY_RATE = Integer.getInteger("bench.rate", 500);
    private static final int WARM_UP_TASKS = Integer.getInteger("bench.warm-up", 1000);
    private static final int BACKLOG_BOOKINGS = Integer.getInteger("bench.backlog-bookings", 2000);

    @Test
    void latencyAtASteadyRateAndBacklogDrain() throws Exception {
        // the consumer group forms and the code paths warm up before anything is measured
        latency("WRM", WARM_UP_TASKS, false);
        latency("LAT", STEADY_TASKS, true);
        backlog();
    }

    private void latency(String kind, int tasks, boolean report) throws Exception {
        String prefix = kind + System.currentTimeMillis() % 100000;
        List<String> bookings = new ArrayList<>();
        for (int i = 0; i < tasks; i++) {
            bookings.add(prefix + "-" + i);
            Simulator.registerMobileJkn(prefix + "-" + i, false);
        }
        given().delete(Simulator.admin() + "/received");
        Map<String, Long> publishedAt = new ConcurrentHashMap<>();
        List<Future<RecordMetadata>> acks = new ArrayList<>();
        long interval = 1_000_000_000L / STEADY_RATE;
        long start = System.nanoTime();
        long waktu = Simulator.today().atTime(LocalTime.of(0, 1)).atZone(Wib.ZONE).toInstant().toEpochMilli();
        for (int i = 0; i < tasks; i++) {
            // parked, not spinning: a spinning generator would take one of the machine's two cores
            for (long wait = start + i * interval - System.nanoTime(); wait > 0;
                    wait = start + i * interval - System.nanoTime()) {
                LockSupport.parkNanos(wait);
            }
            String kb = bookings.get(i);
            publishedAt.put(kb, System.currentTimeMillis());
            acks.add(Simulator.publishWithoutWaiting(Topics.TASKS, kb, new TaskEvent(UUID.randomUUID().toString(),
                    TaskEvent.Kind.TASK, kb, BookingSource.MOBILE_JKN, 3, waktu + i, null, null, null, waktu + i)));
        }
        long publishedIn = (System.nanoTime() - start) / 1_000_000;
        awaitAcknowledged(acks);
        await().atMost(Duration.ofMinutes(5)).until(() -> received(prefix).size() >= tasks);
        if (!report) {
            return;
        }
        List<Long> latencies = new ArrayList<>();
        for (Map<String, Object> call : received(prefix)) {
            Long sent = publishedAt.get(kodebookingOf(call));
            if (sent != null) {
                latencies.add(((Number) call.get("at")).longValue() - sent);
            }
        }
        latencies.sort(Long::compare);
        System.out.printf("BENCHMARK latency Kafka->simulator: %d tasks at %d/s (published in %d ms): median %d ms, "
                + "p90 %d ms, p99 %d ms, max %d ms%n", latencies.size(), STEADY_RATE, publishedIn,
                percentile(latencies, 50), percentile(latencies, 90), percentile(latencies, 99),
                latencies.get(latencies.size() - 1));
        // where the time went: Kafka and intake (published -> stored), the sender (stored -> arrived)
        Map<String, Long> storedAt = storedAt(prefix);
        List<Long> intake = new ArrayList<>();
        List<Long> sending = new ArrayList<>();
        for (Map<String, Object> call : received(prefix)) {
            String kb = kodebookingOf(call);
            Long sent = publishedAt.get(kb);
            Long stored = storedAt.get(kb);
            if (sent != null && stored != null) {
                intake.add(stored - sent);
                sending.add(((Number) call.get("at")).longValue() - stored);
            }
        }
        intake.sort(Long::compare);
        sending.sort(Long::compare);
        System.out.printf("BENCHMARK of which published->stored: median %d, p90 %d, p99 %d ms; stored->arrived: "
                + "median %d, p90 %d, p99 %d ms%n", percentile(intake, 50), percentile(intake, 90),
                percentile(intake, 99), percentile(sending, 50), percentile(sending, 90), percentile(sending, 99));
    }

    private void backlog() throws Exception {
        String prefix = "BLG" + System.currentTimeMillis() % 100000;
        for (int i = 0; i < BACKLOG_BOOKINGS; i++) {
            Simulator.registerMobileJkn(prefix + "-" + i, false);
        }
        Simulator.fault("DOWN", 0, 0);
        long base = Simulator.today().atTime(LocalTime.of(1, 0)).atZone(Wib.ZONE).toInstant().toEpochMilli();
        int total = BACKLOG_BOOKINGS * 5;
        List<Future<RecordMetadata>> acks = new ArrayList<>();
        for (int task = 3; task <= 7; task++) {
            for (int i = 0; i < BACKLOG_BOOKINGS; i++) {
                String kb = prefix + "-" + i;
                long waktu = base + task * 60_000L + i;
                acks.add(Simulator.publishWithoutWaiting(Topics.TASKS, kb, new TaskEvent(UUID.randomUUID().toString(),
                        TaskEvent.Kind.TASK, kb, BookingSource.MOBILE_JKN, task, waktu, null, null, null, waktu)));
            }
        }
        awaitAcknowledged(acks);
        await().atMost(Duration.ofMinutes(10)).until(() -> count(prefix, null) >= total);
        long drainStart = System.currentTimeMillis();
        Simulator.clearFaults();
        await().atMost(Duration.ofMinutes(30)).pollInterval(Duration.ofMillis(500))
                .until(() -> count(prefix, "DELIVERED") >= total);
        long millis = System.currentTimeMillis() - drainStart;
        Map<String, Long> parked = new HashMap<>();
        parked.put("parked", count(prefix, "PARKED"));
        System.out.printf("BENCHMARK backlog drain: %d queued tasks (%d bookings x tasks 3-7) delivered in %d ms "
                + "after the outage ended (%.0f tasks/s), %s%n", total, BACKLOG_BOOKINGS, millis,
                total * 1000.0 / millis, parked);
    }

    private static long percentile(List<Long> sorted, int percent) {
        return sorted.get((int) Math.ceil(sorted.size() * percent / 100.0) - 1);
    }

    private static void awaitAcknowledged(List<Future<RecordMetadata>> acks) throws Exception {
        for (Future<RecordMetadata> ack : acks) {
            ack.get(30, TimeUnit.SECONDS);
        }
    }

    private static List<Map<String, Object>> received(String prefix) {
        return given().queryParam("path", "/antreanrs/antrean/updatewaktu").get(Simulator.admin() + "/received")
                .jsonPath().<Map<String, Object>>getList("$").stream()
                .filter(c -> String.valueOf(c.get("body")).contains(prefix)).toList();
    }

    private static String kodebookingOf(Map<String, Object> call) {
        return String.valueOf(call.get("body")).replaceAll(".*\"kodebooking\"\\s*:\\s*\"([^\"]+)\".*", "$1");
    }

    /** When the intake stored each booking's delivery (its clock, before the commit). */
    private static Map<String, Long> storedAt(String prefix) throws Exception {
        Map<String, Long> at = new HashMap<>();
        try (Connection c = PostgresTestResource.connect("gateway"); Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("select kodebooking, (extract(epoch from created_at) * 1000)::bigint "
                        + "from delivery where kodebooking like '" + prefix + "-%'")) {
            while (rs.next()) {
                at.put(rs.getString(1), rs.getLong(2));
            }
        }
        return at;
    }

    private static long count(String prefix, String status) throws Exception {
        try (Connection c = PostgresTestResource.connect("gateway"); Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("select count(*) from delivery where kodebooking like '" + prefix
                        + "-%'" + (status == null ? "" : " and status = '" + status + "'"))) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
