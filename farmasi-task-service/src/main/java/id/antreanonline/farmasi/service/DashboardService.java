package id.antreanonline.farmasi.service;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import id.antreanonline.farmasi.DeliveryState;
import id.antreanonline.farmasi.TaskRecord;
import id.antreanonline.farmasi.Visit;
import id.antreanonline.farmasi.repository.TaskRecordRepository;
import id.antreanonline.farmasi.repository.VisitRepository;
import id.antreanonline.shared.Wib;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Counts for the dashboard of a day (and a poli): visits by booking source and by status, and the delivery to BPJS of
 * the recorded tasks and pharmacy numbers. Times per station are {@link StatisticsService}'s.
 */
@ApplicationScoped
public class DashboardService {

    public record Deliveries(int delivered, int pending, int rejected) {
    }

    public record Counts(String tanggal, String kodepoli, int kunjungan, Map<String, Integer> sumber,
            Map<String, Integer> status, Deliveries tasks, Map<Integer, Deliveries> perTask, Deliveries farmasi) {
    }

    private final VisitRepository visits;
    private final TaskRecordRepository tasks;

    DashboardService(VisitRepository visits, TaskRecordRepository tasks) {
        this.visits = visits;
        this.tasks = tasks;
    }

    /** @param kodepoli one poli only, or null for the whole day */
    @WithSession
    public Uni<Counts> counts(LocalDate tanggal, String kodepoli) {
        Uni<List<Visit>> ofDay = visits.ofDay(tanggal, kodepoli);
        return ofDay.chain(list -> tasks.ofVisits(list.stream().map(v -> v.kodebooking).toList())
                .map(recorded -> counts(tanggal, kodepoli, list, recorded)));
    }

    static Counts counts(LocalDate tanggal, String kodepoli, List<Visit> list, List<TaskRecord> recorded) {
        Map<String, Integer> sumber = new TreeMap<>(Map.of("MOBILE_JKN", 0, "ONSITE", 0));
        Map<String, Integer> status = new TreeMap<>(Map.of("open", 0, "ended", 0, "cancelled", 0));
        list.forEach(v -> {
            if (v.source != null) {
                sumber.merge(v.source.name(), 1, Integer::sum);
            }
            status.merge(v.status.name().toLowerCase(Locale.ROOT), 1, Integer::sum);
        });
        Map<Integer, int[]> perTask = new TreeMap<>();
        int[] all = new int[3];
        recorded.forEach(t -> {
            int i = index(t.delivery);
            all[i]++;
            perTask.computeIfAbsent(t.taskid, k -> new int[3])[i]++;
        });
        int[] farmasi = new int[3];
        list.stream().filter(v -> v.farmasiNomor != null).forEach(v -> farmasi[index(v.farmasiDelivery)]++);
        Map<Integer, Deliveries> byTask = new TreeMap<>();
        perTask.forEach((taskid, c) -> byTask.put(taskid, of(c)));
        return new Counts(Wib.DATE.format(tanggal), kodepoli, list.size(), sumber, status, of(all), byTask,
                of(farmasi));
    }

    /** Not yet answered counts as pending. */
    private static int index(DeliveryState state) {
        if (state == DeliveryState.DELIVERED) {
            return 0;
        }
        return state == DeliveryState.REJECTED ? 2 : 1;
    }

    private static Deliveries of(int[] c) {
        return new Deliveries(c[0], c[1], c[2]);
    }
}
