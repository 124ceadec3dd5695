package id.antreanonline.farmasi.messaging;

import org.eclipse.microprofile.reactive.messaging.Incoming;

import id.antreanonline.farmasi.service.VisitService;
import id.antreanonline.outbox.IdempotentConsumer;
import id.antreanonline.outbox.IncomingEvent;
import id.antreanonline.shared.event.BookingEvent;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/** antrean.bookings: each event applied once, the offset committed only after the effect is stored. */
@ApplicationScoped
public class BookingConsumer {

    private static final IncomingEvent<BookingEvent> BOOKINGS = IncomingEvent
            .of(BookingEvent.class, "booking event", BookingEvent::eventId, BookingEvent::kodebooking)
            .requiring(e -> e.kind() != null && e.kodebooking() != null);

    private final IdempotentConsumer consumer;
    private final VisitService bookings;

    BookingConsumer(IdempotentConsumer consumer, VisitService bookings) {
        this.consumer = consumer;
        this.bookings = bookings;
    }

    @Incoming("bookings")
    public Uni<Void> consume(String payload) {
        return consumer.applyOnce(payload, BOOKINGS, bookings::apply);
    }
}
