package id.antreanonline.gateway.benchmark;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
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
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
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
    private static final int WARM_UP_SECONDS = Integer.getInteger("bench.warm-up-seconds", 60);
    private static final int BACKLOG_BOOKINGS = Integer.getInteger("bench.backlog-bookings", 2000);

    @Test
    void latencyAtASteadyRateAndBacklogDrain() throws Exception {
        String run = String.valueOf(System.currentTimeMillis() % 100000);
        // every booking BPJS must know is registered first, so nothing else runs beside a phase that is measured
        // the warm-up sends tasks 3 to 7 of each of its bookings, a booking's next task long after the one before
        int warmUpBookings = Math.max(1, STEADY_RATE * WARM_UP_SECONDS / 5);
        registerMobileJkn("WRM" + run, warmUpBookings);
        registerMobileJkn("LAT" + run, STEADY_TASKS);
        registerMobileJkn("BLG" + run, BACKLOG_BOOKINGS);
        // the consumer group forms and the JIT compiles the paths before anything is measured, as in a gateway that
        // has run for a while: after a warm-up of 1,000 tasks the compiler threads took a third of the machine during
        // the measured run (this JVM holds the broker too, and on 2 cores it has one optimising compiler thread)
        latency("WRM" + run, warmUpBookings, 5, false);
        latency("LAT" + run, STEADY_TASKS, 1, true);
        backlog("BLG" + run);
    }

    /** Tasks 3 to 2 + {@code tasksEach} of bookings {@code prefix-0..n-1}, task by task, at the steady rate. */
    private void latency(String prefix, int n, int tasksEach, boolean report) throws Exception {
        List<String> bookings = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            bookings.add(prefix + "-" + i);
        }
        int tasks = n * tasksEach;
        given().delete(Simulator.admin() + "/received");
        Map<String, Long> publishedAt = new ConcurrentHashMap<>();
        List<Future<RecordMetadata>> acks = new ArrayList<>();
        long interval = 1_000_000_000L / STEADY_RATE;
        CpuUse cpu = CpuUse.now();
        LocalTime from = LocalTime.now();
        long start = System.nanoTime();
        long waktu = Simulator.today().atTime(LocalTime.of(0, 1)).atZone(Wib.ZONE).toInstant().toEpochMilli();
        for (int i = 0; i < tasks; i++) {
            // parked, not spinning: a spinning generator would take one of the machine's two cores
            for (long wait = start + i * interval - System.nanoTime(); wait > 0;
                    wait = start + i * interval - System.nanoTime()) {
                LockSupport.parkNanos(wait);
            }
            String kb = bookings.get(i % n);
            int taskid = 3 + i / n;
            long at = waktu + taskid * 60_000L + i;
            publishedAt.put(kb, System.currentTimeMillis());
            acks.add(Simulator.publishWithoutWaiting(Topics.TASKS, kb, new TaskEvent(UUID.randomUUID().toString(),
                    TaskEvent.Kind.TASK, kb, BookingSource.MOBILE_JKN, taskid, at, null, null, null, at)));
        }
        long publishedIn = (System.nanoTime() - start) / 1_000_000;
        CpuUse used = CpuUse.now().minus(cpu);
        LocalTime to = LocalTime.now();
        awaitAcknowledged(acks);
        // the gateway's own count: reading back every call from the simulator while the last ones arrive would load
        // the machine being measured
        await().atMost(Duration.ofMinutes(5)).pollInterval(Duration.ofMillis(500))
                .until(() -> count(prefix, "DELIVERED") >= tasks);
        if (!report) {
            return;
        }
        System.out.printf("BENCHMARK steady phase from %s to %s (local time)%n", from, to);
        System.out.printf("BENCHMARK CPU while publishing: the machine %.0f%% of %d cores, of which this JVM (broker, "
                + "gateway, generator) %.0f%%, the rest (PostgreSQL, simulator) %.0f%%; %.2f ms of CPU per task%n",
                used.machinePercent(publishedIn), Runtime.getRuntime().availableProcessors(),
                used.jvmPercent(publishedIn), used.machinePercent(publishedIn) - used.jvmPercent(publishedIn),
                used.machineMillis() / tasks);
        List<Map<String, Object>> calls = received(prefix);
        List<Long> latencies = new ArrayList<>();
        for (Map<String, Object> call : calls) {
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
        for (Map<String, Object> call : calls) {
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

    private void backlog(String prefix) throws Exception {
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

    /**
     * CPU time used so far by the whole machine (all cores, from /proc/stat; 0 where there is none) and by this JVM.
     */
    private record CpuUse(double machineMillis, double jvmMillis) {

        static CpuUse now() {
            double machine = 0;
            try {
                // cpu  user nice system idle iowait irq softirq steal ... in clock ticks (USER_HZ, 100 on Linux)
                String[] f = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
                for (int i : new int[] { 1, 2, 3, 6, 7, 8 }) {
                    machine += Long.parseLong(f[i]) * 10.0;
                }
            } catch (Exception e) {
                // not Linux: the machine's share is not reported
            }
            var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
            return new CpuUse(machine, os.getProcessCpuTime() / 1e6);
        }

        CpuUse minus(CpuUse before) {
            return new CpuUse(machineMillis - before.machineMillis, jvmMillis - before.jvmMillis);
        }

        double machinePercent(long overMillis) {
            return 100.0 * machineMillis / overMillis;
        }

        double jvmPercent(long overMillis) {
            return 100.0 * jvmMillis / overMillis;
        }
    }

    /** Bookings {@code prefix-0} to {@code prefix-(n-1)}, registered a few at a time. */
    private static void registerMobileJkn(String prefix, int n) throws Exception {
        ExecutorService registering = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                String kodebooking = prefix + "-" + i;
                done.add(registering.submit(() -> Simulator.registerMobileJkn(kodebooking, false)));
            }
            for (Future<?> f : done) {
                f.get(1, TimeUnit.MINUTES);
            }
        } finally {
            registering.shutdown();
        }
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
