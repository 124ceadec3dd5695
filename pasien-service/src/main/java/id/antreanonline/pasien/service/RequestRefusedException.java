package id.antreanonline.pasien.service;

import id.antreanonline.edge.RequestRefused;
import id.antreanonline.shared.BpjsEnvelope;

/**
 * A request the rules refuse, with the message the caller sees (Indonesian, as BPJS shows it to the patient). Under
 * /wsrs it becomes a 201 envelope, elsewhere a 4xx with {@code {"message"}}.
 */
public class RequestRefusedException extends RequestRefused {

    public RequestRefusedException(String message) {
        this(400, message);
    }

    public RequestRefusedException(int status, String message) {
        super(BpjsEnvelope.FAILED, status, message);
    }
}
