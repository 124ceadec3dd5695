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

    public RequestRefused(int wsrsCode, int status, String message) {
        super(message, null, false, false);
        this.wsrsCode = wsrsCode;
        this.status = status;
    }

    /** 201 (shown to the patient), or 202 when the patient has no medical record here yet. */
    public int wsrsCode() {
        return wsrsCode;
    }

    /** The staff API's HTTP status, 4xx. */
    public int status() {
        return status;
    }

    /** A 201 refusal under /wsrs, a 400 elsewhere. */
    public static RequestRefused badRequest(String message) {
        return new RequestRefused(BpjsEnvelope.FAILED, 400, message);
    }
}
