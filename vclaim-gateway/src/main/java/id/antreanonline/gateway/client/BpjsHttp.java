package id.antreanonline.gateway.client;

import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.NullNode;

import id.antreanonline.gateway.config.BpjsConfig;
import id.antreanonline.outbox.Tracing;
import id.antreanonline.shared.bpjs.BpjsCrypto;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.context.Context;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.quarkus.runtime.ShutdownEvent;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpMethod;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.core.buffer.Buffer;
import io.vertx.mutiny.ext.web.client.HttpRequest;
import io.vertx.mutiny.ext.web.client.HttpResponse;
import io.vertx.mutiny.ext.web.client.WebClient;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * The one place that speaks BPJS's HTTP: the four headers, the decryption with the exact X-timestamp sent, and every
 * quirk of the answers. TLS certificates are verified (Vert.x' default trust store, never trust-all), both timeouts
 * are set, and neither the headers nor the bodies are logged.
 */
@ApplicationScoped
public class BpjsHttp {

    private static final Logger LOG = Logger.getLogger(BpjsHttp.class);
    /** VClaim writes go with this content type, as BPJS expects (contract section 4). */
    private static final String VCLAIM_WRITE_CONTENT_TYPE = "Application/x-www-form-urlencoded";
    private static final AttributeKey<Long> BPJS_CODE = AttributeKey.longKey("bpjs.code");
    private static final Duration[] LATENCY_BUCKETS = { Duration.ofMillis(50), Duration.ofMillis(100),
        Duration.ofMillis(250), Duration.ofMillis(500), Duration.ofSeconds(1), Duration.ofMillis(2500),
        Duration.ofSeconds(5), Duration.ofSeconds(10) };

    private final BpjsConfig config;
    private final ObjectMapper mapper;
    private final Clock clock;
    private final WebClient web;
    private final MeterRegistry registry;
    private final Tracing tracing;

    BpjsHttp(BpjsConfig config, ObjectMapper mapper, Clock clock, Vertx vertx, MeterRegistry registry,
            Tracing tracing) {
        this.config = config;
        this.mapper = mapper;
        this.clock = clock;
        this.web = OutboundHttp.client(vertx, config.connectTimeout(), 32);
        this.registry = registry;
        this.tracing = tracing;
    }

    /**
     * Calls BPJS and reads its answer.
     *
     * @param path the path below the service's base URL, starting with '/'
     * @param body serialised as JSON, or null for no body
     * @return the answer, whatever BPJS's code; fails with {@link BpjsUnavailableException} when BPJS could not be
     *         heard
     */
    public Uni<BpjsAnswer> call(BpjsService service, HttpMethod method, String path, Object body) {
        return call(service, method, path, body, false);
    }

    /**
     * The same, for an endpoint whose successful answer BPJS may write in clear: SEP/2.0/delete answers the SEP
     * number as plain text, not encrypted. Its {@code response} is then read as that text instead of taken for an
     * answer we cannot read (which would be retried as BPJS unavailable).
     */
    public Uni<BpjsAnswer> call(BpjsService service, HttpMethod method, String path, Object body,
            boolean plainTextAnswer) {
        BpjsConfig.Service target = service == BpjsService.ANTREAN ? config.antrean() : config.vclaim();
        String timestamp = String.valueOf(clock.instant().getEpochSecond());
        HttpRequest<Buffer> request = web.requestAbs(method, stripSlash(target.baseUrl()) + path)
                .timeout(config.readTimeout().toMillis())
                .putHeader("X-cons-id", config.consId())
                .putHeader("X-timestamp", timestamp)
                .putHeader("X-signature", BpjsCrypto.signature(config.consId(), config.secretKey(), timestamp))
                .putHeader("user_key", target.userKey())
                .putHeader("Accept", "application/json");
        // a client span of the current trace (the request's, or the delivery's stored one): BPJS gets its traceparent
        String endpoint = endpointOf(path);
        Span span = tracing.start("BPJS " + method.name() + " " + endpoint, SpanKind.CLIENT, Context.current());
        Tracing.inject(Context.current().with(span), request::putHeader);
        Uni<HttpResponse<Buffer>> sent;
        if (body == null) {
            sent = request.send();
        } else {
            String json;
            try {
                json = body instanceof String s ? s : mapper.writeValueAsString(body);
            } catch (JsonProcessingException e) {
                span.end();
                return Uni.createFrom().failure(new IllegalArgumentException("request body cannot be serialised"));
            }
            request.putHeader("Content-Type", service == BpjsService.VCLAIM ? VCLAIM_WRITE_CONTENT_TYPE
                    : "application/json");
            sent = request.sendBuffer(Buffer.buffer(json));
        }
        long started = System.nanoTime();
        return sent
                .onFailure().transform(e -> e instanceof BpjsUnavailableException ? e
                        : new BpjsUnavailableException(method + " " + path + ": " + e.getClass().getSimpleName()
                                + (e.getMessage() == null ? "" : " " + e.getMessage())))
                .map(response -> read(service, method + " " + path, response.statusCode(),
                        response.getHeader("Content-Type"), response.bodyAsString(), timestamp, plainTextAnswer))
                .onItemOrFailure().invoke((answer, failure) -> {
                    if (answer != null) {
                        span.setAttribute(BPJS_CODE, answer.code());
                    }
                    Tracing.end(span, failure);
                })
                .onItemOrFailure().invoke((answer, failure) -> Timer.builder("bpjs.requests")
                        .tags("service", service.name().toLowerCase(Locale.ROOT), "method", method.name(),
                                "endpoint", endpoint,
                                "code", answer != null ? String.valueOf(answer.code()) : "unavailable")
                        // a few buckets, enough for the dashboards' percentiles without a histogram per endpoint
                        .serviceLevelObjectives(LATENCY_BUCKETS).register(registry)
                        .record(System.nanoTime() - started, TimeUnit.NANOSECONDS));
    }

    /**
     * The path as a metric may name it: identifiers (card numbers, NIK, SEP and referral numbers, dates) and the
     * free text of reference searches become {@code {}}, so no personal data and no unbounded set of names reach the
     * metrics; {@code /Peserta/nokartu/{}/tglSEP/{}}, {@code /SEP/2.0/insert}, {@code /referensi/diagnosa/{}}.
     */
    static String endpointOf(String path) {
        String query = path.indexOf('?') >= 0 ? path.substring(0, path.indexOf('?')) : path;
        StringBuilder endpoint = new StringBuilder();
        String[] segments = query.split("/");
        int kept = 0;
        boolean reference = false;
        for (String segment : segments) {
            if (segment.isEmpty()) {
                continue;
            }
            boolean word = segment.matches("[A-Za-z]+") || segment.equals("2.0");
            // below /referensi/<kind>/ comes what the clerk typed
            boolean typed = reference && kept >= 2;
            endpoint.append('/').append(word && !typed ? segment : "{}");
            reference |= kept == 0 && segment.equalsIgnoreCase("referensi");
            kept++;
        }
        return endpoint.toString();
    }

    /** Turns BPJS's raw answer into a {@link BpjsAnswer}; package-visible so the quirks can be tested alone. */
    BpjsAnswer read(BpjsService service, String what, int status, String contentType, String body, String timestamp) {
        return read(service, what, status, contentType, body, timestamp, false);
    }

    BpjsAnswer read(BpjsService service, String what, int status, String contentType, String body, String timestamp,
            boolean plainTextAnswer) {
        if (status >= 500) {
            throw new BpjsUnavailableException(what + ": HTTP " + status);
        }
        if (body == null || body.isBlank()) {
            throw new BpjsUnavailableException(what + ": empty answer (HTTP " + status + ")");
        }
        String trimmed = body.stripLeading();
        if (trimmed.startsWith("<") || (contentType != null && contentType.toLowerCase(Locale.ROOT).contains("html"))) {
            throw new BpjsUnavailableException(what + ": HTML page instead of an answer (HTTP " + status + ")");
        }
        JsonNode root;
        try {
            root = mapper.readTree(trimmed);
        } catch (JsonProcessingException e) {
            throw new BpjsUnavailableException(what + ": answer is not JSON (HTTP " + status + ")");
        }
        JsonNode metadata = root == null ? null : root.has("metadata") ? root.get("metadata") : root.get("metaData");
        if (metadata == null || !metadata.isObject()) {
            throw new BpjsUnavailableException(what + ": answer without metadata (HTTP " + status + ")");
        }
        int code = code(metadata.get("code"));
        String message = metadata.path("message").asText("");
        JsonNode response = root.get("response");
        if (response == null || response.isNull()) {
            response = NullNode.getInstance();
        } else if (response.isTextual()) {
            response = decrypted(what, response.asText(), timestamp, code, plainTextAnswer);
        }
        if (status >= 400 && code == 0) {
            throw new BpjsUnavailableException(what + ": HTTP " + status);
        }
        LOG.debugf("%s %s: %d", service, what, code);
        return new BpjsAnswer(code, message, response);
    }

    private JsonNode decrypted(String what, String text, String timestamp, int code, boolean plainTextAnswer) {
        if (text.isEmpty()) {
            return NullNode.getInstance();
        }
        String json;
        try {
            json = BpjsCrypto.decryptResponse(text, config.consId(), config.secretKey(), timestamp);
        } catch (BpjsCrypto.BpjsDecryptionException e) {
            if ((code == BpjsAnswer.OK || code == BpjsAnswer.REFERENCE_OK) && !plainTextAnswer) {
                // an answer we cannot read is no answer: the caller retries or reports BPJS unreachable
                throw new BpjsUnavailableException(what + ": " + e.getMessage());
            }
            // refusals sometimes carry a plain text; so does a successful SEP delete
            return mapper.getNodeFactory().textNode(text);
        }
        try {
            return mapper.readTree(json);
        } catch (JsonProcessingException e) {
            return mapper.getNodeFactory().textNode(json);
        }
    }

    /** BPJS's code is a number in Antrean WS and a string in VClaim ("200", sometimes "1"). */
    static int code(JsonNode node) {
        if (node == null || node.isNull()) {
            return 0;
        }
        if (node.isNumber()) {
            return node.asInt();
        }
        try {
            return Integer.parseInt(node.asText().trim());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static String stripSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    void close(@Observes ShutdownEvent ignored) {
        web.close();
    }
}
