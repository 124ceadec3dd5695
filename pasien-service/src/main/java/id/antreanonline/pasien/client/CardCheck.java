package id.antreanonline.pasien.client;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;

import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.JsonNode;

import id.antreanonline.pasien.config.PasienConfig;
import id.antreanonline.shared.Wib;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.WebApplicationException;

/**
 * Asks VClaim (through the gateway) whether a JKN card is active today, for the admission clerk. Never fails: a
 * refusal by BPJS or an outage becomes a status the clerk can read.
 */
@ApplicationScoped
public class CardCheck {

    private static final Logger LOG = Logger.getLogger(CardCheck.class);
    static final String UNREACHABLE = "BPJS tidak dapat dihubungi";
    static final String DISABLED = "Pemeriksaan kartu ke VClaim tidak diaktifkan";

    /** {@code checked} false when VClaim could not be asked; {@code aktif} only means something when checked. */
    public record CardStatus(boolean checked, boolean aktif, String statusPeserta, String message) {
    }

    private final GatewayClient gateway;
    private final PasienConfig config;
    private final Clock clock;

    CardCheck(@RestClient GatewayClient gateway, PasienConfig config, Clock clock) {
        this.gateway = gateway;
        this.config = config;
        this.clock = clock;
    }

    public Uni<CardStatus> check(String nomorkartu) {
        if (!config.vclaim().enabled()) {
            return Uni.createFrom().item(new CardStatus(false, false, null, DISABLED));
        }
        if (nomorkartu == null) {
            return Uni.createFrom().item(new CardStatus(false, false, null, "Pasien tidak memiliki nomor kartu"));
        }
        String today = LocalDate.now(clock.withZone(Wib.ZONE)).toString();
        return gateway.pesertaByCard(nomorkartu, today)
                .ifNoItem().after(Duration.ofSeconds(10)).fail()
                .map(CardCheck::status)
                .onFailure().recoverWithItem(CardCheck::failure);
    }

    static CardStatus status(JsonNode body) {
        JsonNode peserta = body != null && body.has("peserta") ? body.get("peserta") : body;
        JsonNode status = peserta == null ? null : peserta.path("statusPeserta");
        String kode = status == null ? "" : status.path("kode").asText("");
        String keterangan = status == null ? null : status.path("keterangan").asText(null);
        boolean aktif = "0".equals(kode) || "AKTIF".equalsIgnoreCase(keterangan);
        return new CardStatus(true, aktif, keterangan,
                aktif ? "Kartu aktif" : "Kartu tidak aktif" + (keterangan == null ? "" : ": " + keterangan));
    }

    private static CardStatus failure(Throwable e) {
        if (e instanceof WebApplicationException w && w.getResponse() != null
                && w.getResponse().getStatus() == 422) {
            // BPJS refused: the card is unknown or cannot be used; its message is for the clerk
            String message = bpjsMessage(w);
            return new CardStatus(true, false, null, message == null ? "Kartu ditolak BPJS" : message);
        }
        LOG.warnf("card check through the gateway failed: %s", e.getClass().getSimpleName());
        return new CardStatus(false, false, null, UNREACHABLE);
    }

    private static String bpjsMessage(WebApplicationException e) {
        try {
            JsonNode refusal = e.getResponse().readEntity(JsonNode.class);
            return refusal == null ? null : refusal.path("message").asText(null);
        } catch (RuntimeException ignored) {
            return null;
        }
    }
}
