package id.antreanonline.pasien.service;

/**
 * A request the rules refuse, with the message the caller sees (Indonesian, as BPJS shows it to the patient). Under
 * /wsrs it becomes a 201 envelope, elsewhere a 4xx with {@code {"message"}}.
 */
public class RequestRefusedException extends RuntimeException {

    private final int status;

    public RequestRefusedException(String message) {
        this(400, message);
    }

    public RequestRefusedException(int status, String message) {
        super(message, null, false, false);
        this.status = status;
    }

    /** HTTP status for the staff and internal APIs. */
    public int status() {
        return status;
    }
}
