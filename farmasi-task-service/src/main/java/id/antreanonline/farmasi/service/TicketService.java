package id.antreanonline.farmasi.service;

import java.time.Clock;

import id.antreanonline.farmasi.client.VClaimGateway;
import id.antreanonline.farmasi.config.TicketConfig;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The patient's queue ticket, from antrean-service's booking asked with the caller's own token (a clerk's or the
 * kiosk's), so antrean decides who may see it. A cancelled booking gets no ticket.
 */
@ApplicationScoped
public class TicketService {

    private final VClaimGateway antrean;
    private final TicketConfig config;
    private final Clock clock;

    TicketService(VClaimGateway antrean, TicketConfig config, Clock clock) {
        this.antrean = antrean;
        this.config = config;
        this.clock = clock;
    }

    public Uni<Ticket> ticket(String authorization, String kodebooking) {
        String code = kodebooking == null ? "" : kodebooking.trim();
        if (code.isEmpty()) {
            return Uni.createFrom().failure(new RefusedException(Refusal.of(Refusal.Kind.BAD_REQUEST,
                    "Kode booking wajib diisi")));
        }
        return antrean.ticket(authorization, code).map(b -> {
            if (b.cancelled()) {
                throw new RefusedException(Refusal.of(Refusal.Kind.CONFLICT,
                        "Antrean " + code + " sudah dibatalkan; tiket tidak dapat dicetak"));
            }
            return Ticket.of(config.hospitalName(), b, clock.millis());
        });
    }
}
