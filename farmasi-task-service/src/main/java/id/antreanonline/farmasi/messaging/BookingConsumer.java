package id.antreanonline.farmasi.messaging;

import java.time.Duration;

import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.ObjectMapper;

import id.antreanonline.farmasi.service.VisitService;
import id.antreanonline.outbox.Inbox;
import id.antreanonline.shared.event.BookingEvent;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/** antrean.bookings: each event applied once (Inbox), the offset committed only after the effect is stored. */
@ApplicationScoped
public class BookingConsumer {

    private static final Logger LOG = Logger.getLogger(BookingConsumer.class);

    private final ObjectMapper mapper;
    private final Inbox inbox;
    private final VisitService bookings;

    BookingConsumer(ObjectMapper mapper, Inbox inbox, VisitService bookings) {
        this.mapper = mapper;
        this.inbox = inbox;
        this.bookings = bookings;
    }

    @Incoming("bookings")
    public Uni<Void> consume(String payload) {
        BookingEvent event;
        try {
            event = mapper.readValue(payload, BookingEvent.class);
        } catch (Exception e) {
            LOG.warn("unparseable booking event skipped");
            return Uni.createFrom().voidItem();
        }
        if (event == null || event.eventId() == null || event.kind() == null || event.kodebooking() == null) {
            LOG.warn("booking event without eventId, kind or kodebooking skipped");
            return Uni.createFrom().voidItem();
        }
        return Uni.createFrom().deferred(() -> Panache.withTransaction(() -> inbox.firstDelivery(event.eventId())
                .chain(first -> first ? bookings.apply(event) : Uni.createFrom().voidItem())))
                .onFailure().invoke(e -> LOG.warnf("booking event %s of %s not stored yet, retrying: %s",
                        event.eventId(), event.kodebooking(), e.toString()))
                .onFailure().retry().withBackOff(Duration.ofMillis(200), Duration.ofSeconds(10)).indefinitely();
    }
}
