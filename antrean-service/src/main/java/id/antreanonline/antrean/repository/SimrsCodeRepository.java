package id.antreanonline.antrean.repository;

import java.util.ArrayList;
import java.util.List;

import id.antreanonline.antrean.SimrsCode;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;

/** The SIMRS's codes and BPJS's they stand for ({@code simrs_code}). */
@ApplicationScoped
public class SimrsCodeRepository {

    private static final String LIST = "select kind, kode_simrs, kode_bpjs, nama from simrs_code"
            + " where $1::varchar is null or kind = $1 order by kind, kode_simrs";
    private static final String FIND_BOTH = "select kind, kode_simrs, kode_bpjs, nama from simrs_code"
            + " where (kind = 'poli' and kode_simrs = $1) or (kind = 'dokter' and kode_simrs = $2)";
    // a mapping already so is left alone: a re-run import changes nothing
    private static final String UPSERT = "insert into simrs_code (kind, kode_simrs, kode_bpjs, nama, updated_at)"
            + " select c.kind, c.kode_simrs, c.kode_bpjs, c.nama, $5"
            + " from unnest($1::varchar[], $2::varchar[], $3::varchar[], $4::varchar[])"
            + " as c(kind, kode_simrs, kode_bpjs, nama)"
            + " on conflict (kind, kode_simrs) do update set kode_bpjs = excluded.kode_bpjs, nama = excluded.nama,"
            + " updated_at = excluded.updated_at"
            + " where (simrs_code.kode_bpjs, simrs_code.nama) is distinct from (excluded.kode_bpjs, excluded.nama)"
            + " returning (xmax = 0) as created";
    private static final String DELETE = "delete from simrs_code where kind = $1 and kode_simrs = $2";

    /** How many mappings an upsert created and changed; the others were already so. */
    public record Upserted(int created, int updated) {
    }

    private final Pool pool;

    SimrsCodeRepository(Pool pool) {
        this.pool = pool;
    }

    /** Every mapping, or those of one kind. */
    public Uni<List<SimrsCode>> list(SimrsCode.Kind kind) {
        return pool.preparedQuery(LIST).execute(Tuple.of(kind == null ? null : kind.wire())).map(rows -> {
            List<SimrsCode> codes = new ArrayList<>();
            rows.forEach(r -> codes.add(codeOf(r)));
            return codes;
        });
    }

    /** The poli mapping of {@code kodePoliSimrs} and the doctor mapping of {@code kodeDokterSimrs}, in one look. */
    public Uni<List<SimrsCode>> find(String kodePoliSimrs, String kodeDokterSimrs) {
        return pool.preparedQuery(FIND_BOTH).execute(Tuple.of(kodePoliSimrs, kodeDokterSimrs)).map(rows -> {
            List<SimrsCode> codes = new ArrayList<>();
            rows.forEach(r -> codes.add(codeOf(r)));
            return codes;
        });
    }

    /** Creates or changes the mappings in one statement; each (kind, kode_simrs) at most once. */
    public Uni<Upserted> upsert(List<SimrsCode> codes, long at) {
        if (codes.isEmpty()) {
            return Uni.createFrom().item(new Upserted(0, 0));
        }
        return pool.preparedQuery(UPSERT).execute(Tuple.of(
                codes.stream().map(c -> c.kind().wire()).toArray(String[]::new),
                codes.stream().map(SimrsCode::kodeSimrs).toArray(String[]::new),
                codes.stream().map(SimrsCode::kodeBpjs).toArray(String[]::new),
                codes.stream().map(SimrsCode::nama).toArray(String[]::new), at)).map(rows -> {
                    int created = 0;
                    for (Row r : rows) {
                        created += r.getBoolean("created") ? 1 : 0;
                    }
                    return new Upserted(created, rows.size() - created);
                });
    }

    public Uni<Boolean> delete(SimrsCode.Kind kind, String kodeSimrs) {
        return pool.preparedQuery(DELETE).execute(Tuple.of(kind.wire(), kodeSimrs)).map(rows -> rows.rowCount() > 0);
    }

    private static SimrsCode codeOf(Row r) {
        return new SimrsCode(SimrsCode.Kind.ofWire(r.getString("kind")).orElseThrow(), r.getString("kode_simrs"),
                r.getString("kode_bpjs"), r.getString("nama"));
    }
}
