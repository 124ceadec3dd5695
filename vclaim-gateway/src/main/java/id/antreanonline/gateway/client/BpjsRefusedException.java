package id.antreanonline.gateway.client;

/** BPJS answered, and said no: its own code and message, as the caller should see them. */
public class BpjsRefusedException extends RuntimeException {

    private final String code;

    public BpjsRefusedException(String code, String message) {
        super(message, null, false, false);
        this.code = code;
    }

    public String code() {
        return code;
    }
}
