package id.antreanonline.farmasi.repository;

import java.time.LocalDate;
import java.util.List;

import id.antreanonline.farmasi.Visit;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

@ApplicationScoped
public class VisitRepository implements PanacheRepositoryBase<Visit, String> {

    /**
     * The visit, locked until the transaction ends. Every writer of a visit reads it this way (the stations' steps and
     * the booking events lock it by SQL, {@link VisitRows#lock}): they and BPJS's answers arrive at once, and Hibernate
     * writes the whole row, so a visit read without the lock would put back what another writer had just changed.
     */
    public Uni<Visit> findForUpdate(String kodebooking) {
        return findById(kodebooking, LockModeType.PESSIMISTIC_WRITE);
    }

    public Uni<List<Visit>> ofDay(LocalDate tanggal) {
        return list("tanggalperiksa", tanggal);
    }

    public Uni<List<Visit>> ofDayAndPoli(LocalDate tanggal, String kodepoli) {
        return list("tanggalperiksa = ?1 and kodepoli = ?2", tanggal, kodepoli);
    }

    /** The day's visits of one poli, or of every poli when {@code kodepoli} is null. */
    public Uni<List<Visit>> ofDay(LocalDate tanggal, String kodepoli) {
        return kodepoli == null ? ofDay(tanggal) : ofDayAndPoli(tanggal, kodepoli);
    }
}
