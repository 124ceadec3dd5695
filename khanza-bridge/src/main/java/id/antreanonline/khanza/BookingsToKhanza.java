package id.antreanonline.khanza;

import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.ObjectMapper;

import id.antreanonline.shared.event.BookingEvent;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Reads {@code antrean.bookings} in order and applies each event to Khanza ({@link KhanzaVisits}); the offset moves on
 * only after Khanza has it ({@link Persistently}): Khanza's database away delays a write, never loses it; a booking
 * waiting for its patient waits {@code khanza.not-yet-patience} (the patient was numbered outside Khanza); one Khanza
 * cannot take (a poli or doctor without mapping) is left at once with a warning naming the kodebooking.
 */
@ApplicationScoped
public class BookingsToKhanza {

    private static final Logger LOG = Logger.getLogger(BookingsToKhanza.class);

    private final KhanzaVisits visits;
    private final ObjectMapper json;
    private final KhanzaConfig config;

    BookingsToKhanza(KhanzaVisits visits, ObjectMapper json, KhanzaConfig config) {
        this.visits = visits;
        this.json = json;
        this.config = config;
    }

    @Incoming("bookings")
    @Blocking(ordered = true)
    public void apply(String record) throws InterruptedException {
        BookingEvent event;
        try {
            event = json.readValue(record, BookingEvent.class);
        } catch (Exception e) {
            LOG.warnf("A record of antrean.bookings is not a booking event (%s): skipped", e.getClass().getSimpleName());
            return;
        }
        String what = "Booking " + event.kodebooking() + " " + event.kind() + " into Khanza";
        Persistently.apply(LOG, what, config.notYetPatience(),
                () -> visits.apply(event) == KhanzaVisits.Outcome.WRITTEN ? what + ": written" : null);
    }
}
