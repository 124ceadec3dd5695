package id.antreanonline.antrean.repository;

import java.time.LocalDate;
import java.util.List;

import id.antreanonline.antrean.SurgerySchedule;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class SurgeryScheduleRepository implements PanacheRepositoryBase<SurgerySchedule, String> {

    public Uni<List<SurgerySchedule>> between(LocalDate from, LocalDate to) {
        return list("tanggaloperasi >= ?1 and tanggaloperasi <= ?2", Sort.by("tanggaloperasi").and("kodebooking"),
                from, to);
    }

    public Uni<List<SurgerySchedule>> ofPatient(String nopeserta) {
        return list("nopeserta", Sort.by("tanggaloperasi").and("kodebooking"), nopeserta);
    }
}
