package id.antreanonline.farmasi.service;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;

import id.antreanonline.farmasi.TaskRecord;
import id.antreanonline.farmasi.Visit;
import id.antreanonline.farmasi.repository.TaskRecordRepository;
import id.antreanonline.farmasi.repository.VisitLetterRepository;
import id.antreanonline.farmasi.repository.VisitRepository;
import id.antreanonline.farmasi.service.Views.Called;
import id.antreanonline.farmasi.service.Views.QueueEntry;
import id.antreanonline.farmasi.service.Views.StationQueue;
import id.antreanonline.farmasi.service.Views.Timeline;
import id.antreanonline.farmasi.service.Views.VClaimLetters;
import id.antreanonline.shared.Wib;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * What the stations see: a visit's timeline, and per day who waits at admission, at a poli (per doctor schedule) and at
 * the pharmacy, in calling order, and who was called last. Only open visits wait; a cancelled or ended (99) visit
 * leaves every queue.
 */
@ApplicationScoped
public class StationService {

    private final VisitRepository visits;
    private final TaskRecordRepository tasks;
    private final VisitLetterRepository letters;
    private final Clock clock;

    StationService(VisitRepository visits, TaskRecordRepository tasks, VisitLetterRepository letters, Clock clock) {
        this.visits = visits;
        this.tasks = tasks;
        this.letters = letters;
        this.clock = clock;
    }

    @WithSession
    public Uni<Timeline> timeline(String kodebooking) {
        return visits.findById(kodebooking).chain(visit -> {
            if (visit == null) {
                return Uni.createFrom().failure(new RefusedException(
                        Refusal.of(Refusal.Kind.NOT_FOUND, "Kode booking tidak ditemukan")));
            }
            return tasks.ofVisit(kodebooking).chain(recorded -> letters.ofVisit(kodebooking)
                    .map(list -> Timeline.of(visit, recorded, VClaimLetters.of(kodebooking, list,
                            clock.millis()))));
        });
    }

    /** Admission: new patients checked in (task 1) wait to be called (task 2); served until task 3. */
    @WithSession
    public Uni<StationQueue> admission(LocalDate tanggal) {
        return visits.ofDay(tanggal).chain(day -> {
            List<Visit> own = day.stream().filter(v -> v.newPatient() || lastIs(v, 1) || lastIs(v, 2)).toList();
            return withTasks(own).map(times -> new StationQueue("admisi", Wib.DATE.format(tanggal), null, null,
                    null, own.size(),
                    waiting(own, v -> lastIs(v, 1), Comparator.comparing((Visit v) -> v.lastWaktu)),
                    waiting(own, v -> lastIs(v, 2), Comparator.comparing((Visit v) -> v.lastWaktu)),
                    List.of(),
                    lastCalled(own, times, 2)));
        });
    }

    /**
     * A poli, optionally one doctor's schedule: patients checked in or through admission (task 3) wait, in queue
     * number order, to be called by the doctor (task 4); served until task 5.
     */
    @WithSession
    public Uni<StationQueue> poli(LocalDate tanggal, String kodepoli, String kodedokter, String jampraktek) {
        return visits.ofDayAndPoli(tanggal, kodepoli).chain(poliDay -> {
            List<Visit> own = poliDay.stream()
                    .filter(v -> kodedokter == null || kodedokter.equals(v.kodedokter))
                    .filter(v -> jampraktek == null || sameHours(jampraktek, v.jampraktek))
                    .toList();
            Comparator<Visit> byNumber = Comparator.comparing((Visit v) -> v.angkaantrean,
                    Comparator.nullsLast(Comparator.naturalOrder()))
                    .thenComparing(v -> v.lastWaktu);
            return withTasks(own).map(times -> new StationQueue("poli", Wib.DATE.format(tanggal), kodepoli,
                    kodedokter, jampraktek, own.size(),
                    waiting(own, v -> lastIs(v, 3), byNumber),
                    waiting(own, v -> lastIs(v, 4), Comparator.comparing((Visit v) -> v.lastWaktu)),
                    List.of(),
                    lastCalled(own, times, 4)));
        });
    }

    /**
     * The pharmacy: visits with a pharmacy number wait (task 5) in number order, are prepared (task 6), and are called
     * to collect their medicine when it is ready (task 7), which the call display shows.
     */
    @WithSession
    public Uni<StationQueue> pharmacy(LocalDate tanggal) {
        return visits.ofDay(tanggal).chain(day -> {
            List<Visit> own = day.stream().filter(v -> v.farmasiNomor != null).toList();
            Comparator<Visit> byNumber = Comparator.comparing((Visit v) -> v.farmasiNomor);
            return withTasks(own).map(times -> new StationQueue("farmasi", Wib.DATE.format(tanggal), null, null,
                    null, own.size(),
                    waiting(own, v -> lastIs(v, 5), byNumber),
                    waiting(own, v -> lastIs(v, 6), byNumber),
                    waiting(own, v -> lastIs(v, 7), Comparator.comparing((Visit v) -> v.lastWaktu).reversed()),
                    lastCalled(own, times, 7)));
        });
    }

    private Uni<Map<String, Map<Integer, Long>>> withTasks(List<Visit> own) {
        return tasks.ofVisits(own.stream().map(v -> v.kodebooking).toList()).map(StationService::byVisit);
    }

    static Map<String, Map<Integer, Long>> byVisit(List<TaskRecord> recorded) {
        Map<String, Map<Integer, Long>> times = new HashMap<>();
        recorded.forEach(t -> times.computeIfAbsent(t.kodebooking, k -> new HashMap<>()).put(t.taskid, t.waktu));
        return times;
    }

    private static boolean lastIs(Visit v, int taskid) {
        return v.status == Visit.Status.OPEN && Objects.equals(v.lastTaskid, taskid);
    }

    private static List<QueueEntry> waiting(List<Visit> visits, Predicate<Visit> filter, Comparator<Visit> order) {
        return visits.stream().filter(filter).sorted(order).map(QueueEntry::of).toList();
    }

    /** The patient called last at this station, a number called again counting as a new call. */
    private static Called lastCalled(List<Visit> visits, Map<String, Map<Integer, Long>> times, int taskid) {
        Optional<Visit> last = visits.stream()
                .filter(v -> times.getOrDefault(v.kodebooking, Map.of()).containsKey(taskid))
                .max(Comparator.comparing((Visit v) -> calledAt(v, times, taskid)));
        return last.map(v -> new Called(QueueEntry.of(v), taskid, calledAt(v, times, taskid))).orElse(null);
    }

    private static long calledAt(Visit v, Map<String, Map<Integer, Long>> times, int taskid) {
        return v.lastCalledAt(taskid, times.get(v.kodebooking).get(taskid));
    }

    /** "08:00-12:00" and "08:00 - 12:00" are the same hours (HFIS writes the spaces, bookings often not). */
    private static boolean sameHours(String a, String b) {
        return b != null && a.replace(" ", "").equals(b.replace(" ", ""));
    }
}
