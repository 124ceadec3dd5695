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

    /** What one run found. */
    public record Report(String tanggal, int bookingsChecked, List<Resent> resent, List<String> unreachable) {
    }

    public record Resent(String kodebooking, String delivery, Integer taskid) {
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

    public Uni<Report> reconcile(LocalDate tanggal) {
        List<Resent> resent = new ArrayList<>();
        List<String> unreachable = new ArrayList<>();
        return bookings(tanggal)
                .chain(bookings -> Multi.createFrom().iterable(bookings)
                        .onItem().transformToUniAndConcatenate(kb -> antrean.taskList(kb)
                                .chain(answer -> requeueMissing(kb, answer))
                                .invoke(resent::addAll)
                                .onFailure(BpjsUnavailableException.class).recoverWithItem(e -> {
                                    unreachable.add(kb);
                                    return List.of();
                                }))
                        .collect().asList()
                        .map(done -> new Report(tanggal.format(Wib.DATE), bookings.size(), resent, unreachable)))
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

    @WithTransaction
    Uni<List<Resent>> requeueMissing(String kodebooking, BpjsAnswer answer) {
        Set<Integer> held = new HashSet<>();
        boolean known = answer.ok();
        if (known) {
            for (JsonNode task : answer.list()) {
                held.add(task.path("taskid").asInt(-1));
            }
        }
        return deliveries.ofBooking(kodebooking).map(items -> {
            List<Resent> resent = new ArrayList<>();
            boolean hasAdd = items.stream().anyMatch(d -> d.kind == DeliveryOutcomeEvent.BpjsCall.ANTREAN_ADD);
            if (!known && !hasAdd) {
                // a Mobile JKN booking BPJS no longer knows: resending its tasks would only be refused
                return resent;
            }
            for (Delivery d : items) {
                if (d.status != Delivery.Status.DELIVERED) {
                    continue;
                }
                boolean missing = d.kind == DeliveryOutcomeEvent.BpjsCall.UPDATE_WAKTU ? !held.contains(d.taskid)
                        : d.kind == DeliveryOutcomeEvent.BpjsCall.ANTREAN_ADD && !known;
                if (missing) {
                    d.status = Delivery.Status.PARKED; // requeue only moves undelivered items
                    admin.requeue(d);
                    d.message = "resent: BPJS lacked it at reconciliation";
                    resent.add(new Resent(kodebooking, d.kind.name(), d.taskid));
                }
            }
            return resent;
        });
    }
}
