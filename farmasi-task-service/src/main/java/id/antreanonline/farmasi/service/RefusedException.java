package id.antreanonline.farmasi.service;

import id.antreanonline.edge.RequestRefused;
import id.antreanonline.shared.BpjsEnvelope;

/** A refused request: a station sees the refusal's HTTP status with {"message": ...}, Mobile JKN a 201 envelope. */
public class RefusedException extends RequestRefused {

    private final Refusal refusal;

    public RefusedException(Refusal refusal) {
        super(BpjsEnvelope.FAILED, refusal.kind().status, refusal.message());
        this.refusal = refusal;
    }

    public Refusal refusal() {
        return refusal;
    }
}
