package id.antreanonline.antrean.service;

/**
 * A token request refused, answered as OAuth 2.0 says (RFC 6749 section 5.2) so a SIMRS's OAuth library understands
 * it: this HTTP status with {@code {"error": ..., "error_description": ...}}.
 */
public class TokenRefused extends RuntimeException {

    private final int status;
    private final String error;

    TokenRefused(int status, String error, String description) {
        super(description, null, false, false);
        this.status = status;
        this.error = error;
    }

    public static TokenRefused badRequest(String error, String description) {
        return new TokenRefused(400, error, description);
    }

    public int status() {
        return status;
    }

    /** OAuth's error code: invalid_request, invalid_client, unsupported_grant_type, invalid_scope. */
    public String error() {
        return error;
    }
}
