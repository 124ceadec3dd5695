package id.antreanonline.antrean.repository;

import java.util.List;

import id.antreanonline.antrean.SimrsClient;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

@ApplicationScoped
public class SimrsClientRepository implements PanacheRepositoryBase<SimrsClient, String> {

    /** The client, locked until the transaction ends: its changes, and so its events, follow one another. */
    public Uni<SimrsClient> lock(String clientId) {
        return findById(clientId, LockModeType.PESSIMISTIC_WRITE);
    }

    public Uni<List<SimrsClient>> all() {
        return listAll(Sort.by("clientId"));
    }
}
