package id.antreanonline.antrean.repository;

import java.time.LocalDate;
import java.util.List;

import id.antreanonline.antrean.DoctorSchedule;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class DoctorScheduleRepository implements PanacheRepositoryBase<DoctorSchedule, Long> {

    public Uni<Boolean> poliKnown(String kodepoli) {
        return count("kodepoli", kodepoli).map(n -> n > 0);
    }

    /** The doctor's name as HFIS last gave it, for messages about a schedule that does not exist. */
    public Uni<String> doctorName(String kodedokter) {
        return find("kodedokter", Sort.descending("tanggal"), kodedokter).firstResult()
                .map(s -> s == null ? null : s.namadokter);
    }

    public Uni<List<DoctorSchedule>> ofPoliOn(String kodepoli, LocalDate tanggal) {
        return list("kodepoli = ?1 and tanggal = ?2", Sort.by("kodedokter").and("jampraktek"), kodepoli, tanggal);
    }
}
