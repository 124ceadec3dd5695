package id.antreanonline.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.restassured.RestAssured;

/**
 * Every operation every service publishes in its OpenAPI, called with bytes that have broken services before: NULs,
 * CR/LF (with a would-be log line behind them), other control characters, bytes that are not UTF-8, overlong values.
 * Path parameters, query parameters and bodies each get them, with and without a staff token. No answer may be a 5xx
 * or carry a stack trace; the services' logs may gain no stack trace and no line that input started.
 */
@ExtendWith(Stack.class)
class BadBytesFuzzTest {

    private static final String FORGED = "FORGED-LOG-LINE";
    private static final Map<String, Integer> SERVICES = Map.of("antrean-service", 8081, "pasien-service", 8082,
            "farmasi-task-service", 8083, "vclaim-gateway", 8084);
    /** Raw (already percent-encoded where they go in a URL) hostile values. */
    private static final String[] IN_URL = { "%00", "AN%00A", "%0a" + FORGED, "%0d%0a" + FORGED + "%3A%20x",
            "%1b%5b31m", "%7f", "%ff%fe", "%C3%28", "%ED%A0%80", "A".repeat(4000), "..%2f..%2fetc%2fpasswd",
            "%25%30%30", "%E2%80%AE", "x%20OR%201%3D1" };
    private static final byte[][] BODIES = { bytes("{\"kodebooking\":\"\\u0000\"}"),
            bytes("{\"username\":\"admin\\u0000\",\"password\":\"x\"}"),
            bytes("{\"nama\":\"a\\n" + FORGED + "\",\"kodepoli\":\"\\r\\n" + FORGED + "\"}"),
            new byte[] { '{', '"', 'n', 'a', 'm', 'a', '"', ':', '"', (byte) 0xff, (byte) 0xfe, '"', '}' },
            new byte[] { (byte) 0xc3, (byte) 0x28, 0, 1, 2 }, bytes("{\"norm\":\"" + "9".repeat(300_000) + "\"}"),
            bytes("[\"\\ud800\"]"), bytes("{\"taskid\":\"\\u0000\",\"waktu\":\"1e400\"}") };

    @Test
    void hostileBytesInEveryPublishedOperationGetNo5xxAndLeaveNoTraceInTheLogs() throws Exception {
        Map<Path, Long> logSizes = logSizes();
        String staff = Api.staffToken();
        Random random = new Random(20261130);
        List<String> failures = new ArrayList<>();
        int sent = 0;
        for (Map.Entry<String, Integer> service : SERVICES.entrySet()) {
            for (Operation op : operations(service.getValue())) {
                for (int i = 0; i < IN_URL.length; i++) {
                    String value = IN_URL[i];
                    String target = op.target(value, random);
                    byte[] body = op.hasBody() ? BODIES[(i + sent) % BODIES.length] : null;
                    String auth = i % 2 == 0 ? "Authorization: Bearer " + staff + "\r\n" : "";
                    String wsrs = op.path().startsWith("/wsrs") ? "x-username: mobilejkn\r\nx-token: "
                            + Api.wsrsToken() + "\r\n" : "";
                    Answer answer = send(service.getValue(), op.method(), target, auth + wsrs, body);
                    sent++;
                    if (answer.status() >= 500 || answer.status() < 0 || answer.leaksInternals()) {
                        failures.add(service.getKey() + " " + op.method() + " " + abbreviate(target) + " -> "
                                + answer.status() + " " + abbreviate(answer.body()));
                    }
                }
            }
        }
        List<String> traces = newLogLines(logSizes).stream()
                .filter(l -> l.startsWith("\tat ") || l.startsWith(FORGED)).toList();
        System.out.printf("bad bytes: %d requests over every published operation, %d answered 5xx or leaked, "
                + "%d stack-trace or forged log lines%n", sent, failures.size(), traces.size());
        assertTrue(failures.isEmpty(), String.join("\n", failures.subList(0, Math.min(25, failures.size()))));
        assertEquals(List.of(), traces.subList(0, Math.min(20, traces.size())));
    }

    record Operation(String method, String path, List<String> query) {

        boolean hasBody() {
            return method.equals("POST") || method.equals("PUT");
        }

        /** The path with each {param} and each query parameter set to the hostile value. */
        String target(String value, Random random) {
            String p = path.replaceAll("\\{[^}]+}", java.util.regex.Matcher.quoteReplacement(value));
            if (query.isEmpty()) {
                return random.nextBoolean() ? p : p + "?x=" + value;
            }
            StringBuilder q = new StringBuilder();
            for (String name : query) {
                q.append(q.length() == 0 ? '?' : '&').append(name).append('=').append(value);
            }
            return p + q;
        }
    }

    record Answer(int status, String body) {
        boolean leaksInternals() {
            return body.contains("\tat ") || body.contains("Exception") || body.contains(".java:");
        }
    }

    private static List<Operation> operations(int port) throws IOException {
        String json = RestAssured.given().get("http://localhost:" + port + "/q/openapi?format=json").asString();
        JsonNode paths = new ObjectMapper().readTree(json).path("paths");
        List<Operation> ops = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = paths.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> path = it.next();
            for (Iterator<Map.Entry<String, JsonNode>> ms = path.getValue().fields(); ms.hasNext();) {
                Map.Entry<String, JsonNode> m = ms.next();
                if (!List.of("get", "post", "put", "delete").contains(m.getKey())
                        || path.getKey().endsWith("/stream")) {
                    continue; // an event stream never ends: its door is the same as its siblings'
                }
                List<String> query = new ArrayList<>();
                m.getValue().path("parameters").forEach(p -> {
                    if ("query".equals(p.path("in").asText())) {
                        query.add(p.path("name").asText());
                    }
                });
                ops.add(new Operation(m.getKey().toUpperCase(), path.getKey(), query));
            }
        }
        assertTrue(ops.size() > 3, "the OpenAPI of port " + port + " lists its operations");
        return ops;
    }

    private static Answer send(int port, String method, String target, String headers, byte[] body) {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(30_000);
            ByteArrayOutputStream request = new ByteArrayOutputStream();
            request.writeBytes((method + " " + target + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n"
                    + headers).getBytes(StandardCharsets.ISO_8859_1));
            if (body != null) {
                request.writeBytes(("Content-Type: application/json\r\nContent-Length: " + body.length + "\r\n\r\n")
                        .getBytes(StandardCharsets.ISO_8859_1));
                request.writeBytes(body);
            } else {
                request.writeBytes("\r\n".getBytes(StandardCharsets.ISO_8859_1));
            }
            socket.getOutputStream().write(request.toByteArray());
            InputStream in = socket.getInputStream();
            String answer = new String(in.readNBytes(256 * 1024), StandardCharsets.UTF_8);
            // an overlong request line is answered by the HTTP codec itself, as HTTP/1.0 414
            int status = answer.matches("(?s)HTTP/1\\.[01] \\d{3}.*") ? Integer.parseInt(answer.substring(9, 12))
                    : -1;
            int bodyAt = answer.indexOf("\r\n\r\n");
            return new Answer(status, bodyAt < 0 ? "" : answer.substring(bodyAt + 4));
        } catch (SocketTimeoutException e) {
            return new Answer(-1, "no answer within 30 s");
        } catch (IOException e) {
            // the server may close a connection whose request it will not read (an overlong line): that is no 5xx
            return new Answer(400, "closed: " + e.getClass().getSimpleName());
        }
    }

    private static Map<Path, Long> logSizes() throws IOException {
        Map<Path, Long> sizes = new LinkedHashMap<>();
        for (String service : SERVICES.keySet()) {
            Path log = Stack.STACK_DIR.resolve("logs").resolve(service + ".log");
            sizes.put(log, Files.exists(log) ? Files.size(log) : 0L);
        }
        return sizes;
    }

    private static List<String> newLogLines(Map<Path, Long> before) throws IOException {
        List<String> lines = new ArrayList<>();
        for (Map.Entry<Path, Long> log : before.entrySet()) {
            if (!Files.exists(log.getKey())) {
                continue;
            }
            byte[] all = Files.readAllBytes(log.getKey());
            int from = (int) Math.min(all.length, log.getValue());
            new String(all, from, all.length - from, StandardCharsets.UTF_8).lines().forEach(lines::add);
        }
        return lines;
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static String abbreviate(String s) {
        String flat = s.replaceAll("\\p{Cntrl}", "?");
        return flat.length() > 160 ? flat.substring(0, 160) + "..." : flat;
    }
}
