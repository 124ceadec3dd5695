package id.antreanonline.khanza;

import java.time.Duration;

import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.ObjectMapper;

import id.antreanonline.shared.event.BookingEvent;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Reads {@code antrean.bookings} in order and applies each event to Khanza ({@link KhanzaVisits}); the offset moves on
 * only after Khanza has it ({@link Persistently}): Khanza's database away delays a write, never loses it; one Khanza
 * cannot take (a poli or doctor without mapping, a patient numbered outside Khanza, a cancellation or check-in of a
 * booking so left) is left at once with a warning naming the kodebooking, so the bookings behind it do not wait.
 */
@ApplicationScoped
public class BookingsToKhanza {

    private static final Logger LOG = Logger.getLogger(BookingsToKhanza.class);

    private final KhanzaVisits visits;
    private final ObjectMapper json;

    BookingsToKhanza(KhanzaVisits visits, ObjectMapper json) {
        this.visits = visits;
        this.json = json;
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
        Persistently.apply(LOG, what, Duration.ZERO, // nothing of a booking is waited for: see KhanzaVisits.apply
                () -> visits.apply(event) == KhanzaVisits.Outcome.WRITTEN ? what + ": written" : null);
    }
}
