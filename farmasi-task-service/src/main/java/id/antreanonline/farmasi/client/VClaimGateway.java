package id.antreanonline.farmasi.client;

import java.net.ConnectException;
import java.util.function.Function;

import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.RestResponse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;

import id.antreanonline.farmasi.service.Refusal;
import id.antreanonline.farmasi.service.RefusedException;
import id.antreanonline.outbox.Failures;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response;

/**
 * The visit's calls to BPJS VClaim through vclaim-gateway and its look-up of the booking in antrean-service, with the
 * staff member's own token. Reads every answer: 200 the body, 422 {@link BpjsRefused} with BPJS's words, 503 or no
 * answer {@link VClaimUnavailable}; the URL (with a card number in it) and bodies never reach the log.
 */
@ApplicationScoped
public class VClaimGateway {

    private static final Logger LOG = Logger.getLogger(VClaimGateway.class);
    static final String BPJS_UNREACHABLE = "BPJS tidak dapat dihubungi, silakan coba beberapa saat lagi";
    static final String ANTREAN_UNREACHABLE = "antrean-service tidak dapat dihubungi, silakan coba beberapa saat lagi";

    private final VClaimApi vclaim;
    private final BookingApi bookings;

    VClaimGateway(VClaimApi vclaim, BookingApi bookings) {
        this.vclaim = vclaim;
        this.bookings = bookings;
    }

    /** The booking behind a visit; 404 when antrean-service does not know it. */
    public Uni<Booking> booking(String authorization, String kodebooking) {
        return lookUp(bookings.booking(authorization, kodebooking), kodebooking);
    }

    /** What the booking's printed ticket shows; 404 when antrean-service does not know it. */
    public Uni<BookingTicket> ticket(String authorization, String kodebooking) {
        return lookUp(bookings.ticket(authorization, kodebooking), kodebooking);
    }

    private static <T> Uni<T> lookUp(Uni<RestResponse<T>> answer, String kodebooking) {
        return answer.onFailure().transform(e -> unreachable("antrean-service", e, ANTREAN_UNREACHABLE, false))
                .map(r -> switch (r.getStatus()) {
                    case 200 -> r.getEntity();
                    case 404 -> throw new RefusedException(Refusal.of(Refusal.Kind.NOT_FOUND,
                            "Booking " + kodebooking + " tidak ditemukan di antrean"));
                    case 401, 403 -> throw new RefusedException(Refusal.of(Refusal.Kind.FORBIDDEN,
                            "antrean-service menolak peran Anda untuk melihat booking ini"));
                    default -> throw new VClaimUnavailable(ANTREAN_UNREACHABLE, false);
                });
    }

    /** A read: the answer, or why there is none (a read changes nothing, so no answer is simply "not now"). */
    public Uni<JsonNode> read(Function<VClaimApi, Uni<Response>> call) {
        return call.apply(vclaim)
                .onFailure().transform(e -> unreachable("vclaim-gateway", e, BPJS_UNREACHABLE, false))
                .map(VClaimGateway::answer);
    }

    /** A write: like a read, except that a call sent and not answered may have been done by BPJS. */
    public Uni<JsonNode> write(Function<VClaimApi, Uni<Response>> call) {
        return call.apply(vclaim)
                .onFailure().transform(e -> unreachable("vclaim-gateway", e, BPJS_UNREACHABLE,
                        !(Failures.root(e) instanceof ConnectException)))
                .map(VClaimGateway::answer);
    }

    private static JsonNode answer(Response r) {
        JsonNode body = body(r);
        if (r.getStatus() == 200) {
            return body == null ? NullNode.getInstance() : body;
        }
        throw switch (r.getStatus()) {
            case 422 -> new BpjsRefused(text(body, "code"), text(body, "message"));
            case 400 -> new RefusedException(Refusal.of(Refusal.Kind.BAD_REQUEST,
                    body != null && body.hasNonNull("message") ? body.get("message").asText()
                            : "Permintaan ke VClaim tidak sesuai"));
            case 401, 403 -> new RefusedException(Refusal.of(Refusal.Kind.FORBIDDEN,
                    "vclaim-gateway menolak peran Anda untuk permintaan ini"));
            // 503 is BPJS out of reach as the gateway saw it: BPJS either never got it or refused to take it
            default -> new VClaimUnavailable(BPJS_UNREACHABLE, false);
        };
    }

    private static JsonNode body(Response r) {
        try {
            return r.readEntity(JsonNode.class);
        } catch (RuntimeException unreadable) {
            return null;
        }
    }

    private static String text(JsonNode body, String field) {
        return body != null && body.hasNonNull(field) ? body.get(field).asText() : "";
    }

    private static VClaimUnavailable unreachable(String who, Throwable e, String message, boolean maybeDone) {
        LOG.warnf("%s did not answer: %s", who, Failures.typeOf(e));
        return new VClaimUnavailable(message, maybeDone);
    }
}
