package id.antreanonline.shared;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * BPJS's answer shape: {@code {"response": ..., "metadata": {"message": ..., "code": ...}}}, always with HTTP 200.
 * Codes: 200 success, 201 failure (the message is shown to the patient), 202 patient unknown (ambilantrean only).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"response", "metadata"})
public record BpjsEnvelope<T>(T response, Metadata metadata) {

    public static final int OK = 200;
    public static final int FAILED = 201;
    public static final int PATIENT_UNKNOWN = 202;

    @JsonPropertyOrder({"message", "code"})
    public record Metadata(String message, int code) {
    }

    public static <T> BpjsEnvelope<T> ok(T response) {
        return new BpjsEnvelope<>(response, new Metadata("Ok", OK));
    }

    public static <T> BpjsEnvelope<T> ok() {
        return new BpjsEnvelope<>(null, new Metadata("Ok", OK));
    }

    public static <T> BpjsEnvelope<T> failed(String message) {
        return new BpjsEnvelope<>(null, new Metadata(message, FAILED));
    }

    public static <T> BpjsEnvelope<T> of(int code, String message) {
        return new BpjsEnvelope<>(null, new Metadata(message, code));
    }

    public static <T> BpjsEnvelope<T> of(int code, String message, T response) {
        return new BpjsEnvelope<>(response, new Metadata(message, code));
    }
}
