package id.antreanonline.farmasi.service;

import java.time.Clock;
import java.util.function.IntPredicate;

import id.antreanonline.farmasi.Visit;
import id.antreanonline.farmasi.display.DisplayBroadcaster;
import id.antreanonline.farmasi.display.TaskAccepted;
import id.antreanonline.farmasi.repository.VisitRepository;
import id.antreanonline.shared.Wib;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * A number called again when its patient did not come: stored on the visit, so every board (on any instance, at its
 * next read) shows it as the latest call and its display announces it once more. Nothing goes to BPJS: the task keeps
 * its first time. This instance's displays hear of it at once; another instance's at their next read (30 s at most).
 */
@ApplicationScoped
public class CallAgainService {

    /** The call repeated: {@code taskid} the call's task (2, 4, 7), {@code waktu} when it was repeated. */
    public record CalledAgain(String kodebooking, String nomorantrean, int taskid, long waktu) {
    }

    private final VisitRepository visits;
    private final DisplayBroadcaster displays;
    private final Clock clock;

    CallAgainService(VisitRepository visits, DisplayBroadcaster displays, Clock clock) {
        this.visits = visits;
        this.displays = displays;
        this.clock = clock;
    }

    /** {@code mayCall}: whether the caller may make the call whose task is given (the station's own role). */
    public Uni<CalledAgain> callAgain(String kodebooking, IntPredicate mayCall) {
        String code = kodebooking == null ? "" : kodebooking.trim();
        return Panache.withTransaction(() -> visits.findForUpdate(code).map(visit -> {
            if (visit == null) {
                throw new RefusedException(Refusal.of(Refusal.Kind.NOT_FOUND, "Kode booking tidak ditemukan"));
            }
            long now = clock.millis();
            if (!visit.beingCalled() || !Wib.dateOf(now).equals(visit.tanggalperiksa)) {
                throw new RefusedException(Refusal.of(Refusal.Kind.CONFLICT, "Hanya pasien yang sedang dipanggil "
                        + "hari ini (task 2, 4 atau 7 terakhir) yang dapat dipanggil ulang"));
            }
            if (!mayCall.test(visit.lastTaskid)) {
                throw new RefusedException(Refusal.of(Refusal.Kind.FORBIDDEN,
                        "Peran Anda tidak boleh memanggil ulang pasien di stasiun ini"));
            }
            visit.callAgain(now);
            return calledAgain(visit);
        })).invoke(c -> displays.signal(new TaskAccepted(c.kodebooking(), c.taskid(), c.waktu())));
    }

    private static CalledAgain calledAgain(Visit visit) {
        return new CalledAgain(visit.kodebooking, visit.nomorantrean, visit.calledAgainTaskid, visit.calledAgainAt);
    }
}
