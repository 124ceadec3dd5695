package id.antreanonline.pasien.repository;

import java.util.List;

import id.antreanonline.pasien.Patient;
import io.quarkus.hibernate.reactive.panache.PanacheRepository;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

@ApplicationScoped
public class PatientRepository implements PanacheRepository<Patient> {

    private static final int PAGE = 100;

    public Uni<Patient> findByNorm(String norm) {
        return find("norm", norm).firstResult();
    }

    /** The record, locked until the transaction ends: two desks correcting it at once apply one after the other. */
    public Uni<Patient> lockByNorm(String norm) {
        return find("norm", norm).withLock(LockModeType.PESSIMISTIC_WRITE).firstResult();
    }

    public Uni<Patient> findByNomorkartu(String nomorkartu) {
        return find("nomorkartu", nomorkartu).firstResult();
    }

    public Uni<Patient> findByNik(String nik) {
        return find("nik", nik).firstResult();
    }

    /** The record that already holds this card number, else the one that holds this NIK. */
    public Uni<Patient> findKnown(String nomorkartu, String nik) {
        return find("nomorkartu = ?1 or nik = ?2", Sort.by("id"), nomorkartu, nik).list()
                .map(found -> found.stream()
                        .filter(p -> nomorkartu != null && nomorkartu.equals(p.nomorkartu))
                        .findFirst()
                        .orElse(found.isEmpty() ? null : found.get(0)));
    }

    /** Another record than {@code id} that holds this card number or NIK. */
    public Uni<Patient> findOtherHolder(String nomorkartu, String nik, long id) {
        return find("(nomorkartu = ?1 or nik = ?2) and id <> ?3", nomorkartu, nik, id).firstResult();
    }

    public Uni<List<Patient>> findByNameFragment(String fragment) {
        String escaped = fragment.toLowerCase().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        return find("lower(nama) like ?1", Sort.by("nama").and("norm"), "%" + escaped + "%").page(0, PAGE).list();
    }

    /** Records opened through pasienbaru that admission has not completed yet, oldest first. */
    public Uni<List<Patient>> listWaitingForAdmission() {
        return find("complete = false", Sort.by("createdAt").and("id")).page(0, PAGE * 5).list();
    }

    /** The lock key of a card number: taken before any NIK lock, by every writer of patients. */
    public static String cardLock(String nomorkartu) {
        return "pasien.nomorkartu:" + nomorkartu;
    }

    public static String nikLock(String nik) {
        return "pasien.nik:" + nik;
    }

    /** Serialises every registration of the same identity until this transaction ends. */
    public Uni<Void> lockIdentity(String key) {
        return getSession()
                .chain(s -> s.createNativeQuery("select 1 from pg_advisory_xact_lock(hashtextextended(?1, 0))")
                        .setParameter(1, key)
                        .getSingleResult())
                .replaceWithVoid();
    }
}
