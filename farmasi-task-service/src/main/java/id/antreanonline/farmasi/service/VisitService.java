package id.antreanonline.farmasi.service;

import java.time.Clock;
import java.util.List;

import org.jboss.logging.Logger;

import id.antreanonline.farmasi.DeliveryState;
import id.antreanonline.farmasi.Visit;
import id.antreanonline.farmasi.repository.VisitRepository;
import id.antreanonline.shared.Wib;
import id.antreanonline.shared.event.BookingEvent;
import id.antreanonline.shared.event.BookingSource;
import id.antreanonline.shared.event.DeliveryOutcomeEvent;
import id.antreanonline.shared.event.VisitEvent;
import id.antreanonline.shared.event.VisitSnapshot;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Applies antrean-service's visit events (its booking events as the stations need them) to the visits, inside the
 * consumer's transaction: CREATED opens the visit, CHECKED_IN records task 1 or 3 with its real time, CANCELLED closes
 * the visit. Every event carries the visit, so a visit whose CREATED was never seen is opened from the event at hand.
 */
@ApplicationScoped
public class VisitService {

    private static final Logger LOG = Logger.getLogger(VisitService.class);

    private final VisitRepository visits;
    private final TaskService tasks;
    private final Clock clock;

    VisitService(VisitRepository visits, TaskService tasks, Clock clock) {
        this.visits = visits;
        this.tasks = tasks;
        this.clock = clock;
    }

    public Uni<Void> apply(VisitEvent event) {
        return visit(event).chain(visit -> {
            if (visit == null) {
                return Uni.createFrom().voidItem();
            }
            Uni<Void> sentBefore = event.migrated() == null ? Uni.createFrom().voidItem() : sentBefore(visit, event);
            return sentBefore.chain(() -> switch (event.kind()) {
                case CREATED -> Uni.createFrom().voidItem();
                case CANCELLED -> Uni.createFrom().voidItem().invoke(visit::cancel);
                case CHECKED_IN -> checkIn(visit, event);
            });
        });
    }

    /**
     * A booking of the previous queue system: BPJS has it (an onsite one's antrean/add was that system's) and the
     * tasks it sent, which the timeline shows as delivered.
     */
    private Uni<Void> sentBefore(Visit visit, VisitEvent event) {
        if (visit.source == BookingSource.ONSITE && visit.bookingDelivery == null) {
            visit.bookingDeliveryCall = DeliveryOutcomeEvent.BpjsCall.ANTREAN_ADD.name();
            visit.bookingDelivery = DeliveryState.DELIVERED;
            visit.bookingDeliveryMessage = TaskService.SENT_BEFORE_MESSAGE;
            visit.bookingDeliveryAt = clock.millis();
        }
        List<BookingEvent.TaskSent> sent = event.migrated().tasksSent();
        return sent == null || sent.isEmpty() ? Uni.createFrom().voidItem() : tasks.recordSentBefore(visit, sent);
    }

    private Uni<Void> checkIn(Visit visit, VisitEvent event) {
        BookingEvent.CheckIn checkIn = event.checkIn();
        if (checkIn == null || (checkIn.taskid() != 1 && checkIn.taskid() != 3)) {
            LOG.warnf("check-in of %s without task 1 or 3, ignored", visit.kodebooking);
            return Uni.createFrom().voidItem();
        }
        int pasienbaru = visit.pasienbaru;
        if (visit.lastTaskid == null) {
            // antrean-service decides at check-in whether the patient still goes through admission
            visit.pasienbaru = checkIn.taskid() == 1 ? 1 : 0;
        }
        return tasks.recordInTransaction(new TaskService.Command(visit.kodebooking, checkIn.taskid(), checkIn.waktu(),
                null, "check-in"))
                .invoke(result -> {
                    if (result instanceof TaskService.Refused refused) {
                        visit.pasienbaru = pasienbaru;
                        LOG.warnf("check-in of %s not recorded: %s", visit.kodebooking, refused.refusal().message());
                    }
                })
                .replaceWithVoid();
    }

    /** The visit, opened from the event's booking when it is new; null when the event cannot open one. */
    private Uni<Visit> visit(VisitEvent event) {
        return visits.findForUpdate(event.kodebooking()).chain(existing -> {
            if (existing != null) {
                return Uni.createFrom().item(existing);
            }
            Visit visit = open(event);
            if (visit == null) {
                LOG.warnf("visit event %s for %s lacks the visit, ignored", event.eventId(), event.kodebooking());
                return Uni.createFrom().nullItem();
            }
            return visits.persistAndFlush(visit);
        });
    }

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
