package id.antreanonline.testsupport;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.server.Cancellable;
import org.junit.jupiter.api.Test;

import id.antreanonline.shared.wsrs.WsrsMessages;
import io.restassured.RestAssured;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.SqlConnection;
import jakarta.inject.Inject;

/**
 * What every service with a database must survive (a caller hanging up, a pool with nothing left to lend), written
 * once. A service's test extends it with {@code @QuarkusTest} and names one request that does database work; the
 * test profile sets {@code database.pool.wedged-after} and {@code database.pool.probe-interval} short.
 */
public abstract class PoolContract {

    @Inject
    Pool pool;

    @ConfigProperty(name = "quarkus.datasource.reactive.max-size")
    int poolSize;

    /** A raw HTTP/1.1 request (request line, headers, body) whose handling uses the database. */
    protected abstract String requestThatUsesTheDatabase();

    @Test
    void everyResourceFinishesItsDatabaseWorkWhenTheCallerHangsUp() {
        // Quarkus REST cancels a resource's Uni when the caller goes away; cancelled database work can keep its
        // connection for good (a known Hibernate Reactive bug at our platform), so no resource may be cancellable.
        List<String> cancellable = new ArrayList<>();
        for (Class<?> type : Resources.classes()) {
            Cancellable c = type.getAnnotation(Cancellable.class);
            if (c == null || c.value()) {
                cancellable.add(type.getName());
            }
        }
        assertTrue(cancellable.isEmpty(), "resources without @Cancellable(false): " + cancellable);
    }

    @Test
    void callersHangingUpAtRandomMomentsLeaveNoConnectionBehind() throws Exception {
        ExecutorService callers = Executors.newFixedThreadPool(32);
        try {
            for (int i = 0; i < 300; i++) {
                callers.submit(() -> hangUpAfter(ThreadLocalRandom.current().nextInt(0, 60)));
            }
        } finally {
            callers.shutdown();
            assertTrue(callers.awaitTermination(60, TimeUnit.SECONDS));
        }
        // a leaked connection never comes back (PoolWatch reclaims it only after database.pool.leaked-after, 90 s)
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertEquals(0, lent()));
        given().when().get("/q/health/ready").then().statusCode(200);
    }

    @Test
    void aPoolWithNothingToLendIsNotReadyAtOnceAndNotAliveOnceWedged() {
        String request = requestThatUsesTheDatabase(); // a token it needs is fetched while the pool still lends
        List<SqlConnection> held = new ArrayList<>();
        try {
            for (int i = 0; i < poolSize; i++) {
                held.add(pool.getConnection().await().atMost(Duration.ofSeconds(10)));
            }
            // within the acquire timeout (2 s), where Vert.x alone waits 30 s and Quarkus' own check 10 s; the bound
            // is loose for a loaded test machine, the e2e drill measures the real figure
            long started = System.nanoTime();
            given().when().get("/q/health/ready").then().statusCode(503);
            assertTrue(System.nanoTime() - started < TimeUnit.SECONDS.toNanos(9), "not ready answered quickly");
            started = System.nanoTime();
            String answer = answerTo(request);
            assertTrue(System.nanoTime() - started < TimeUnit.SECONDS.toNanos(9), "a request answered quickly");
            assertTrue(answer.startsWith("HTTP/1.1 503") && answer.toLowerCase().contains("retry-after: ")
                    || answer.startsWith("HTTP/1.1 200") && answer.contains(WsrsMessages.SYSTEM_BUSY),
                    "503 with Retry-After, or the busy envelope under /wsrs: " + answer);
            await().atMost(Duration.ofSeconds(30)).untilAsserted(
                    () -> given().when().get("/q/health/live").then().statusCode(503));
        } finally {
            held.forEach(c -> c.closeAndAwait());
        }
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            given().when().get("/q/health/live").then().statusCode(200);
            given().when().get("/q/health/ready").then().statusCode(200);
        });
    }

    @Test
    void thePoolsLentWaitingAndLeakedCountsAreMetrics() {
        String metrics = given().when().get("/q/metrics").then().statusCode(200).extract().asString();
        for (String name : List.of("sql_pool_active", "sql_pool_queue_size", "db_pool_waits_timed_out_total",
                "db_pool_leaked", "db_pool_leaks_reclaimed_total", "db_pool_wedged_seconds")) {
            assertTrue(metrics.lines().anyMatch(l -> l.startsWith(name)), name + " is published");
        }
    }

    private static String answerTo(String request) {
        try (Socket socket = new Socket("127.0.0.1", RestAssured.port)) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.replaceFirst("\r\n", "\r\nConnection: close\r\n").getBytes(StandardCharsets.UTF_8));
            out.flush();
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "no answer: " + e.getClass().getSimpleName();
        }
    }

    private void hangUpAfter(int millis) {
        try (Socket socket = new Socket("127.0.0.1", RestAssured.port)) {
            OutputStream out = socket.getOutputStream();
            out.write(requestThatUsesTheDatabase().getBytes(StandardCharsets.UTF_8));
            out.flush();
            Thread.sleep(millis);
            socket.setSoLinger(true, 0); // a reset, as a caller that gives up does
        } catch (IOException | InterruptedException e) {
            // the server may already have answered and closed: fine
        }
    }

    /** Connections the pool has lent right now (Vert.x's own gauge). */
    private static double lent() {
        String metrics = given().when().get("/q/metrics").then().statusCode(200).extract().asString();
        return metrics.lines().filter(l -> l.startsWith("sql_pool_active"))
                .mapToDouble(l -> Double.parseDouble(l.substring(l.lastIndexOf(' ') + 1))).sum();
    }

    /** A POST with a JSON body, as raw HTTP/1.1. */
    protected static String post(String path, String json, String... headers) {
        StringBuilder request = new StringBuilder("POST ").append(path).append(" HTTP/1.1\r\nHost: localhost\r\n")
                .append("Content-Type: application/json\r\n");
        for (String header : headers) {
            request.append(header).append("\r\n");
        }
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        return request.append("Content-Length: ").append(body.length).append("\r\n\r\n").append(json).toString();
    }

    /** A GET, as raw HTTP/1.1. */
    protected static String get(String path, String... headers) {
        StringBuilder request = new StringBuilder("GET ").append(path).append(" HTTP/1.1\r\nHost: localhost\r\n");
        for (String header : headers) {
            request.append(header).append("\r\n");
        }
        return request.append("\r\n").toString();
    }

}
