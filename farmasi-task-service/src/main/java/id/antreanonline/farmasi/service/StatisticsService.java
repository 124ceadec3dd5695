package id.antreanonline.farmasi.service;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import id.antreanonline.farmasi.Visit;
import id.antreanonline.farmasi.repository.TaskRecordRepository;
import id.antreanonline.farmasi.repository.VisitRepository;
import id.antreanonline.shared.Wib;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Waiting and service times per station, as the seed's "quick win" defines them and the task IDs mark them:
 * admission wait 1→2 and service 2→3, poli wait 3→4 and service 4→5, pharmacy wait 5→6 and service 6→7. (The seed
 * also describes a service time as "until the next patient is called"; we measure to the task that ends the service,
 * which is what BPJS receives.) A visit counts in a measure only when both of its tasks are recorded.
 */
@ApplicationScoped
public class StatisticsService {

    /** Seconds; the fields are null when nothing was measured. */
    public record Measure(int count, Long averageSeconds, Long minSeconds, Long maxSeconds) {
    }

    /** {@code tunggu}: waiting time, {@code layan}: service time. */
    public record StationTimes(Measure tunggu, Measure layan) {
    }

    /** {@code kodepoli} null for all polis together; {@code visits}: visits with at least one task. */
    public record PoliStatistics(String kodepoli, int visits, StationTimes admisi, StationTimes poli,
            StationTimes farmasi) {
    }

    public record Statistics(String tanggal, PoliStatistics total, List<PoliStatistics> perPoli) {
    }

    private final VisitRepository visits;
    private final TaskRecordRepository tasks;

    StatisticsService(VisitRepository visits, TaskRecordRepository tasks) {
        this.visits = visits;
        this.tasks = tasks;
    }

    @WithSession
    public Uni<Statistics> of(LocalDate tanggal, String kodepoli) {
        Uni<List<Visit>> day = visits.ofDay(tanggal, kodepoli);
        return day.chain(own -> tasks.ofVisits(own.stream().map(v -> v.kodebooking).toList())
                .map(StationService::byVisit)
                .map(times -> {
                    Map<String, List<Visit>> byPoli = own.stream()
                            .collect(Collectors.groupingBy(v -> v.kodepoli, TreeMap::new, Collectors.toList()));
                    List<PoliStatistics> perPoli = new ArrayList<>();
                    byPoli.forEach((poli, visitsOfPoli) -> perPoli.add(measure(poli, visitsOfPoli, times)));
                    return new Statistics(Wib.DATE.format(tanggal), measure(kodepoli, own, times), perPoli);
                }));
    }

    static PoliStatistics measure(String kodepoli, List<Visit> own, Map<String, Map<Integer, Long>> times) {
        List<Map<Integer, Long>> timelines = own.stream()
                .map(v -> times.getOrDefault(v.kodebooking, Map.of()))
                .filter(t -> !t.isEmpty())
                .toList();
        return new PoliStatistics(kodepoli, timelines.size(),
                new StationTimes(between(timelines, 1, 2), between(timelines, 2, 3)),
                new StationTimes(between(timelines, 3, 4), between(timelines, 4, 5)),
                new StationTimes(between(timelines, 5, 6), between(timelines, 6, 7)));
    }

    static Measure between(List<Map<Integer, Long>> timelines, int from, int to) {
        long[] durations = timelines.stream()
                .filter(t -> t.containsKey(from) && t.containsKey(to))
                .mapToLong(t -> t.get(to) - t.get(from))
                .toArray();
        if (durations.length == 0) {
            return new Measure(0, null, null, null);
        }
        long sum = 0;
        long min = Long.MAX_VALUE;
        long max = Long.MIN_VALUE;
        for (long d : durations) {
            sum += d;
            min = Math.min(min, d);
            max = Math.max(max, d);
        }
        return new Measure(durations.length, Math.round(sum / 1000.0 / durations.length), Math.round(min / 1000.0),
                Math.round(max / 1000.0));
    }
}
