package id.antreanonline.simulator;

/**
 * One call that reached the simulator's BPJS endpoints, as the admin API lists it. {@code code} is the BPJS
 * code answered ("FAULT" when an injected fault answered instead); {@code traceparent} the W3C trace context the
 * caller sent (null when none), so a test can follow one trace from the hospital's request to here.
 */
public record ReceivedCall(long seq, long at, String method, String path, String body, boolean signatureValid,
        String code, String message, String traceparent) {
}
