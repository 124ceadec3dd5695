package id.antreanonline.farmasi.service;

import java.util.List;
import java.util.Map;

import id.antreanonline.farmasi.Visit;
import id.antreanonline.farmasi.repository.TaskRecordRepository;
import id.antreanonline.farmasi.repository.VisitRepository;
import id.antreanonline.shared.BpjsEnvelope;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Mobile JKN's view of the pharmacy queue (WS RS ambilantreanfarmasi, statusantreanfarmasi). The number itself is
 * issued when the poli ends the visit with a prescription (task 5), so "taking" it answers the number already issued,
 * as often as asked. {@code antreanpanggil} is the number last called to collect its medicine (task 7, what the
 * pharmacy's call display shows); {@code sisaantrean} counts the lower numbers of that day whose medicine is not ready.
 */
@ApplicationScoped
public class PharmacyService {

    static final String UNKNOWN_BOOKING = "Kode Booking Tidak Ditemukan";
    static final String CANCELLED = "Antrean Sudah Dibatalkan";
    static final String ENDED = "Antrean Sudah Berakhir (Tidak Hadir/Batal)";
    static final String NOT_YET = "Pasien Belum Selesai Dilayani di Poli, Antrean Farmasi Belum Tersedia";
    static final String NO_PRESCRIPTION = "Pasien Tidak Mendapatkan Resep Obat, Tidak Ada Antrean Farmasi";

    public record Taken(String jenisresep, int nomorantrean, String keterangan) {
    }

    public record Status(String jenisresep, int totalantrean, int sisaantrean, int antreanpanggil,
            String keterangan) {
    }

    private final VisitRepository visits;
    private final TaskRecordRepository tasks;

    PharmacyService(VisitRepository visits, TaskRecordRepository tasks) {
        this.visits = visits;
        this.tasks = tasks;
    }

    @WithSession
    public Uni<BpjsEnvelope<Taken>> take(String kodebooking) {
        return visits.findById(kodebooking).map(visit -> {
            String refusal = refusal(visit);
            if (refusal != null) {
                return BpjsEnvelope.<Taken>failed(refusal);
            }
            return BpjsEnvelope.ok(new Taken(visit.jenisresep, visit.farmasiNomor, TaskService.pharmacyNote(visit)));
        });
    }

    @WithSession
    public Uni<BpjsEnvelope<Status>> status(String kodebooking) {
        return visits.findById(kodebooking).chain(visit -> {
            String refusal = refusal(visit);
            if (refusal != null) {
                return Uni.createFrom().item(BpjsEnvelope.<Status>failed(refusal));
            }
            return visits.ofDay(visit.tanggalperiksa).chain(day -> {
                List<Visit> numbered = day.stream().filter(v -> v.farmasiNomor != null).toList();
                return tasks.ofVisits(numbered.stream().map(v -> v.kodebooking).toList())
                        .map(StationService::byVisit)
                        .map(times -> BpjsEnvelope.ok(status(visit, numbered, times)));
            });
        });
    }

    private static Status status(Visit visit, List<Visit> numbered, Map<String, Map<Integer, Long>> times) {
        int ahead = (int) numbered.stream()
                .filter(v -> v.farmasiNomor < visit.farmasiNomor)
                .filter(v -> v.status == Visit.Status.OPEN && !ready(times, v))
                .count();
        int called = numbered.stream()
                .filter(v -> ready(times, v))
                .max((a, b) -> Long.compare(times.get(a.kodebooking).get(7), times.get(b.kodebooking).get(7)))
                .map(v -> v.farmasiNomor)
                .orElse(0);
        String keterangan = ready(times, visit) ? "Obat sudah selesai dibuat, silahkan ambil di loket farmasi"
                : times.getOrDefault(visit.kodebooking, Map.of()).containsKey(6) ? "Obat sedang dibuat"
                : "Menunggu obat dibuat";
        return new Status(visit.jenisresep, numbered.size(), ahead, called, keterangan);
    }

    private static boolean ready(Map<String, Map<Integer, Long>> times, Visit v) {
        return times.getOrDefault(v.kodebooking, Map.of()).containsKey(7);
    }

    private static String refusal(Visit visit) {
        if (visit == null) {
            return UNKNOWN_BOOKING;
        }
        if (visit.status == Visit.Status.CANCELLED) {
            return CANCELLED;
        }
        if (visit.farmasiNomor != null) {
            return null;
        }
        if (visit.status == Visit.Status.ENDED) {
            return ENDED;
        }
        if (visit.lastTaskid == null || visit.lastTaskid < 5) {
            return NOT_YET;
        }
        return NO_PRESCRIPTION;
    }
}
