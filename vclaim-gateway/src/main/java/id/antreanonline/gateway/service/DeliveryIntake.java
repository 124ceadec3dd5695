package id.antreanonline.gateway.service;

import static id.antreanonline.shared.event.DeliveryOutcomeEvent.BpjsCall.ANTREAN_ADD;
import static id.antreanonline.shared.event.DeliveryOutcomeEvent.BpjsCall.ANTREAN_BATAL;
import static id.antreanonline.shared.event.DeliveryOutcomeEvent.BpjsCall.FARMASI_ADD;
import static id.antreanonline.shared.event.DeliveryOutcomeEvent.BpjsCall.UPDATE_WAKTU;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Stream;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import id.antreanonline.gateway.Delivery;
import id.antreanonline.gateway.client.BookingCancellation;
import id.antreanonline.gateway.client.NewBooking;
import id.antreanonline.gateway.client.PharmacyNumber;
import id.antreanonline.gateway.client.TaskTime;
import id.antreanonline.gateway.config.SimrsWebhookConfig;
import id.antreanonline.gateway.repository.DeliveryRepository;
import id.antreanonline.outbox.Traced;
import id.antreanonline.shared.Wib;
import id.antreanonline.shared.event.BookingEvent;
import id.antreanonline.shared.event.BookingSource;
import id.antreanonline.shared.event.CancelledBy;
import id.antreanonline.shared.event.DeliveryOutcomeEvent;
import id.antreanonline.shared.event.PatientEvent;
import id.antreanonline.shared.event.TaskEvent;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Turns events into stored deliveries, once per event id and receiver. For BPJS: booking and task events, each with
 * the typed body its BPJS call takes (stored as the JSON BPJS will receive); what BPJS already knows (a Mobile JKN
 * booking, a cancellation BPJS sent us, a booking of the previous queue system) and check-ins (their task comes
 * through antrean.tasks) store nothing to send. For the SIMRS, when its webhook is on: every booking, task, patient
 * (but those it sent itself) and BPJS delivery outcome event, as its topic carries it.
 */
@ApplicationScoped
public class DeliveryIntake {

    private final Pool pool;
    private final DeliveryRepository deliveries;
    private final ObjectMapper mapper;
    private final Clock clock;
    private final SimrsWebhookConfig simrs;

    DeliveryIntake(Pool pool, DeliveryRepository deliveries, ObjectMapper mapper, Clock clock,
            SimrsWebhookConfig simrs) {
        this.pool = pool;
        this.deliveries = deliveries;
        this.mapper = mapper;
        this.clock = clock;
        this.simrs = simrs;
    }

    /** Stores a batch of booking events in one statement, in their order; true when any was stored now. */
    public Uni<Boolean> bookings(List<Traced<BookingEvent>> events) {
        return store(events, this::booking, e -> webhook(e.eventId(), "booking." + lower(e.kind()), e.kodebooking(),
                e.kodebooking(), e));
    }

    /** Stores a batch of task events in one statement, in their order; true when any was stored now. */
    public Uni<Boolean> tasks(List<Traced<TaskEvent>> events) {
        return store(events, this::task, e -> webhook(e.eventId(),
                e.kind() == TaskEvent.Kind.TASK ? "task.recorded" : "task." + lower(e.kind()), e.kodebooking(),
                e.kodebooking(), e));
    }

    /**
     * Stores a batch of patient events for the SIMRS, in order per norm; true when any was stored now. A patient the
     * SIMRS itself sent (its import or sync) is not sent back: an import of 200,000 would otherwise queue 200,000
     * echoes ahead of the day's bookings.
     */
    public Uni<Boolean> patients(List<Traced<PatientEvent>> events) {
        return store(events, e -> null, e -> e.fromSimrs() ? null
                : webhook(e.eventId(), "patient." + lower(e.kind()), e.norm(), null, e));
    }

    /** Stores a batch of BPJS's outcomes for the SIMRS, in order per booking; true when any was stored now. */
    public Uni<Boolean> outcomes(List<Traced<DeliveryOutcomeEvent>> events) {
        return store(events, e -> null, e -> webhook(e.eventId(), "bpjs_delivery." + lower(e.status()),
                e.kodebooking(), e.kodebooking(), e));
    }

    private static String lower(Enum<?> kind) {
        return kind.name().toLowerCase(Locale.ROOT);
    }

    /**
     * Each event's BPJS delivery and its webhook, in the events' order; either may be null for none. Both keep the
     * event's trace, so their calls continue it however late they go.
     */
    private <E> Uni<Boolean> store(List<Traced<E>> events, Function<E, Delivery> toBpjs,
            Function<E, Delivery> toSimrs) {
        boolean webhooks = simrs.enabled();
        List<Delivery> items = events.stream()
                .flatMap(e -> Stream.of(toBpjs.apply(e.event()), webhooks ? toSimrs.apply(e.event()) : null)
                        .filter(Objects::nonNull).peek(d -> d.traceparent = e.traceparent()))
                .toList();
        if (items.isEmpty()) {
            return Uni.createFrom().item(false);
        }
        return deliveries.insertOnce(pool, items, clock.instant()).map(stored -> stored > 0);
    }

    /** The delivery a booking event asks for, or null for none. */
    Delivery booking(BookingEvent event) {
        if (event.migrated() != null) {
            return migrated(event);
        }
        if (event.kind() == BookingEvent.Kind.CREATED && event.source() == BookingSource.ONSITE
                && event.booking() != null) {
            return delivery(event.eventId(), event.kodebooking(), ANTREAN_ADD, event.source(), null, visitDate(event),
                    NewBooking.of(event.booking()));
        }
        if (event.kind() == BookingEvent.Kind.CANCELLED && event.cancellation() != null
                && event.cancellation().by() == CancelledBy.HOSPITAL) {
            return delivery(event.eventId(), event.kodebooking(), ANTREAN_BATAL, event.source(), null, visitDate(event),
                    BookingCancellation.of(event.kodebooking(), event.cancellation().keterangan()));
        }
        return null;
    }

    /**
     * A booking the previous queue system took: BPJS has it, so nothing is sent. An onsite one's antrean/add is stored
     * as delivered, because its later tasks (and a cancellation here) wait for that add.
     */
    private Delivery migrated(BookingEvent event) {
        if (event.kind() != BookingEvent.Kind.CREATED || event.source() != BookingSource.ONSITE
                || event.booking() == null) {
            return null;
        }
        Delivery add = delivery(event.eventId(), event.kodebooking(), ANTREAN_ADD, event.source(), null,
                visitDate(event), NewBooking.of(event.booking()));
        add.deliveredBefore("Sudah dikirim ke BPJS oleh sistem antrean sebelumnya");
        return add;
    }

    /** The delivery a task event asks for, or null for none. */
    Delivery task(TaskEvent event) {
        if (event.kind() == TaskEvent.Kind.PHARMACY_NUMBER) {
            return delivery(event.eventId(), event.kodebooking(), FARMASI_ADD, event.source(), null,
                    Wib.dateOf(event.recordedAt()), PharmacyNumber.of(event.kodebooking(), event.jenisresep(),
                            event.nomorantrean(), event.keterangan()));
        }
        if (event.taskid() == null || event.waktu() == null) {
            return null;
        }
        return delivery(event.eventId(), event.kodebooking(), UPDATE_WAKTU, event.source(), event.taskid(),
                Wib.dateOf(event.waktu()),
                new TaskTime(event.kodebooking(), event.taskid(), event.waktu(), event.jenisresep()));
    }

    /** The visit date the booking names; the day of the event when it names none. */
    private static LocalDate visitDate(BookingEvent event) {
        LocalDate eventDay = Wib.dateOf(event.occurredAt());
        return event.booking() == null ? eventDay : Wib.parseDate(event.booking().tanggalperiksa()).orElse(eventDay);
    }

    /** The event as its topic carries it, for the SIMRS, in order per {@code key}. */
    private Delivery webhook(String eventId, String eventType, String key, String kodebooking, Object event) {
        if (key == null) {
            return null;
        }
        Delivery d = new Delivery();
        d.receiver = Delivery.Receiver.SIMRS;
        d.sourceEventId = eventId;
        d.eventType = eventType;
        d.recordKey = key;
        d.kodebooking = kodebooking;
        d.body = json(event);
        return d;
    }

    private String json(Object body) {
        try {
            return mapper.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("delivery body cannot be serialised");
        }
    }

    private Delivery delivery(String eventId, String kodebooking, DeliveryOutcomeEvent.BpjsCall kind,
            BookingSource source, Integer taskid, LocalDate visit, Object body) {
        Delivery d = new Delivery();
        d.sourceEventId = eventId;
        d.kodebooking = kodebooking;
        d.kind = kind;
        d.source = source == null ? BookingSource.MOBILE_JKN : source;
        d.taskid = taskid;
        d.tanggal = visit;
        d.body = json(body);
        return d;
    }
}
