package id.antreanonline.edge;

/**
 * A staff call that came before this instance finished reading the revoked and disabled accounts (at start, or while
 * Kafka cannot be reached then): answered 503 with Retry-After, never let through on a guess.
 */
public class StaffAccountsLoading extends RuntimeException {

    static final String MESSAGE = "Layanan sedang bersiap, coba lagi sebentar lagi";

    public StaffAccountsLoading() {
        super(MESSAGE, null, false, false);
    }
}
