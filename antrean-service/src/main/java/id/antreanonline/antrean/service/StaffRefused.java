package id.antreanonline.antrean.service;

import id.antreanonline.edge.RequestRefused;
import id.antreanonline.shared.BpjsEnvelope;

/** A staff API call refused: answered with this HTTP status and {"message": ...}. */
public class StaffRefused extends RequestRefused {

    public StaffRefused(int status, String message) {
        super(BpjsEnvelope.FAILED, status, message);
    }
}
