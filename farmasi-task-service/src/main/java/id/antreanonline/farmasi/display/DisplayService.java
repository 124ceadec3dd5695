package id.antreanonline.farmasi.display;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import id.antreanonline.farmasi.client.PasienApi;
import id.antreanonline.farmasi.service.StationService;
import id.antreanonline.farmasi.service.Views.Called;
import id.antreanonline.farmasi.service.Views.QueueEntry;
import id.antreanonline.farmasi.service.Views.StationQueue;
import id.antreanonline.shared.Wib;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The public call boards of the waiting rooms: today's queue (WIB) only, the number being called with the patient's
 * norm and initials (never a name, NIK or card number), and the next numbers. pasien-service computes the initials, so
 * no name reaches this service; they are cached per norm.
 */
@ApplicationScoped
public class DisplayService {

    private static final int NEXT = 6;
    private static final int CACHE_LIMIT = 5_000;

    /** A number on the board; {@code status}: dipanggil, menunggu, disiapkan. */
    public record Number(String nomor, String status) {
    }

    public record Call(String nomor, String norm, String inisial, long waktu) {
    }

    public record Board(String station, String tanggal, String kodepoli, Call called, List<Number> next,
            int menunggu, long updatedAt) {
    }

    private final StationService stations;
    private final PasienApi pasien;
    private final Clock clock;
    private final Map<String, String> initials = new ConcurrentHashMap<>();

    DisplayService(StationService stations, PasienApi pasien, Clock clock) {
        this.stations = stations;
        this.pasien = pasien;
        this.clock = clock;
    }

    public Uni<Board> poli(String kodepoli, String kodedokter) {
        return stations.poli(Wib.dateOf(clock.millis()), kodepoli, kodedokter, null).chain(queue -> {
            List<Number> next = queue.waiting().stream().limit(NEXT)
                    .map(e -> new Number(e.nomorantrean(), "menunggu")).toList();
            return call(queue.calledLast(), queue.calledLast() == null ? null
                    : queue.calledLast().entry().nomorantrean())
                    .map(called -> board(queue, called, next, queue.waiting().size()));
        });
    }

    public Uni<Board> farmasi() {
        return stations.pharmacy(Wib.dateOf(clock.millis())).chain(queue -> {
            List<QueueEntry> coming = new ArrayList<>(queue.inService());
            coming.addAll(queue.waiting());
            coming.sort(Comparator.comparing(QueueEntry::nomorfarmasi));
            List<Number> next = coming.stream().limit(NEXT)
                    .map(e -> new Number(String.valueOf(e.nomorfarmasi()),
                            Integer.valueOf(6).equals(e.taskid()) ? "disiapkan" : "menunggu"))
                    .toList();
            return call(queue.calledLast(), queue.calledLast() == null ? null
                    : String.valueOf(queue.calledLast().entry().nomorfarmasi()))
                    .map(called -> board(queue, called, next, coming.size()));
        });
    }

    private Board board(StationQueue queue, Call called, List<Number> next, int menunggu) {
        return new Board(queue.station(), queue.tanggal(), queue.kodepoli(), called, next, menunggu, clock.millis());
    }

    private Uni<Call> call(Called last, String nomor) {
        if (last == null) {
            return Uni.createFrom().nullItem();
        }
        String norm = last.entry().norm();
        return initialsOf(norm).map(inisial -> new Call(nomor, norm, inisial, last.waktu()));
    }

    private Uni<String> initialsOf(String norm) {
        if (norm == null || norm.isBlank()) {
            return Uni.createFrom().nullItem();
        }
        String known = initials.get(norm);
        if (known != null) {
            return Uni.createFrom().item(known);
        }
        return pasien.initials(norm)
                .map(p -> p == null ? null : p.inisial())
                .invoke(i -> {
                    if (i != null && initials.size() < CACHE_LIMIT) {
                        initials.put(norm, i);
                    }
                })
                // a board without initials is better than no board
                .onFailure().recoverWithNull();
    }
}
