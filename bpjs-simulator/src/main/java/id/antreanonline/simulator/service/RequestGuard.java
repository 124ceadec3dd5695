package id.antreanonline.simulator.service;

import java.time.Clock;
import java.util.Optional;
import java.util.function.UnaryOperator;

import jakarta.enterprise.context.ApplicationScoped;

import id.antreanonline.shared.bpjs.BpjsCrypto;
import id.antreanonline.simulator.config.BpjsCredentials;
import id.antreanonline.simulator.config.SimulatorConfig;

/** BPJS's checks of every call: consumer id, timestamp skew, signature and the service's user key. */
@ApplicationScoped
public class RequestGuard {

    public enum Api {
        ANTREAN, VCLAIM
    }

    /** The outcome of the checks; {@code timestamp} is the request's own X-timestamp, the key of the answer. */
    public record Verdict(boolean signatureValid, Optional<String> refusal, String timestamp) {
    }

    private final BpjsCredentials credentials;
    private final SimulatorConfig config;
    private final Clock clock;

    public RequestGuard(BpjsCredentials credentials, SimulatorConfig config, Clock clock) {
        this.credentials = credentials;
        this.config = config;
        this.clock = clock;
    }

    public BpjsCredentials credentials() {
        return credentials;
    }

    /** @param header the request's header by name (case-insensitive) */
    public Verdict check(Api api, UnaryOperator<String> header) {
        String consId = header.apply("X-cons-id");
        String timestamp = header.apply("X-timestamp");
        String signature = header.apply("X-signature");
        String userKey = header.apply("user_key");
        boolean knownConsumer = credentials.consId().equals(consId);
        boolean signatureValid = knownConsumer && timestamp != null
                && BpjsCrypto.signatureMatches(consId, credentials.secretKey(), timestamp, signature);
        String refusal = null;
        if (!knownConsumer) {
            refusal = consId == null || consId.isBlank() ? "X-cons-id tidak boleh kosong" : "X-cons-id tidak terdaftar";
        } else if (!timestampWithinSkew(timestamp)) {
            refusal = "X-timestamp tidak sesuai, selisih dengan waktu server lebih dari "
                    + config.timestampSkew().toSeconds() + " detik";
        } else if (!signatureValid) {
            refusal = "X-signature tidak sesuai";
        } else if (!(api == Api.ANTREAN ? credentials.userKeyAntrean() : credentials.userKeyVclaim()).equals(userKey)) {
            refusal = "user_key tidak sesuai";
        }
        return new Verdict(signatureValid, Optional.ofNullable(refusal), timestamp);
    }

    private boolean timestampWithinSkew(String timestamp) {
        if (timestamp == null || !timestamp.matches("\\d{1,12}")) {
            return false;
        }
        long skew = Math.abs(clock.millis() / 1000 - Long.parseLong(timestamp));
        return skew <= config.timestampSkew().toSeconds();
    }
}
