package id.antreanonline.testsupport;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;

/**
 * A SIMRS's webhook receiver for tests: a Vert.x HTTP server on a free port of 127.0.0.1 that keeps every request in
 * arrival order and answers 200, or what a test tells it (an outage: {@link #answerAll(int)} or {@link #down()}; a
 * refusal of one event: {@link #refuse(String, int)}). One per JVM, like the simulator. Gives {@code simrs.webhook.url}
 * and {@code simrs.webhook.secret} ({@link #SECRET}).
 */
public class SimrsWebhookReceiver implements QuarkusTestResourceLifecycleManager {

    public static final String SECRET = "test-simrs-webhook-secret";

    /** One request as the SIMRS got it, and the status it answered. */
    public record Received(String eventId, String eventType, String timestamp, String signature, String body,
            int answered) {

        public boolean accepted() {
            return answered >= 200 && answered < 300;
        }

        /** What a SIMRS does first: HMAC-SHA256 of "{timestamp}.{body}" with its secret, compared in constant time. */
        public boolean signedWith(String secret) {
            try {
                Mac mac = Mac.getInstance("HmacSHA256");
                mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
                String expected = "sha256=" + HexFormat.of()
                        .formatHex(mac.doFinal((timestamp + "." + body).getBytes(StandardCharsets.UTF_8)));
                return signature != null && MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8),
                        signature.getBytes(StandardCharsets.UTF_8));
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    private static final List<Received> RECEIVED = new ArrayList<>();
    private static final Map<String, Integer> REFUSED = new ConcurrentHashMap<>();
    private static volatile int answer = 200;
    private static Vertx vertx;
    private static HttpServer server;
    private static int port;

    @Override
    public Map<String, String> start() {
        return Map.of("simrs.webhook.url", url(), "simrs.webhook.secret", SECRET);
    }

    @Override
    public void stop() {
        // lives as long as the JVM: another test class may use it
    }

    public static synchronized String url() {
        if (vertx == null) {
            vertx = Vertx.vertx();
            up();
        }
        return "http://127.0.0.1:" + port + "/simrs/events";
    }

    /** Listens again (on the same port after {@link #down()}). */
    public static synchronized void up() {
        if (server != null) {
            return;
        }
        server = await(vertx.createHttpServer().requestHandler(request -> request.body().onSuccess(body -> {
            String eventId = request.getHeader("X-Antrean-Event-Id");
            int status = eventId == null ? answer : REFUSED.getOrDefault(eventId, answer);
            synchronized (RECEIVED) {
                RECEIVED.add(new Received(eventId, request.getHeader("X-Antrean-Event-Type"),
                        request.getHeader("X-Antrean-Timestamp"), request.getHeader("X-Antrean-Signature"),
                        body.toString(StandardCharsets.UTF_8), status));
            }
            request.response().setStatusCode(status).end();
        })).listen(port, "127.0.0.1").toCompletionStage().toCompletableFuture());
        port = server.actualPort();
    }

    /** Stops listening: connections are refused until {@link #up()}. */
    public static synchronized void down() {
        if (server != null) {
            await(server.close().toCompletionStage().toCompletableFuture());
            server = null;
        }
    }

    /** The status every request gets from now on (200: healthy). */
    public static void answerAll(int status) {
        answer = status;
    }

    /** The status requests carrying this event id get from now on (until {@link #accept}). */
    public static void refuse(String eventId, int status) {
        REFUSED.put(eventId, status);
    }

    public static void accept(String eventId) {
        REFUSED.remove(eventId);
    }

    /** Every request so far, in arrival order (answered or not). */
    public static List<Received> received() {
        synchronized (RECEIVED) {
            return List.copyOf(RECEIVED);
        }
    }

    private static <T> T await(java.util.concurrent.CompletableFuture<T> future) {
        try {
            return future.get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("the webhook receiver did not start or stop", e);
        }
    }
}
