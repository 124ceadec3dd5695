package id.antreanonline.antrean.repository;

import id.antreanonline.antrean.StaffAccount;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

@ApplicationScoped
public class StaffAccountRepository implements PanacheRepositoryBase<StaffAccount, String> {

    /** The account, locked until the transaction ends: its changes, and so its events, follow one another. */
    public Uni<StaffAccount> lock(String username) {
        return findById(username, LockModeType.PESSIMISTIC_WRITE);
    }

    /** The bcrypt hash of the STAFF_ADMIN_PASSWORD last applied to this bootstrap administrator, or null. */
    public Uni<String> appliedAdminPassword(String username) {
        return Panache.getSession().chain(session -> session
                .createNativeQuery("select password_hash from staff_admin_bootstrap where username = ?1", String.class)
                .setParameter(1, username).getResultList())
                .map(hashes -> hashes.isEmpty() ? null : hashes.get(0));
    }

    public Uni<Void> rememberAdminPassword(String username, String hash) {
        return Panache.getSession().chain(session -> session.createNativeQuery("""
                insert into staff_admin_bootstrap (username, password_hash) values (?1, ?2)
                on conflict (username) do update set password_hash = excluded.password_hash, applied_at = now()
                """).setParameter(1, username).setParameter(2, hash).executeUpdate()).replaceWithVoid();
    }
}
