package id.antreanonline.simulator.service;

/** What an endpoint answers, before the envelope and encryption: a BPJS code, its message, an optional body. */
public record Answer(int code, String message, Object response) {

    public static final int OK = 200;
    public static final int FAILED = 201;
    public static final int DUPLICATE = 208;
    /** Reference endpoints answer code 1 on success. */
    public static final int REFERENCE_OK = 1;

    public static Answer ok(Object response) {
        return new Answer(OK, "Ok", response);
    }

    public static Answer ok() {
        return new Answer(OK, "Ok", null);
    }

    public static Answer reference(Object response) {
        return new Answer(REFERENCE_OK, "OK", response);
    }

    public static Answer failed(String message) {
        return new Answer(FAILED, message, null);
    }

    public static Answer duplicate(String message) {
        return new Answer(DUPLICATE, message, null);
    }

    public boolean success() {
        return code == OK || code == REFERENCE_OK;
    }
}
