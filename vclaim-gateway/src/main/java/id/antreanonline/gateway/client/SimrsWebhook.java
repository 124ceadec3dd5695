package id.antreanonline.gateway.client;

import java.time.Clock;

import id.antreanonline.gateway.config.SimrsWebhookConfig;
import id.antreanonline.outbox.Tracing;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpMethod;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.core.buffer.Buffer;
import io.vertx.mutiny.ext.web.client.HttpRequest;
import io.vertx.mutiny.ext.web.client.WebClient;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * POSTs one event to the SIMRS's webhook, signed ({@link WebhookSignature}). TLS certificates are verified, both
 * timeouts are set, and neither the body nor the secret is logged (the body carries the patient's identifiers).
 */
@ApplicationScoped
public class SimrsWebhook {

    public static final String EVENT_ID = "X-Antrean-Event-Id";
    public static final String EVENT_TYPE = "X-Antrean-Event-Type";
    public static final String TIMESTAMP = "X-Antrean-Timestamp";
    public static final String SIGNATURE = "X-Antrean-Signature";

    /** The SIMRS answered: its HTTP status. */
    public record Answer(int status) {

        public boolean ok() {
            return status >= 200 && status < 300;
        }

        /** A 4xx that waiting cannot change (not 408 timeout, 425 too early, 429 too many). */
        public boolean refused() {
            return status >= 400 && status < 500 && status != 408 && status != 425 && status != 429;
        }
    }

    private final SimrsWebhookConfig config;
    private final Clock clock;
    private final WebClient web;

    SimrsWebhook(SimrsWebhookConfig config, Clock clock, Vertx vertx) {
        this.config = config;
        this.clock = clock;
        this.web = OutboundHttp.client(vertx, config.connectTimeout(), 8);
    }

    /**
     * @return the SIMRS's answer when it was heard and gave a final one; fails with
     *         {@link WebhookUnavailableException} when it was not heard, or answered 3xx, 5xx, 408, 425 or 429
     */
    public Uni<Answer> post(String eventId, String eventType, String body) {
        String timestamp = String.valueOf(clock.instant().getEpochSecond());
        HttpRequest<Buffer> request = web.requestAbs(HttpMethod.POST, config.url().orElseThrow());
        // the delivery's trace, current while the call is made (DeliverySender): the SIMRS may follow it too
        Tracing.inject(request::putHeader);
        return request
                .timeout(config.readTimeout().toMillis())
                .putHeader("Content-Type", "application/json")
                .putHeader(EVENT_ID, eventId)
                .putHeader(EVENT_TYPE, eventType)
                .putHeader(TIMESTAMP, timestamp)
                .putHeader(SIGNATURE, WebhookSignature.of(config.secret().orElseThrow(), timestamp, body))
                .sendBuffer(Buffer.buffer(body))
                .onFailure().transform(e -> new WebhookUnavailableException(e.getClass().getSimpleName()))
                .map(response -> {
                    Answer answer = new Answer(response.statusCode());
                    if (!answer.ok() && !answer.refused()) {
                        throw new WebhookUnavailableException("HTTP " + answer.status());
                    }
                    return answer;
                });
    }
}
