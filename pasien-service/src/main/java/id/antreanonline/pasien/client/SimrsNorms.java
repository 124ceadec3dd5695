package id.antreanonline.pasien.client;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.concurrent.TimeUnit;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.JsonNode;

import id.antreanonline.edge.identity.ServiceTokens;
import id.antreanonline.outbox.Failures;
import id.antreanonline.pasien.PatientData;
import id.antreanonline.pasien.config.PasienConfig;
import id.antreanonline.pasien.service.PatientRules;
import id.antreanonline.pasien.service.RequestRefusedException;
import io.quarkus.rest.client.reactive.QuarkusRestClientBuilder;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Asks the hospital's SIMRS for a new patient's record number (mode {@code simrs}). The SIMRS gets the same
 * idempotency key for the same NIK every time, so a pasienbaru Mobile JKN sends again after a timeout is given the
 * number the SIMRS may already have opened; no answer within the timeout is a refusal and no record is opened here.
 */
@ApplicationScoped
public class SimrsNorms {

    private static final Logger LOG = Logger.getLogger(SimrsNorms.class);
    public static final String NO_ANSWER =
            "Nomor rekam medis belum dapat dibuat karena SIMRS rumah sakit tidak menjawab, silahkan coba beberapa saat lagi";

    /** What the SIMRS is sent: enough to find or open the patient on its side. */
    public record NewPatient(String nik, String nomorkartu, String nama, String jeniskelamin, String tanggallahir,
            String nohp, String alamat) {
    }

    private final PasienConfig.Norm.Simrs config;
    private final SimrsNormClient client;

    SimrsNorms(PasienConfig config) {
        this.config = config.norm().simrs();
        if (config.norm().mode() == PasienConfig.Norm.Mode.SIMRS) {
            if (this.config.url().isEmpty()) {
                throw new IllegalStateException("pasien.norm.mode=simrs needs pasien.norm.simrs.url (PASIEN_NORM_SIMRS_URL)");
            }
            long timeout = this.config.timeout().toMillis();
            this.client = QuarkusRestClientBuilder.newBuilder().baseUri(this.config.url().get())
                    .connectTimeout(timeout, TimeUnit.MILLISECONDS).readTimeout(timeout, TimeUnit.MILLISECONDS)
                    .build(SimrsNormClient.class);
        } else {
            this.client = null;
        }
    }

    /** @return the SIMRS's norm for this patient; a refusal (Mobile JKN reads it) when it does not give one in time */
    public Uni<String> newNorm(PatientData p) {
        String credential = config.audience().map(ServiceTokens::bearerFor).orElse(null);
        return client.newNorm(new NewPatient(p.nik(), p.nomorkartu(), p.nama(), p.jeniskelamin(), p.tanggallahir(),
                p.nohp(), p.alamat()), idempotencyKey(p.nik()), credential)
                .ifNoItem().after(config.timeout()).fail()
                .onFailure().transform(e -> {
                    LOG.warnf("the SIMRS gave no record number: %s", Failures.typeOf(e));
                    return new RequestRefusedException(503, NO_ANSWER);
                })
                .map(answer -> {
                    String norm = answer == null || !answer.path("norm").isTextual() ? null
                            : answer.path("norm").asText().strip();
                    if (PatientRules.norm(norm) != null) {
                        LOG.warn("the SIMRS answered without a usable record number");
                        throw new RequestRefusedException(503, NO_ANSWER);
                    }
                    return norm;
                });
    }

    /** The same for every attempt for one NIK, and not the NIK itself (headers end up in proxies' logs). */
    static String idempotencyKey(String nik) {
        return "pasienbaru-" + HexFormat.of().formatHex(sha256(("pasien.nik:" + nik).getBytes(StandardCharsets.UTF_8)));
    }

    private static byte[] sha256(byte[] bytes) {
        try {
            return java.security.MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
