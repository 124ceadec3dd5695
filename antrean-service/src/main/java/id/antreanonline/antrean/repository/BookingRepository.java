package id.antreanonline.antrean.repository;

import java.time.LocalDate;
import java.util.List;

import id.antreanonline.antrean.Booking;
import id.antreanonline.antrean.Booking.Status;
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

    public Uni<Long> countAhead(long scheduleId, int angkaantrean) {
        return count("scheduleId = ?1 and status = ?2 and finishedAt is null and angkaantrean < ?3", scheduleId,
                Status.ACTIVE, angkaantrean);
    }

    /** The bookings a NIK holds for a visit date, the number's order. */
    public Uni<List<Booking>> ofNikOn(String nik, LocalDate tanggal) {
        return list("nik = ?1 and tanggal = ?2", Sort.by("createdAt"), nik, tanggal);
    }

    /** The booking the doctor called last (task 4), if any. */
    public Uni<Booking> lastCalled(long scheduleId) {
        return find("scheduleId = ?1 and calledAt is not null",
                Sort.descending("calledAt").and("angkaantrean", Sort.Direction.Descending), scheduleId).firstResult();
    }
}
