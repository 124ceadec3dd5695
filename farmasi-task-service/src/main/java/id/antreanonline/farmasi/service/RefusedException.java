package id.antreanonline.farmasi.service;

/** A refused staff request; the resource layer turns it into 4xx {"message": ...}. */
public class RefusedException extends RuntimeException {

    private final Refusal refusal;

    public RefusedException(Refusal refusal) {
        super(refusal.message(), null, false, false);
        this.refusal = refusal;
    }

    public Refusal refusal() {
        return refusal;
    }
}
