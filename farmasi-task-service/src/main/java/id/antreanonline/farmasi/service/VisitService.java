package id.antreanonline.farmasi.service;

import java.time.Clock;
import java.util.List;

import org.jboss.logging.Logger;

import id.antreanonline.farmasi.DeliveryState;
import id.antreanonline.farmasi.Visit;
import id.antreanonline.farmasi.repository.VisitRows;
import id.antreanonline.shared.Wib;
import id.antreanonline.shared.event.BookingEvent;
import id.antreanonline.shared.event.BookingSource;
import id.antreanonline.shared.event.DeliveryOutcomeEvent;
import id.antreanonline.shared.event.VisitEvent;
import id.antreanonline.shared.event.VisitSnapshot;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Applies antrean-service's visit events (its booking events as the stations need them) to the visits, on the
 * consumer's connection inside its transaction: CREATED opens the visit, CHECKED_IN records task 1 or 3 with its real
 * time, CANCELLED closes the visit. Every event carries the visit, so a visit whose CREATED was never seen is opened
 * from the event at hand. By SQL on the pool ({@link VisitRows}), like the stations' steps: the CREATED events next to
 * each other in a poll are one statement together, a check-in two round trips.
 */
@ApplicationScoped
public class VisitService {

    private static final Logger LOG = Logger.getLogger(VisitService.class);

    private final VisitRows rows;
    private final TaskService tasks;
    private final Clock clock;

    VisitService(VisitRows rows, TaskService tasks, Clock clock) {
        this.rows = rows;
        this.tasks = tasks;
        this.clock = clock;
    }

    /**
     * Whether the event does nothing but open its visit (a new booking's CREATED, not one of the previous queue
     * system), so neighbours like it may be applied together ({@link #openAll}).
     */
    public boolean opensOnly(VisitEvent event) {
        return event.kind() == BookingEvent.Kind.CREATED && event.migrated() == null && open(event) != null;
    }

    /** Applies events {@link #opensOnly} accepts, in one statement: a visit already there stays as it is. */
    public Uni<Void> openAll(SqlConnection conn, List<VisitEvent> events) {
        return rows.open(conn, events.stream().map(this::open).toList());
    }

    /**
     * Applies any one event, under its visit's lock (the consumer gives those {@link #opensOnly} accepts to
     * {@link #openAll} instead).
     */
    public Uni<Void> apply(SqlConnection conn, VisitEvent event) {
        Visit opened = open(event);
        // sent together: the lock sees the visit just opened
        Uni<Void> open = opened == null ? Uni.createFrom().voidItem() : rows.open(conn, opened);
        Uni<VisitRows.Locked> locked = rows.lock(conn, event.kodebooking(), null, null);
        return Uni.combine().all().unis(open, locked).asTuple().chain(read -> {
            VisitRows.Locked visit = read.getItem2();
            if (visit.visit() == null) {
                LOG.warnf("visit event %s for %s lacks the visit, ignored", event.eventId(), event.kodebooking());
                return Uni.createFrom().voidItem();
            }
            Uni<Void> sentBefore = event.migrated() == null ? Uni.createFrom().voidItem() : sentBefore(conn, visit, event);
            return sentBefore.chain(() -> switch (event.kind()) {
                case CREATED -> Uni.createFrom().voidItem();
                case CANCELLED -> cancel(conn, visit.visit());
                case CHECKED_IN -> checkIn(conn, visit, event);
            });
        });
    }

    private Uni<Void> cancel(SqlConnection conn, Visit visit) {
        Visit.Status before = visit.status;
        visit.cancel();
        return visit.status == before ? Uni.createFrom().voidItem() : rows.write(conn, visit);
    }

    /**
     * A booking of the previous queue system: BPJS has it (an onsite one's antrean/add was that system's) and the
     * tasks it sent, which the timeline shows as delivered. Rare (the go-live's bookings), so its own statements.
     */
    private Uni<Void> sentBefore(SqlConnection conn, VisitRows.Locked locked, VisitEvent event) {
        Visit visit = locked.visit();
        if (visit.source == BookingSource.ONSITE && visit.bookingDelivery == null) {
            visit.bookingDeliveryCall = DeliveryOutcomeEvent.BpjsCall.ANTREAN_ADD.name();
            visit.bookingDelivery = DeliveryState.DELIVERED;
            visit.bookingDeliveryMessage = TaskService.SENT_BEFORE_MESSAGE;
            visit.bookingDeliveryAt = clock.millis();
        }
        List<BookingEvent.TaskSent> sent = event.migrated().tasksSent();
        Uni<Void> recorded = sent == null || sent.isEmpty() ? Uni.createFrom().voidItem()
                : tasks.recordSentBefore(conn, locked, sent);
        return recorded.chain(() -> rows.write(conn, visit));
    }

    private Uni<Void> checkIn(SqlConnection conn, VisitRows.Locked locked, VisitEvent event) {
        Visit visit = locked.visit();
        BookingEvent.CheckIn checkIn = event.checkIn();
        if (checkIn == null || (checkIn.taskid() != 1 && checkIn.taskid() != 3)) {
            LOG.warnf("check-in of %s without task 1 or 3, ignored", visit.kodebooking);
            return Uni.createFrom().voidItem();
        }
        if (visit.lastTaskid == null) {
            // antrean-service decides at check-in whether the patient still goes through admission; stored with the
            // step, so a refused check-in leaves it as it was
            visit.pasienbaru = checkIn.taskid() == 1 ? 1 : 0;
        }
        return tasks.record(conn, locked, new TaskService.Command(visit.kodebooking, checkIn.taskid(),
                checkIn.waktu(), null, "check-in"))
                .invoke(result -> {
                    if (result instanceof TaskService.Refused refused) {
                        LOG.warnf("check-in of %s not recorded: %s", visit.kodebooking, refused.refusal().message());
                    }
                })
                .replaceWithVoid();
    }

    /** The visit the event's booking opens, when it is new; null when the event cannot open one. */
    private Visit open(VisitEvent event) {
        VisitSnapshot booked = event.visit();
        if (booked == null) {
            return null;
        }
        var date = Wib.parseDate(booked.tanggalperiksa());
        if (date.isEmpty() || booked.kodepoli() == null) {
            return null;
        }
        Visit visit = new Visit();
        visit.kodebooking = event.kodebooking();
        visit.source = event.source() != null ? event.source() : BookingSource.MOBILE_JKN;
        visit.pasienbaru = booked.pasienbaru();
        visit.tanggalperiksa = date.get();
        visit.kodepoli = booked.kodepoli();
        visit.kodedokter = booked.kodedokter();
        visit.jampraktek = booked.jampraktek();
        visit.nomorantrean = booked.nomorantrean();
        visit.angkaantrean = booked.angkaantrean();
        visit.norm = booked.norm();
        visit.status = Visit.Status.OPEN;
        visit.createdAt = clock.millis();
        return visit;
    }
}
