package id.antreanonline.gateway.client;

/**
 * The SIMRS could not be heard, or asked to be tried later: connection refused or reset, timeout, 5xx, 3xx, 408, 425,
 * 429. Worth retrying; its message names the failure only (never a URL's query, the body or the secret).
 */
public class WebhookUnavailableException extends RuntimeException {

    public WebhookUnavailableException(String message) {
        super(message, null, false, false);
    }
}
