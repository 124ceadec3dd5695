package id.antreanonline.antrean.repository;

import id.antreanonline.antrean.StaffAccount;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class StaffAccountRepository implements PanacheRepositoryBase<StaffAccount, String> {
}
