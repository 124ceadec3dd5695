package id.antreanonline.farmasi.service;

import id.antreanonline.farmasi.DeliveryState;
import id.antreanonline.farmasi.repository.TaskRecordRepository;
import id.antreanonline.farmasi.repository.VisitRepository;
import id.antreanonline.shared.event.DeliveryOutcomeEvent;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Keeps, per task and per pharmacy number, what BPJS answered to its delivery (the gateway's outcomes). A parked
 * delivery the gateway later re-plays successfully arrives as a newer outcome; an older outcome never overwrites a
 * newer one. The booking's own calls (antrean/add of an onsite booking, antrean/batal) are kept on the visit.
 */
@ApplicationScoped
public class DeliveryOutcomeService {

    private final TaskRecordRepository tasks;
    private final VisitRepository visits;

    DeliveryOutcomeService(TaskRecordRepository tasks, VisitRepository visits) {
        this.tasks = tasks;
        this.visits = visits;
    }

    public Uni<Void> apply(DeliveryOutcomeEvent outcome) {
        if (outcome.sourceEventId() == null || outcome.status() == null || outcome.call() == null) {
            return Uni.createFrom().voidItem();
        }
        DeliveryState state = outcome.status() == DeliveryOutcomeEvent.Status.DELIVERED ? DeliveryState.DELIVERED
                : DeliveryState.REJECTED;
        return switch (outcome.call()) {
            case UPDATE_WAKTU -> tasks.byEventId(outcome.sourceEventId()).invoke(task -> {
                if (task != null && (task.deliveryAt == null || task.deliveryAt <= outcome.at())) {
                    task.delivery = state;
                    task.deliveryCode = outcome.code();
                    task.deliveryMessage = outcome.message();
                    task.deliveryAt = outcome.at();
                }
            }).replaceWithVoid();
            case FARMASI_ADD -> visits.byFarmasiEventIdForUpdate(outcome.sourceEventId()).invoke(visit -> {
                if (visit != null && (visit.farmasiDeliveryAt == null || visit.farmasiDeliveryAt <= outcome.at())) {
                    visit.farmasiDelivery = state;
                    visit.farmasiDeliveryCode = outcome.code();
                    visit.farmasiDeliveryMessage = outcome.message();
                    visit.farmasiDeliveryAt = outcome.at();
                }
            }).replaceWithVoid();
            case ANTREAN_ADD, ANTREAN_BATAL -> visits.findForUpdate(outcome.kodebooking() == null ? ""
                    : outcome.kodebooking()).invoke(visit -> {
                        if (visit != null && (visit.bookingDeliveryAt == null
                                || visit.bookingDeliveryAt <= outcome.at())) {
                            visit.bookingDeliveryCall = outcome.call().name();
                            visit.bookingDelivery = state;
                            visit.bookingDeliveryCode = outcome.code();
                            visit.bookingDeliveryMessage = outcome.message();
                            visit.bookingDeliveryAt = outcome.at();
                        }
                    }).replaceWithVoid();
        };
    }
}
