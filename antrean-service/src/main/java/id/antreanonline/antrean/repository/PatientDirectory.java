package id.antreanonline.antrean.repository;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import id.antreanonline.shared.event.PatientEvent;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * antrean-service's read model of pasien-service's records ({@code patient_ref}): norm, card number, NIK and whether
 * the record is complete, as {@code pasien.patients} last said. Bookings read it in their batch
 * ({@code BookingBatches}) and the kiosk ({@link #byCardOrNik}); the rest of this class writes it.
 */
@ApplicationScoped
public class PatientDirectory {

    // an older event arriving after a newer one (a replay) changes nothing
    private static final String REMEMBER = "insert into patient_ref (norm, nomorkartu, nik, complete, occurred_at)"
            + " select * from unnest($1::varchar[], $2::varchar[], $3::varchar[], $4::boolean[], $5::bigint[])"
            + " on conflict (norm) do update set nomorkartu = excluded.nomorkartu,"
            + " nik = excluded.nik, complete = excluded.complete, occurred_at = excluded.occurred_at"
            + " where patient_ref.occurred_at <= excluded.occurred_at";
    private static final String BY_CARD_OR_NIK = "select norm, nomorkartu, nik from patient_ref"
            + " where nomorkartu = $1 or nik = $2 order by occurred_at desc limit 1";

    private final Pool pool;

    PatientDirectory(Pool pool) {
        this.pool = pool;
    }

    /** A patient of the read model: what the kiosk needs to take a number in the patient's name. */
    public record KnownPatient(String norm, String nomorkartu, String nik) {
    }

    /** The patient holding that card number or NIK (one of them null), the latest record when several do. */
    public Uni<Optional<KnownPatient>> byCardOrNik(String nomorkartu, String nik) {
        return pool.preparedQuery(BY_CARD_OR_NIK).execute(Tuple.of(nomorkartu, nik)).map(rows -> {
            if (rows.size() == 0) {
                return Optional.empty();
            }
            Row r = rows.iterator().next();
            return Optional.of(new KnownPatient(r.getString("norm"), r.getString("nomorkartu"), r.getString("nik")));
        });
    }

    /**
     * Stores the events' records in one statement (atomic by itself, one round trip for a whole poll): per norm the
     * last of its newest events, as storing them one by one in their order would leave it.
     */
    public Uni<Boolean> remember(List<PatientEvent> events) {
        Map<String, PatientEvent> latest = new LinkedHashMap<>();
        for (PatientEvent e : events) {
            latest.merge(e.norm(), e, (kept, next) -> next.occurredAt() >= kept.occurredAt() ? next : kept);
        }
        List<PatientEvent> rows = List.copyOf(latest.values());
        return pool.preparedQuery(REMEMBER).execute(Tuple.of(
                rows.stream().map(PatientEvent::norm).toArray(String[]::new),
                rows.stream().map(e -> blankToNull(e.nomorkartu())).toArray(String[]::new),
                rows.stream().map(e -> blankToNull(e.nik())).toArray(String[]::new),
                rows.stream().map(PatientEvent::complete).toArray(Boolean[]::new),
                rows.stream().map(PatientEvent::occurredAt).toArray(Long[]::new)))
                .replaceWith(Boolean.TRUE);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
