package id.antreanonline.antrean.service;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import id.antreanonline.antrean.SurgerySchedule;
import id.antreanonline.antrean.repository.SurgeryScheduleRepository;
import id.antreanonline.shared.IdentityNumbers;
import id.antreanonline.shared.Wib;
import id.antreanonline.shared.wsrs.WsrsMessages;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/** The surgery schedule: kept by staff, read by the jadwaloperasirs and jadwaloperasipasien WS. */
@ApplicationScoped
public class SurgeryService {

    private final SurgeryScheduleRepository surgeries;
    private final Clock clock;

    SurgeryService(SurgeryScheduleRepository surgeries, Clock clock) {
        this.surgeries = surgeries;
        this.clock = clock;
    }

    /** For the WS: both dates yyyy-MM-dd, the first not after the second. */
    public Uni<List<SurgerySchedule>> between(String tanggalawal, String tanggalakhir) {
        LocalDate from = Wib.parseDate(trim(tanggalawal)).orElse(null);
        LocalDate to = Wib.parseDate(trim(tanggalakhir)).orElse(null);
        if (from == null || to == null) {
            return Uni.createFrom().failure(new BookingRefused(WsrsMessages.BAD_DATE_FORMAT));
        }
        if (from.isAfter(to)) {
            return Uni.createFrom().failure(new BookingRefused(Messages.DATE_RANGE_INVALID));
        }
        return list(from, to);
    }

    @WithSession
    Uni<List<SurgerySchedule>> list(LocalDate from, LocalDate to) {
        return surgeries.between(from, to);
    }

    @WithSession
    public Uni<List<SurgerySchedule>> ofPatient(String nopeserta) {
        String noka = trim(nopeserta);
        if (noka == null || !IdentityNumbers.isCard(noka)) {
            return Uni.createFrom().failure(new BookingRefused(Messages.CARD_NUMBER_INVALID));
        }
        return surgeries.ofPatient(noka);
    }

    @WithTransaction
    public Uni<SurgerySchedule> save(String kodebooking, SurgeryInput in, boolean creating) {
        String problem = problemWith(in);
        if (problem != null) {
            return Uni.createFrom().failure(new StaffRefused(400, problem));
        }
        return surgeries.findById(kodebooking).chain(existing -> {
            if (creating && existing != null) {
                return Uni.createFrom().failure(new StaffRefused(409, "Kode booking operasi sudah ada"));
            }
            if (!creating && existing == null) {
                return Uni.createFrom().failure(new StaffRefused(404, "Jadwal operasi tidak ditemukan"));
            }
            SurgerySchedule s = existing != null ? existing : new SurgerySchedule();
            s.kodebooking = kodebooking;
            s.tanggaloperasi = Wib.parseDate(in.tanggaloperasi()).orElseThrow();
            s.jenistindakan = in.jenistindakan().trim();
            s.kodepoli = in.kodepoli().trim();
            s.namapoli = in.namapoli().trim();
            s.terlaksana = in.terlaksana() == null ? 0 : in.terlaksana();
            s.nopeserta = in.nopeserta() == null || in.nopeserta().isBlank() ? null : in.nopeserta().trim();
            s.lastupdate = clock.millis();
            return existing != null ? Uni.createFrom().item(s) : surgeries.persist(s);
        });
    }

    @WithTransaction
    public Uni<Void> delete(String kodebooking) {
        return surgeries.deleteById(kodebooking).chain(deleted -> deleted ? Uni.createFrom().voidItem()
                : Uni.createFrom().failure(new StaffRefused(404, "Jadwal operasi tidak ditemukan")));
    }

    private static String problemWith(SurgeryInput in) {
        if (in == null) {
            return "Data jadwal operasi wajib diisi";
        }
        if (Wib.parseDate(in.tanggaloperasi()).isEmpty()) {
            return WsrsMessages.BAD_DATE_FORMAT;
        }
        if (blank(in.jenistindakan()) || blank(in.kodepoli()) || blank(in.namapoli())) {
            return "jenistindakan, kodepoli dan namapoli wajib diisi";
        }
        if (in.terlaksana() != null && in.terlaksana() != 0 && in.terlaksana() != 1) {
            return "terlaksana harus 0 atau 1";
        }
        if (!blank(in.nopeserta()) && !IdentityNumbers.isCard(in.nopeserta().trim())) {
            return Messages.CARD_NUMBER_INVALID;
        }
        return null;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static String trim(String s) {
        return s == null ? null : s.trim();
    }

    /** What staff send to plan or update a surgery (BPJS names). */
    public record SurgeryInput(String tanggaloperasi, String jenistindakan, String kodepoli, String namapoli,
            Integer terlaksana, String nopeserta) {
    }
}
