package id.antreanonline.antrean.service;

import id.antreanonline.edge.RequestRefused;
import id.antreanonline.shared.BpjsEnvelope;

/**
 * A rule of contract section 3 said no: the message is shown to the patient as it is (201, or 202 when the patient
 * has no medical record here yet); the onsite desk gets it as a 422.
 */
public class BookingRefused extends RequestRefused {

    public BookingRefused(String message) {
        this(BpjsEnvelope.FAILED, message);
    }

    public BookingRefused(int code, String message) {
        super(code, 422, message);
    }
}
