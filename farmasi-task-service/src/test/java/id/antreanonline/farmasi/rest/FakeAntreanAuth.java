package id.antreanonline.farmasi.rest;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.sun.net.httpserver.HttpServer;

import id.antreanonline.farmasi.FakeHttpService;

/**
 * Stands in for antrean-service's {@code POST /api/auth/password}: remembers what reached it and answers a new token
 * for the current password "sandi-lama-1", 400 with antrean's message for any other. Its {@code POST /api/auth/login}
 * answers as antrean's login throttle does after repeated failures: late ({@link #THROTTLED}), then 401. Its
 * {@code /api/simrs-clients} goes away without an answer, as a service stopping mid-request does. Its
 * {@code GET /api/booking/{kodebooking}} answers the bookings a test put in {@link #BOOKINGS} (404 for any other),
 * to a caller that passes on a staff token only; so does {@code GET /api/booking/{kodebooking}/tiket} (the same JSON:
 * farmasi reads only the ticket's fields of it). Its {@code /api/staff} lists one account, to an administrator only.
 */
public class FakeAntreanAuth extends FakeHttpService {

    static final Map<String, String> RECEIVED = new ConcurrentHashMap<>();
    /** kodebooking to the booking's JSON as antrean-service answers it. */
    static final Map<String, String> BOOKINGS = new ConcurrentHashMap<>();
    /** Longer than the 5 s farmasi once waited, within antrean's longest throttle delay (10 s). */
    static final long THROTTLED = 7_000;

    @Override
    protected String urlSetting() {
        return "ANTREAN_URL";
    }

    @Override
    protected void answer(HttpServer server) {
        // closed before any answer: the JDK server then drops the connection
        server.createContext("/api/simrs-clients", exchange -> exchange.close());
        server.createContext("/api/staff", exchange -> {
            if (!refusedUnlessAdmin(exchange)) {
                json(exchange, 200, "[{\"username\":\"admin\",\"roles\":[\"admin\"],\"disabled\":false}]");
            }
        });
        server.createContext("/api/auth/login", exchange -> {
            exchange.getRequestBody().readAllBytes();
            try {
                Thread.sleep(THROTTLED);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            json(exchange, 401, "{\"message\":\"Username atau password salah\"}");
        });
        server.createContext("/api/booking/", exchange -> {
            String auth = exchange.getRequestHeaders().getFirst("Authorization");
            if (auth == null || !auth.startsWith("Bearer ")) {
                json(exchange, 401, "{\"message\":\"Silakan login terlebih dahulu\"}");
                return;
            }
            String kodebooking = exchange.getRequestURI().getPath().substring("/api/booking/".length())
                    .replaceFirst("/tiket$", "");
            String booking = BOOKINGS.get(kodebooking);
            json(exchange, booking == null ? 404 : 200, booking == null
                    ? "{\"message\":\"Kode booking " + kodebooking + " tidak ditemukan\"}" : booking);
        });
        server.createContext("/api/auth/password", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            RECEIVED.put("authorization", String.valueOf(exchange.getRequestHeaders().getFirst("Authorization")));
            RECEIVED.put("forwardedFor", String.valueOf(exchange.getRequestHeaders().getFirst("X-Forwarded-For")));
            RECEIVED.put("body", body);
            boolean right = body.contains("\"currentPassword\":\"sandi-lama-1\"");
            json(exchange, right ? 200 : 400,
                    right ? "{\"token\":\"token-baru\"}" : "{\"message\":\"Password saat ini salah\"}");
        });
    }
}
