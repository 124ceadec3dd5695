package id.antreanonline.farmasi.repository;

import java.util.Collection;
import java.util.List;

import id.antreanonline.farmasi.TaskRecord;
import io.quarkus.hibernate.reactive.panache.PanacheRepository;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class TaskRecordRepository implements PanacheRepository<TaskRecord> {

    public Uni<List<TaskRecord>> ofVisit(String kodebooking) {
        return list("kodebooking = ?1 order by waktu, id", kodebooking);
    }

    public Uni<List<TaskRecord>> ofVisits(Collection<String> kodebookings) {
        if (kodebookings.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        return list("kodebooking in ?1 order by waktu, id", kodebookings);
    }
}
