package id.antreanonline.gateway.client;

/**
 * BPJS could not be heard: connection refused or reset, timeout, 5xx, an HTML or empty page, a body that is not
 * BPJS's envelope. Worth retrying; never carries a secret or a patient identifier in its message.
 */
public class BpjsUnavailableException extends RuntimeException {

    public BpjsUnavailableException(String message) {
        super(message, null, false, false);
    }
}
