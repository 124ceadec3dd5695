package id.antreanonline.farmasi.service;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import id.antreanonline.farmasi.DeliveryState;
import id.antreanonline.farmasi.TaskRecord;
import id.antreanonline.farmasi.Visit;
import id.antreanonline.farmasi.service.DashboardService.Counts;
import id.antreanonline.farmasi.service.DashboardService.Deliveries;
import id.antreanonline.shared.event.BookingSource;

class DashboardServiceTest {

    @Test
    void countsVisitsBySourceAndStatusAndDeliveriesPerTaskWithUnansweredAsPending() {
        Visit jkn = visit("KB1", BookingSource.MOBILE_JKN, Visit.Status.OPEN, 1, DeliveryState.DELIVERED);
        Visit onsite = visit("KB2", BookingSource.ONSITE, Visit.Status.CANCELLED, null, null);
        Visit noNumberYet = visit("KB3", BookingSource.MOBILE_JKN, Visit.Status.ENDED, 2, null);
        List<TaskRecord> recorded = List.of(task("KB1", 3, DeliveryState.DELIVERED), task("KB1", 4, null),
                task("KB3", 3, DeliveryState.REJECTED), task("KB3", 99, DeliveryState.PENDING));

        Counts counts = DashboardService.counts(LocalDate.of(2026, 11, 30), "ANA", List.of(jkn, onsite, noNumberYet),
                recorded);

        assertEquals("2026-11-30", counts.tanggal());
        assertEquals("ANA", counts.kodepoli());
        assertEquals(3, counts.kunjungan());
        assertEquals(Map.of("MOBILE_JKN", 2, "ONSITE", 1), counts.sumber());
        assertEquals(Map.of("open", 1, "ended", 1, "cancelled", 1), counts.status());
        assertEquals(new Deliveries(1, 2, 1), counts.tasks());
        assertEquals(Map.of(3, new Deliveries(1, 0, 1), 4, new Deliveries(0, 1, 0), 99, new Deliveries(0, 1, 0)),
                counts.perTask());
        assertEquals(new Deliveries(1, 1, 0), counts.farmasi());
    }

    private static Visit visit(String kodebooking, BookingSource source, Visit.Status status, Integer farmasiNomor,
            DeliveryState farmasiDelivery) {
        Visit visit = new Visit();
        visit.kodebooking = kodebooking;
        visit.source = source;
        visit.status = status;
        visit.farmasiNomor = farmasiNomor;
        visit.farmasiDelivery = farmasiDelivery;
        return visit;
    }

    private static TaskRecord task(String kodebooking, int taskid, DeliveryState delivery) {
        TaskRecord task = new TaskRecord();
        task.kodebooking = kodebooking;
        task.taskid = taskid;
        task.delivery = delivery;
        return task;
    }
}
