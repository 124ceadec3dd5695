package id.antreanonline.antrean.repository;

import java.time.LocalDate;

import id.antreanonline.antrean.Booking;
import id.antreanonline.antrean.Booking.Status;
import id.antreanonline.antrean.HeldPlaces;
import id.antreanonline.antrean.PatientKind;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

@ApplicationScoped
public class BookingRepository implements PanacheRepositoryBase<Booking, String> {

    public Uni<Booking> lock(String kodebooking) {
        return findById(kodebooking, LockModeType.PESSIMISTIC_WRITE);
    }

    /** The JKN and NON JKN places held by bookings of the schedule that were not cancelled, in one query. */
    public Uni<HeldPlaces> countHeld(long scheduleId) {
        return getSession().chain(session -> session.createSelectionQuery(
                "select b.patientKind, count(b) from Booking b where b.scheduleId = ?1 and b.status = ?2"
                        + " group by b.patientKind", Object[].class)
                .setParameter(1, scheduleId)
                .setParameter(2, Status.ACTIVE)
                .getResultList())
                .map(rows -> {
                    int jkn = 0;
                    int nonJkn = 0;
                    for (Object[] row : rows) {
                        int held = ((Number) row[1]).intValue();
                        if (row[0] == PatientKind.JKN) {
                            jkn = held;
                        } else {
                            nonJkn += held;
                        }
                    }
                    return new HeldPlaces(jkn, nonJkn);
                });
    }

    public Uni<Long> countTaken(long scheduleId) {
        return count("scheduleId = ?1 and status = ?2", scheduleId, Status.ACTIVE);
    }

    /** Bookings of the schedule still waiting for or in the poli (not yet at task 5 or 99). */
    public Uni<Long> countWaiting(long scheduleId) {
        return count("scheduleId = ?1 and status = ?2 and finishedAt is null", scheduleId, Status.ACTIVE);
    }

    public Uni<Long> countAhead(long scheduleId, int angkaantrean) {
        return count("scheduleId = ?1 and status = ?2 and finishedAt is null and angkaantrean < ?3", scheduleId,
                Status.ACTIVE, angkaantrean);
    }

    public Uni<Boolean> patientHasBooking(String kodepoli, LocalDate tanggal, String nik, String nomorkartu) {
        return (nomorkartu == null
                ? count("kodepoli = ?1 and tanggal = ?2 and status = ?3 and nik = ?4", kodepoli, tanggal, Status.ACTIVE,
                        nik)
                : count("kodepoli = ?1 and tanggal = ?2 and status = ?3 and (nik = ?4 or nomorkartu = ?5)", kodepoli,
                        tanggal, Status.ACTIVE, nik, nomorkartu))
                .map(n -> n > 0);
    }

    /** The booking the doctor called last (task 4), if any. */
    public Uni<Booking> lastCalled(long scheduleId) {
        return find("scheduleId = ?1 and calledAt is not null",
                Sort.descending("calledAt").and("angkaantrean", Sort.Direction.Descending), scheduleId).firstResult();
    }

    /** A referral or control letter serves one upcoming visit at a time. */
    public Uni<Boolean> referenceInUse(String nomorreferensi, LocalDate today) {
        return count("nomorreferensi = ?1 and status = ?2 and tanggal >= ?3 and finishedAt is null", nomorreferensi,
                Status.ACTIVE, today).map(n -> n > 0);
    }
}
