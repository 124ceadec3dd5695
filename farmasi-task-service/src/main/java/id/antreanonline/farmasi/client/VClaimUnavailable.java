package id.antreanonline.farmasi.client;

/**
 * BPJS (or the gateway, or antrean-service) could not be asked now: 503 with Retry-After. {@code maybeDone} when a
 * write was sent and no answer came back, so BPJS may have done it.
 */
public class VClaimUnavailable extends RuntimeException {

    public static final int RETRY_AFTER_SECONDS = 30;

    private final boolean maybeDone;

    public VClaimUnavailable(String message, boolean maybeDone) {
        super(message, null, false, false);
        this.maybeDone = maybeDone;
    }

    public boolean maybeDone() {
        return maybeDone;
    }
}
