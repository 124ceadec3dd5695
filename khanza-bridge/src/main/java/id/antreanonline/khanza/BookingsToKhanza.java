package id.antreanonline.khanza;

import java.sql.SQLException;
import java.time.Duration;

import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.ObjectMapper;

import id.antreanonline.shared.event.BookingEvent;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Reads {@code antrean.bookings} in order and applies each event to Khanza ({@link KhanzaVisits}); the offset moves on
 * only after Khanza has it. Khanza's database away: the same event is tried again, 1 s doubling to 30 s, for as long as
 * it takes: a write is delayed, never lost. A booking waiting for its patient is tried the same way for
 * {@code khanza.not-yet-patience}, then left with a warning (the patient was numbered outside Khanza). A booking
 * Khanza cannot take (a poli or doctor without mapping) is left at once with a warning naming the kodebooking.
 */
@ApplicationScoped
public class BookingsToKhanza {

    private static final Logger LOG = Logger.getLogger(BookingsToKhanza.class);
    private static final Duration FIRST_PAUSE = Duration.ofSeconds(1);
    private static final Duration LONGEST_PAUSE = Duration.ofSeconds(30);

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
        long waitingSince = System.nanoTime();
        Duration pause = FIRST_PAUSE;
        while (true) {
            try {
                KhanzaVisits.Outcome outcome = visits.apply(event);
                if (outcome == KhanzaVisits.Outcome.WRITTEN) {
                    LOG.infof("Booking %s %s written into Khanza", event.kodebooking(), event.kind());
                }
                return;
            } catch (KhanzaVisits.Unwritable e) {
                LOG.warnf("Booking %s %s not written into Khanza: %s", event.kodebooking(), event.kind(), e.getMessage());
                return;
            } catch (KhanzaVisits.NotYet e) {
                if (System.nanoTime() - waitingSince > config.notYetPatience().toNanos()) {
                    LOG.warnf("Booking %s %s not written into Khanza: %s", event.kodebooking(), event.kind(),
                            e.getMessage());
                    return;
                }
            } catch (SQLException e) {
                LOG.warnf("Khanza's database did not take booking %s %s (%s): trying again in %d s",
                        event.kodebooking(), event.kind(), e.getClass().getSimpleName(), pause.toSeconds());
            }
            Thread.sleep(pause.toMillis()); // a consumer's own back-off: nothing to wait on but time
            pause = pause.multipliedBy(2).compareTo(LONGEST_PAUSE) > 0 ? LONGEST_PAUSE : pause.multipliedBy(2);
        }
    }
}
