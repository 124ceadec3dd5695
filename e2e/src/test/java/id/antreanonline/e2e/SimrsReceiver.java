package id.antreanonline.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;

/**
 * The SIMRS's webhook receiver, as a SIMRS developer would write one: it checks each request's signature
 * (HMAC-SHA256 of "{timestamp}.{body}" with the shared secret), keeps what it got in arrival order and answers 200.
 * {@link #down()} is an outage: the port refuses connections until {@link #up()}.
 */
final class SimrsReceiver {

    static final int PORT = 18099;
    static final String URL = "http://127.0.0.1:" + PORT + "/simrs/events";
    static final String SECRET = "e2e-simrs-webhook-secret";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<Webhook> RECEIVED = new ArrayList<>();
    private static HttpServer server;

    /** One request: its headers, its body, and whether the signature is right. */
    record Webhook(String eventId, String eventType, boolean signed, JsonNode body) {
        String kodebooking() {
            return body.path("kodebooking").asText(null);
        }
    }

    private SimrsReceiver() {
    }

    static synchronized void up() {
        if (server != null) {
            return;
        }
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", PORT), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/simrs/events", exchange -> {
            byte[] body = exchange.getRequestBody().readAllBytes();
            String timestamp = exchange.getRequestHeaders().getFirst("X-Antrean-Timestamp");
            String signature = exchange.getRequestHeaders().getFirst("X-Antrean-Signature");
            boolean signed = signature != null && timestamp != null && MessageDigest.isEqual(
                    signature.getBytes(StandardCharsets.UTF_8),
                    ("sha256=" + hmac(timestamp + "." + new String(body, StandardCharsets.UTF_8)))
                            .getBytes(StandardCharsets.UTF_8));
            synchronized (RECEIVED) {
                RECEIVED.add(new Webhook(exchange.getRequestHeaders().getFirst("X-Antrean-Event-Id"),
                        exchange.getRequestHeaders().getFirst("X-Antrean-Event-Type"), signed, JSON.readTree(body)));
            }
            exchange.sendResponseHeaders(signed ? 200 : 401, -1);
            exchange.close();
        });
        server.start();
    }

    static synchronized void down() {
        if (server != null) {
            server.stop(0);
            server = null;
        }
    }

    /** What arrived for one booking, in arrival order, each event once (a retry of one already kept is dropped). */
    static List<Webhook> of(String kodebooking) {
        List<Webhook> mine = new ArrayList<>();
        synchronized (RECEIVED) {
            for (Webhook w : RECEIVED) {
                if (kodebooking.equals(w.kodebooking())
                        && mine.stream().noneMatch(seen -> seen.eventId().equals(w.eventId()))) {
                    mine.add(w);
                }
            }
        }
        return mine;
    }

    private static String hmac(String text) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
