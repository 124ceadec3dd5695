package id.antreanonline.antrean.client;

import java.time.Duration;
import java.util.Optional;

import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.WebApplicationException;

/** Looks a patient up in pasien-service: empty when unknown there, {@link Unavailable} when it cannot answer. */
@ApplicationScoped
public class PasienClient {

    private static final Logger LOG = Logger.getLogger(PasienClient.class);

    private final PasienApi api;

    PasienClient(@RestClient PasienApi api) {
        this.api = api;
    }

    public Uni<Optional<PatientRecord>> find(String norm, String nomorkartu, String nik) {
        return api.find(blankToNull(norm), blankToNull(nomorkartu), blankToNull(nik))
                .map(Optional::ofNullable)
                .onFailure(PasienClient::notFound).recoverWithItem(Optional.empty())
                .onFailure(e -> !notFound(e)).retry().withBackOff(Duration.ofMillis(100)).atMost(2)
                .onFailure().transform(e -> {
                    LOG.warnf("pasien-service did not answer: %s", e.getClass().getSimpleName());
                    return new Unavailable(e);
                });
    }

    private static boolean notFound(Throwable e) {
        return e instanceof WebApplicationException w && w.getResponse() != null && w.getResponse().getStatus() == 404;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    /** pasien-service is down or answered something else than a patient or 404. */
    public static class Unavailable extends RuntimeException {
        Unavailable(Throwable cause) {
            super("pasien-service unavailable", cause);
        }
    }
}
