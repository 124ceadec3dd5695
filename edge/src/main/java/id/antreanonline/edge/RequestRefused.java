package id.antreanonline.edge;

import id.antreanonline.shared.BpjsEnvelope;

/**
 * A request a rule said no to, with the message the caller reads as it is. Under /wsrs it becomes the envelope with
 * {@link #wsrsCode()} (HTTP 200); elsewhere {@link #status()} with {@code {"message": ...}}. Each service's refusals
 * extend it; no stack trace is taken, a refusal is an answer and not a fault.
 */
public class RequestRefused extends RuntimeException {

    private final int wsrsCode;
    private final int status;
    private final Integer retryAfterSeconds;

    public RequestRefused(int wsrsCode, int status, String message) {
        this(wsrsCode, status, message, null);
    }

    private RequestRefused(int wsrsCode, int status, String message, Integer retryAfterSeconds) {
        super(message, null, false, false);
        this.wsrsCode = wsrsCode;
        this.status = status;
        this.retryAfterSeconds = retryAfterSeconds;
    }

    /** 201 (shown to the patient), or 202 when the patient has no medical record here yet. */
    public int wsrsCode() {
        return wsrsCode;
    }

    /** The staff API's HTTP status, 4xx. */
    public int status() {
        return status;
    }

    /** When the caller may try again (the Retry-After header), or null. */
    public Integer retryAfterSeconds() {
        return retryAfterSeconds;
    }

    /** The caller has as much as it may have at once: 429 with Retry-After (a 201 refusal under /wsrs). */
    public static RequestRefused tooMany(String message, int retryAfterSeconds) {
        return new RequestRefused(BpjsEnvelope.FAILED, 429, message, retryAfterSeconds);
    }

    /** A 201 refusal under /wsrs, a 400 elsewhere. */
    public static RequestRefused badRequest(String message) {
        return new RequestRefused(BpjsEnvelope.FAILED, 400, message);
    }
}
