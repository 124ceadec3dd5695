package id.antreanonline.e2e;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.restassured.RestAssured;

/**
 * Callers that hang up: Mobile JKN's servers close the connection when the hospital is slow, and a load tool stops
 * with requests in flight. Raw sockets against the real stack, each caller resetting its connection at a random
 * moment (before, during or after the database work). Afterwards every service must be ready and answering normally
 * at once, with no connection left lent and no session left idle inside a transaction.
 */
@ExtendWith(Stack.class)
class HangUpDrillTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Map<String, Integer> PORTS = Map.of("antrean-service", 8081, "pasien-service", 8082,
            "farmasi-task-service", 8083, "vclaim-gateway", 8084);
    private static Map<String, Object> schedule;
    private static LocalDate tomorrow;

    @BeforeAll
    static void aScheduleToAskAbout() {
        tomorrow = Api.today().plusDays(1);
        schedule = Api.syncSchedule("ANA", tomorrow);
    }

    @Test
    void burstsOfCallersHangingUpWedgeNoService() throws Exception {
        Map<String, AtomicInteger> sent = new ConcurrentHashMap<>();
        ExecutorService callers = Executors.newFixedThreadPool(64);
        try {
            for (int i = 0; i < 1200; i++) {
                List<Supplier<String>> kinds = requests();
                int kind = i % kinds.size();
                callers.submit(() -> {
                    String request = kinds.get(kind).get();
                    hangUp(request, ThreadLocalRandom.current().nextInt(0, 120));
                    sent.computeIfAbsent(service(request), k -> new AtomicInteger()).incrementAndGet();
                });
            }
        } finally {
            callers.shutdown();
            assertTrue(callers.awaitTermination(5, TimeUnit.MINUTES));
        }
        for (Map.Entry<String, Integer> service : PORTS.entrySet()) {
            long started = System.nanoTime();
            // ready within 2 s of the last caller hanging up, then a normal answer within 2 s
            await().atMost(Duration.ofSeconds(2)).pollInterval(Duration.ofMillis(100))
                    .until(() -> status(service.getValue(), "GET /q/health/ready HTTP/1.1\r\nHost: x\r\n\r\n") == 200);
            long ready = System.nanoTime();
            int normal = status(service.getValue(), normalRequest(service.getKey()));
            long answered = System.nanoTime();
            assertEquals(200, normal, service.getKey() + " answers normally");
            assertTrue(answered - ready < TimeUnit.SECONDS.toNanos(2), service.getKey() + " answers within 2 s");
            System.out.printf("hang-up burst: %s ready after %d ms, normal answer in %d ms (%d callers hung up)%n",
                    service.getKey(), (ready - started) / 1_000_000, (answered - ready) / 1_000_000,
                    sent.getOrDefault(service.getKey(), new AtomicInteger()).get());
        }
        assertNothingLeftBehind();
    }

    @Test
    void aMinuteAtSixtyFourCallersWithOneInTenHangingUpLeavesNothingBehind() throws Exception {
        AtomicInteger answered = new AtomicInteger();
        AtomicInteger hungUp = new AtomicInteger();
        AtomicInteger unavailable = new AtomicInteger();
        List<String> serverErrors = java.util.Collections.synchronizedList(new ArrayList<>());
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        ExecutorService callers = Executors.newFixedThreadPool(64);
        List<Supplier<String>> kinds = requests();
        for (int c = 0; c < 64; c++) {
            callers.submit(() -> {
                ThreadLocalRandom random = ThreadLocalRandom.current();
                while (System.nanoTime() < end) {
                    String request = kinds.get(random.nextInt(kinds.size())).get();
                    if (random.nextInt(10) == 0) {
                        hangUp(request, random.nextInt(0, 120));
                        hungUp.incrementAndGet();
                        continue;
                    }
                    int status = status(portOf(request), request);
                    answered.incrementAndGet();
                    if (status == 503) {
                        unavailable.incrementAndGet();
                    } else if (status >= 500 || status < 0) {
                        serverErrors.add(service(request) + " " + status);
                    }
                }
                return null;
            });
        }
        callers.shutdown();
        assertTrue(callers.awaitTermination(3, TimeUnit.MINUTES));
        System.out.printf("hang-up load: 64 callers for 60 s, %d answered (%d of them 503), %d hung up, %d other "
                + "5xx or no answer%n", answered.get(), unavailable.get(), hungUp.get(), serverErrors.size());
        assertTrue(serverErrors.isEmpty(), "5xx other than 503, or no answer: " + serverErrors.subList(0,
                Math.min(10, serverErrors.size())));
        assertNothingLeftBehind();
    }

    /** No service keeps a connection lent, and PostgreSQL has no session idle inside a transaction. */
    private static void assertNothingLeftBehind() throws SQLException {
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            for (Map.Entry<String, Integer> service : PORTS.entrySet()) {
                assertEquals(0.0, lent(service.getValue()), service.getKey() + " has connections lent");
            }
        });
        try (Connection c = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:55432/postgres", "postgres", "");
                Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("select count(*) from pg_stat_activity "
                        + "where state like 'idle in transaction%' and state_change < now() - interval '1 second'")) {
            rs.next();
            assertEquals(0, rs.getInt(1), "sessions idle in a transaction");
        }
        System.out.println("hang-up drill: 0 connections lent, 0 sessions idle in a transaction");
    }

    /** The kinds of request the callers send: reads and writes of every service, each with database work. */
    private static List<Supplier<String>> requests() {
        String token = Api.wsrsToken();
        String staff = Api.staffToken();
        return List.of(
                () -> post(8081, "/wsrs/statusantrean", Map.of("kodepoli", schedule.get("kodepoli"), "kodedokter",
                        schedule.get("kodedokter"), "tanggalperiksa", tomorrow.toString(), "jampraktek",
                        schedule.get("jampraktek")), "x-token: " + token, "x-username: mobilejkn"),
                // an unknown patient: the schedule is read and the patient looked up, then 202
                () -> post(8081, "/wsrs/ambilantrean", Api.Person.fresh().booking(schedule, tomorrow),
                        "x-token: " + token, "x-username: mobilejkn"),
                () -> post(8082, "/wsrs/pasienbaru", Api.Person.fresh().pasienbaru(), "x-token: " + token,
                        "x-username: mobilejkn"),
                () -> post(8083, "/wsrs/statusantreanfarmasi", Map.of("kodebooking", "HANGUP" + Api.digits(6)),
                        "x-token: " + token, "x-username: mobilejkn"),
                () -> "GET /api/display/poli/ANA HTTP/1.1\r\nHost: x\r\nX-Port: 8083\r\n\r\n",
                () -> "GET /bpjs/deliveries?status=PARKED HTTP/1.1\r\nHost: x\r\nX-Port: 8084\r\n"
                        + "Authorization: Bearer " + staff + "\r\n\r\n");
    }

    private static String normalRequest(String service) {
        return switch (service) {
            case "antrean-service" -> requests().get(0).get();
            case "pasien-service" -> requests().get(2).get();
            case "farmasi-task-service" -> requests().get(4).get();
            default -> requests().get(5).get();
        };
    }

    private static String post(int port, String path, Object body, String... headers) {
        try {
            byte[] json = JSON.writeValueAsBytes(body);
            StringBuilder r = new StringBuilder("POST ").append(path).append(" HTTP/1.1\r\nHost: x\r\nX-Port: ")
                    .append(port).append("\r\nContent-Type: application/json\r\nContent-Length: ").append(json.length)
                    .append("\r\n");
            for (String h : headers) {
                r.append(h).append("\r\n");
            }
            return r.append("\r\n").append(new String(json, StandardCharsets.UTF_8)).toString();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static int portOf(String request) {
        int at = request.indexOf("X-Port: ") + 8;
        return Integer.parseInt(request.substring(at, at + 4));
    }

    private static String service(String request) {
        int port = portOf(request);
        return PORTS.entrySet().stream().filter(e -> e.getValue() == port).findFirst().orElseThrow().getKey();
    }

    /** Sends the request and resets the connection after {@code millis}, whatever the server is doing then. */
    private static void hangUp(String request, int millis) {
        try (Socket socket = new Socket("127.0.0.1", portOf(request))) {
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.UTF_8));
            out.flush();
            Thread.sleep(millis);
            socket.setSoLinger(true, 0);
        } catch (IOException e) {
            // the server answered and closed first: fine
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Sends the request, reads the whole answer, returns its status (-1: none within 30 s). */
    private static int status(int port, String request) {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(30_000);
            socket.getOutputStream().write((request.contains("Connection:") ? request
                    : request.replaceFirst("\r\n", "\r\nConnection: close\r\n")).getBytes(StandardCharsets.UTF_8));
            InputStream in = socket.getInputStream();
            String head = new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
            return head.startsWith("HTTP/1.1 ") ? Integer.parseInt(head.substring(9, 12)) : -1;
        } catch (SocketTimeoutException e) {
            return -1;
        } catch (IOException e) {
            return -1;
        }
    }

    private static double lent(int port) {
        String metrics = RestAssured.given().get("http://localhost:" + port + "/q/metrics").asString();
        return metrics.lines().filter(l -> l.startsWith("sql_pool_active"))
                .mapToDouble(l -> Double.parseDouble(l.substring(l.lastIndexOf(' ') + 1))).sum();
    }
}
