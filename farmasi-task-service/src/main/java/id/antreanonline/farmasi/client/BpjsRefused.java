package id.antreanonline.farmasi.client;

/** BPJS said no (the gateway's 422 {source, code, message}): its code and its own words, for the clerk. */
public class BpjsRefused extends RuntimeException {

    private final String code;

    public BpjsRefused(String code, String message) {
        super(message, null, false, false);
        this.code = code;
    }

    public String code() {
        return code;
    }
}
