package id.antreanonline.farmasi.repository;

import java.util.List;

import id.antreanonline.farmasi.VisitLetter;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

@ApplicationScoped
public class VisitLetterRepository implements PanacheRepositoryBase<VisitLetter, VisitLetter.Key> {

    /**
     * Claims the visit's letter of this kind: true when this transaction made the row (state ISSUING). A concurrent
     * claim waits on the primary key until the first commits, then finds the row and makes nothing.
     */
    public Uni<Boolean> claim(String kodebooking, VisitLetter.Kind kind, String by, long now) {
        return getSession().chain(session -> session.createNativeQuery(
                "insert into visit_letter (kodebooking, kind, state, issued_by, updated_at) "
                        + "values (?1, ?2, 'ISSUING', ?3, ?4) on conflict do nothing")
                .setParameter(1, kodebooking)
                .setParameter(2, kind.name())
                .setParameter(3, by)
                .setParameter(4, now)
                .executeUpdate())
                .map(rows -> rows == 1);
    }

    public Uni<VisitLetter> find(String kodebooking, VisitLetter.Kind kind) {
        return findById(new VisitLetter.Key(kodebooking, kind));
    }

    public Uni<VisitLetter> findForUpdate(String kodebooking, VisitLetter.Kind kind) {
        return findById(new VisitLetter.Key(kodebooking, kind), LockModeType.PESSIMISTIC_WRITE);
    }

    public Uni<List<VisitLetter>> ofVisit(String kodebooking) {
        return list("kodebooking", kodebooking);
    }
}
