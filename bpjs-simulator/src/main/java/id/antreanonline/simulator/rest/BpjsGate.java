package id.antreanonline.simulator.rest;

import java.util.function.Function;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import id.antreanonline.shared.bpjs.BpjsCrypto;
import id.antreanonline.simulator.service.Answer;
import id.antreanonline.simulator.service.ReceivedLog;
import id.antreanonline.simulator.service.RequestGuard;
import id.antreanonline.simulator.service.RequestGuard.Api;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.core.http.HttpServerRequest;

/**
 * Every BPJS call passes here: the request checks, the call's record for /admin/received, and the answer in BPJS's
 * envelope (Antrean: {@code metadata} with a numeric code; VClaim: {@code metaData} with a string code), with
 * {@code response} encrypted under the request's own X-timestamp unless the endpoint answers in clear.
 */
@ApplicationScoped
public class BpjsGate {

    static final String MALFORMED = "Format Request Tidak Sesuai";

    private final RequestGuard guard;
    private final ReceivedLog received;
    private final ObjectMapper mapper;
    private final CurrentVertxRequest current;

    public BpjsGate(RequestGuard guard, ReceivedLog received, ObjectMapper mapper, CurrentVertxRequest current) {
        this.guard = guard;
        this.received = received;
        this.mapper = mapper;
        this.current = current;
    }

    /** A call without a body, answered encrypted. */
    public Response answer(Api api, Supplier<Answer> handler) {
        return handle(api, true, null, body -> handler.get());
    }

    /** A call without a body whose answer BPJS leaves unencrypted (dashboards). */
    public Response answerInClear(Api api, Supplier<Answer> handler) {
        return handle(api, false, null, body -> handler.get());
    }

    /** A call with a JSON body (whatever its Content-Type says), answered encrypted. */
    public Response answer(Api api, String body, Function<JsonNode, Answer> handler) {
        return handle(api, true, body == null ? "" : body, handler);
    }

    /** A call with a JSON body whose answer BPJS writes in clear (SEP/2.0/delete: the SEP number as plain text). */
    public Response answerInClear(Api api, String body, Function<JsonNode, Answer> handler) {
        return handle(api, false, body == null ? "" : body, handler);
    }

    private Response handle(Api api, boolean encrypt, String body, Function<JsonNode, Answer> handler) {
        HttpServerRequest request = current.getCurrent().request();
        RequestGuard.Verdict verdict = guard.check(api, request::getHeader);
        Answer answer;
        if (verdict.refusal().isPresent()) {
            answer = Answer.failed(verdict.refusal().get());
        } else if (body == null) {
            answer = handler.apply(null);
        } else {
            answer = parse(body).map(handler).orElseGet(() -> Answer.failed(MALFORMED));
        }
        received.add(request.method().name(), request.path(), body, verdict.signatureValid(),
                String.valueOf(answer.code()), answer.message(), request.getHeader("traceparent"));
        return Response.ok(envelope(api, answer, encrypt ? verdict.timestamp() : null), MediaType.APPLICATION_JSON)
                .build();
    }

    private java.util.Optional<JsonNode> parse(String body) {
        try {
            JsonNode node = mapper.readTree(body);
            return node == null || node.isMissingNode() ? java.util.Optional.empty() : java.util.Optional.of(node);
        } catch (JsonProcessingException e) {
            return java.util.Optional.empty();
        }
    }

    private String envelope(Api api, Answer answer, String encryptionTimestamp) {
        ObjectNode envelope = mapper.createObjectNode();
        ObjectNode metadata = mapper.createObjectNode();
        metadata.put("code", answer.code());
        metadata.put("message", answer.message());
        if (api == Api.VCLAIM) {
            metadata.put("code", String.valueOf(answer.code()));
            envelope.set("metaData", metadata);
        }
        if (answer.response() != null) {
            JsonNode response = mapper.valueToTree(answer.response());
            if (encryptionTimestamp != null) {
                var credentials = guard.credentials();
                envelope.put("response", BpjsCrypto.encryptResponse(write(response), credentials.consId(),
                        credentials.secretKey(), encryptionTimestamp));
            } else {
                envelope.set("response", response);
            }
        } else if (api == Api.VCLAIM) {
            envelope.putNull("response");
        }
        if (api == Api.ANTREAN) {
            envelope.set("metadata", metadata);
        }
        return write(envelope);
    }

    private String write(JsonNode node) {
        try {
            return mapper.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON", e);
        }
    }
}
