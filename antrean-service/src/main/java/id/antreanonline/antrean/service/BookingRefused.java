package id.antreanonline.antrean.service;

import id.antreanonline.shared.BpjsEnvelope;

/** A rule of contract section 3 said no: the message is shown to the patient as it is. */
public class BookingRefused extends RuntimeException {

    private final int code;

    public BookingRefused(String message) {
        this(BpjsEnvelope.FAILED, message);
    }

    public BookingRefused(int code, String message) {
        super(message, null, false, false);
        this.code = code;
    }

    /** 201, or 202 when the patient has no medical record here yet. */
    public int code() {
        return code;
    }
}
