package id.antreanonline.simulator;

/**
 * One call that reached the simulator's BPJS endpoints, as the admin API lists it. {@code code} is the BPJS
 * code answered ("FAULT" when an injected fault answered instead).
 */
public record ReceivedCall(long seq, long at, String method, String path, String body, boolean signatureValid,
        String code, String message) {
}
