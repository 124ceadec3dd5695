package id.antreanonline.antrean.service;

/** A staff API call refused: answered with this HTTP status and {"message": ...}. */
public class StaffRefused extends RuntimeException {

    private final int status;

    public StaffRefused(int status, String message) {
        super(message, null, false, false);
        this.status = status;
    }

    public int status() {
        return status;
    }
}
