package id.antreanonline.gateway.service;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.JsonNode;

import id.antreanonline.gateway.Delivery;
import id.antreanonline.gateway.client.AntreanWsClient;
import id.antreanonline.gateway.client.BpjsAnswer;
import id.antreanonline.gateway.client.BpjsUnavailableException;
import id.antreanonline.gateway.repository.DeliveryRepository;
import id.antreanonline.shared.Wib;
import id.antreanonline.shared.event.DeliveryOutcomeEvent;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Compares, per booking of a visit date, the task times BPJS holds (getlisttask) with those the gateway delivered,
 * and puts back in line every delivered task BPJS lacks (and the booking's antrean/add when BPJS does not know the
 * booking at all). The dispatcher then sends them again in their original order.
 */
@ApplicationScoped
public class Reconciliation {

    private static final Logger LOG = Logger.getLogger(Reconciliation.class);

    private final DeliveryRepository deliveries;
    private final AntreanWsClient antrean;
    private final DeliveryAdmin admin;
    private final Dispatcher dispatcher;
    private final Clock clock;

    Reconciliation(DeliveryRepository deliveries, AntreanWsClient antrean, DeliveryAdmin admin, Dispatcher dispatcher,
            Clock clock) {
        this.deliveries = deliveries;
        this.antrean = antrean;
        this.admin = admin;
        this.dispatcher = dispatcher;
        this.clock = clock;
    }

    /**
     * What one run found: {@code missing} what BPJS lacks of the deliveries of the date, {@code resent} what was put
     * back in line for it (nothing in a preview), {@code unreachable} the bookings BPJS did not answer for.
     */
    public record Report(String tanggal, int bookingsChecked, List<Difference> missing, List<Difference> resent,
            List<String> unreachable) {
    }

    /**
     * A delivered item BPJS does not hold: the booking, the call and task, the delivery's id, and the tasks BPJS does
     * hold for the booking (null when BPJS does not know the booking at all).
     */
    public record Difference(String kodebooking, String delivery, Integer taskid, long deliveryId,
            List<Integer> bpjsTasks) {
    }

    @Scheduled(cron = "${gateway.reconcile.cron:0 30 * * * ?}", timeZone = "Asia/Jakarta",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> today() {
        return reconcile(LocalDate.now(clock.withZone(Wib.ZONE)))
                .invoke(r -> LOG.infof("reconciliation %s: %d bookings checked, %d resent, %d not reached", r.tanggal(),
                        r.bookingsChecked(), r.resent().size(), r.unreachable().size()))
                .onFailure().invoke(e -> LOG.warnf("reconciliation failed: %s", e.getMessage()))
                .onFailure().recoverWithNull()
                .replaceWithVoid();
    }

    /** Compares and resends what BPJS lacks. */
    public Uni<Report> reconcile(LocalDate tanggal) {
        return run(tanggal, true);
    }

    /** Compares only: what {@link #reconcile} would resend now, with nothing sent or changed. */
    public Uni<Report> preview(LocalDate tanggal) {
        return run(tanggal, false);
    }

    private Uni<Report> run(LocalDate tanggal, boolean resend) {
        List<Difference> missing = new ArrayList<>();
        List<String> unreachable = new ArrayList<>();
        return bookings(tanggal)
                .chain(bookings -> Multi.createFrom().iterable(bookings)
                        .onItem().transformToUniAndConcatenate(kb -> antrean.taskList(kb)
                                .chain(answer -> resend ? requeueMissing(kb, answer) : missing(kb, answer))
                                .invoke(missing::addAll)
                                .onFailure(BpjsUnavailableException.class).recoverWithItem(e -> {
                                    unreachable.add(kb);
                                    return List.of();
                                }))
                        .collect().asList()
                        .map(done -> new Report(tanggal.format(Wib.DATE), bookings.size(), missing,
                                resend ? missing : List.of(), unreachable)))
                .invoke(r -> {
                    if (!r.resent().isEmpty()) {
                        dispatcher.wakeUp();
                    }
                });
    }

    @WithSession
    Uni<List<String>> bookings(LocalDate tanggal) {
        return deliveries.bookingsWithDeliveredTasks(tanggal);
    }

    @WithSession
    Uni<List<Difference>> missing(String kodebooking, BpjsAnswer answer) {
        return deliveries.ofBooking(kodebooking).map(items -> differences(answer, items));
    }

    @WithTransaction
    Uni<List<Difference>> requeueMissing(String kodebooking, BpjsAnswer answer) {
        return deliveries.ofBooking(kodebooking).map(items -> {
            List<Difference> missing = differences(answer, items);
            Set<Long> ids = new HashSet<>();
            missing.forEach(m -> ids.add(m.deliveryId()));
            for (Delivery d : items) {
                if (ids.contains(d.id)) {
                    d.status = Delivery.Status.PARKED; // requeue only moves undelivered items
                    admin.requeue(d);
                    d.message = "resent: BPJS lacked it at reconciliation";
                }
            }
            return missing;
        });
    }

    /** The delivered items of a booking BPJS's task list lacks. */
    private static List<Difference> differences(BpjsAnswer answer, List<Delivery> items) {
        List<Difference> missing = new ArrayList<>();
        boolean known = answer.ok();
        List<Integer> held = new ArrayList<>();
        if (known) {
            for (JsonNode task : answer.list()) {
                held.add(task.path("taskid").asInt(-1));
            }
        }
        boolean hasAdd = items.stream().anyMatch(d -> d.kind == DeliveryOutcomeEvent.BpjsCall.ANTREAN_ADD);
        if (!known && !hasAdd) {
            // a Mobile JKN booking BPJS no longer knows: resending its tasks would only be refused
            return missing;
        }
        for (Delivery d : items) {
            if (d.status != Delivery.Status.DELIVERED) {
                continue;
            }
            boolean lacking = d.kind == DeliveryOutcomeEvent.BpjsCall.UPDATE_WAKTU ? !held.contains(d.taskid)
                    : d.kind == DeliveryOutcomeEvent.BpjsCall.ANTREAN_ADD && !known;
            if (lacking) {
                missing.add(new Difference(d.kodebooking, d.kind.name(), d.taskid, d.id, known ? held : null));
            }
        }
        return missing;
    }
}
