package id.antreanonline.pasien.repository;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import id.antreanonline.pasien.ImportJob;
import id.antreanonline.pasien.Patient;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The SQL of imports (many patients per statement, arrays unnested, so a chunk of 500 lines is a handful of round
 * trips) and of pasienbaru (the same locks and lookups for one patient). Runs on the caller's connection, inside the
 * caller's transaction.
 */
@ApplicationScoped
public class PatientImportRepository {

    private static final String COLUMNS = "norm, nik, nomorkartu, nama, jeniskelamin, tanggallahir, nohp, alamat";
    private static final String UNNESTED = "unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], "
            + "$6::date[], $7::text[], $8::text[]) as u(" + COLUMNS + ")";

    private final Pool pool;

    PatientImportRepository(Pool pool) {
        this.pool = pool;
    }

    public Pool pool() {
        return pool;
    }

    /**
     * The identity locks pasienbaru and admission take ({@link PatientRepository#cardLock}, {@link
     * PatientRepository#nikLock}), in the order given, until the transaction ends.
     */
    public Uni<Void> lock(SqlClient conn, List<String> keys) {
        if (keys.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        return conn.preparedQuery("select count(*) from unnest($1::text[]) as k(key), "
                + "lateral pg_advisory_xact_lock(hashtextextended(k.key, 0))")
                .execute(Tuple.of(keys.toArray(String[]::new))).replaceWithVoid();
    }

    /** Every record holding one of these norms, NIKs or card numbers. */
    public Uni<List<Patient>> holders(SqlClient conn, Collection<Patient> patients) {
        String[] norms = patients.stream().map(p -> p.norm).toArray(String[]::new);
        String[] niks = patients.stream().map(p -> p.nik).toArray(String[]::new);
        String[] cards = patients.stream().map(p -> p.nomorkartu).filter(c -> c != null).toArray(String[]::new);
        return conn.preparedQuery("select " + COLUMNS + ", complete from patient "
                + "where norm = any($1) or nik = any($2) or nomorkartu = any($3)")
                .execute(Tuple.of(norms, niks, cards))
                .map(rows -> {
                    List<Patient> found = new ArrayList<>();
                    for (Row r : rows) {
                        found.add(patient(r));
                    }
                    return found;
                });
    }

    /** Inserts the new records; @return the norms inserted (a norm taken meanwhile by pasienbaru is not) */
    public Uni<List<String>> insert(SqlClient conn, List<Patient> patients, Instant now) {
        if (patients.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        return conn.preparedQuery("insert into patient (" + COLUMNS + ", complete, created_at, updated_at, "
                + "completed_at) select " + COLUMNS + ", true, $9, $9, $9 from " + UNNESTED
                + " on conflict (norm) do nothing returning norm")
                .execute(values(patients, now))
                .map(rows -> {
                    List<String> norms = new ArrayList<>();
                    rows.forEach(r -> norms.add(r.getString(0)));
                    return norms;
                });
    }

    /** A new record from pasienbaru, every field of the form, not yet complete. */
    public Uni<Void> insertNew(SqlClient conn, Patient p) {
        return conn.preparedQuery("insert into patient (norm, nomorkartu, nik, nomorkk, nama, jeniskelamin, "
                + "tanggallahir, nohp, alamat, kodeprop, namaprop, kodedati2, namadati2, kodekec, namakec, kodekel, "
                + "namakel, rw, rt, complete, created_at, updated_at) values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, "
                + "$11, $12, $13, $14, $15, $16, $17, $18, $19, false, $20, $20)")
                .execute(Tuple.from(Arrays.asList(p.norm, p.nomorkartu, p.nik, p.nomorkk, p.nama, p.jeniskelamin,
                        p.tanggallahir, p.nohp, p.alamat, p.kodeprop, p.namaprop, p.kodedati2, p.namadati2, p.kodekec,
                        p.namakec, p.kodekel, p.namakel, p.rw, p.rt, time(p.createdAt))))
                .replaceWithVoid();
    }

    /** The next number of {@code norm_seq}: pasienbaru's record numbers. */
    public Uni<Long> nextNormNumber(SqlClient conn) {
        return conn.query("select nextval('norm_seq')").execute().map(rows -> rows.iterator().next().getLong(0));
    }

    public Uni<Boolean> normTaken(SqlClient conn, String norm) {
        return conn.preparedQuery("select exists (select 1 from patient where norm = $1)").execute(Tuple.of(norm))
                .map(rows -> rows.iterator().next().getBoolean(0));
    }

    /** Replaces what the SIMRS sends of these records; the rest (address codes, nomorkk ...) stays. */
    public Uni<Void> update(SqlClient conn, List<Patient> patients, Instant now) {
        if (patients.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        return conn.preparedQuery("update patient p set nik = u.nik, nomorkartu = u.nomorkartu, nama = u.nama, "
                + "jeniskelamin = u.jeniskelamin, tanggallahir = u.tanggallahir, nohp = u.nohp, alamat = u.alamat, "
                + "complete = true, updated_at = $9, completed_at = coalesce(p.completed_at, $9) from " + UNNESTED
                + " where p.norm = u.norm")
                .execute(values(patients, now)).replaceWithVoid();
    }

    /** Moves {@code norm_seq} past {@code number}, never back: pasienbaru's next number is above it. */
    public Uni<Void> advanceNormSequence(SqlClient conn, long number) {
        return conn.preparedQuery("select setval('norm_seq', $1) from norm_seq "
                + "where (case when is_called then last_value else last_value - 1 end) < $1")
                .execute(Tuple.of(number)).replaceWithVoid();
    }

    public Uni<Void> reject(SqlClient conn, UUID job, List<ImportJob.Rejection> rejections) {
        if (rejections.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        return conn.preparedQuery("insert into import_rejection (job_id, line, kind, reason, norm, other_norm) "
                + "select $1, * from unnest($2::bigint[], $3::text[], $4::text[], $5::text[], $6::text[]) "
                + "on conflict do nothing")
                .execute(Tuple.of(job, rejections.stream().map(ImportJob.Rejection::line).toArray(Long[]::new),
                        rejections.stream().map(r -> r.kind().name()).toArray(String[]::new),
                        rejections.stream().map(ImportJob.Rejection::reason).toArray(String[]::new),
                        rejections.stream().map(ImportJob.Rejection::norm).toArray(String[]::new),
                        rejections.stream().map(ImportJob.Rejection::otherNorm).toArray(String[]::new)))
                .replaceWithVoid();
    }

    /** A new job, read by {@code upload}. */
    public Uni<Void> createJob(ImportJob job, UUID upload) {
        return pool.preparedQuery("insert into import_job (id, format, state, sha256, bytes_expected, started_by, "
                + "created_at, updated_at, upload) values ($1, $2, $3, $4, $5, $6, $7, $7, $8)")
                .execute(Tuple.from(Arrays.asList(job.id(), job.format(), job.state().name(), job.sha256(),
                        job.bytesExpected(), job.startedBy(), time(job.createdAt()), upload)))
                .replaceWithVoid();
    }

    /**
     * Takes a job for a new upload, {@code upload}: one that is not finished and not running (or whose upload
     * stopped reporting progress before {@code staleBefore}: its server died). From then on only {@code upload}
     * moves the job on.
     */
    public Uni<Optional<ImportJob>> claim(UUID id, UUID upload, String format, Long bytesExpected, Instant now,
            Instant staleBefore) {
        return pool.preparedQuery("update import_job set state = 'RUNNING', upload = $6, bytes_read = 0, "
                + "bytes_expected = $2, message = null, updated_at = $3 where id = $1 "
                + "and state in ('RUNNING', 'INTERRUPTED') and (state <> 'RUNNING' or updated_at < $4) and format = $5 "
                + "returning *")
                .execute(Tuple.from(Arrays.asList(id, bytesExpected, time(now), time(staleBefore), format, upload)))
                .map(rows -> rows.size() == 0 ? Optional.<ImportJob>empty() : Optional.of(job(rows.iterator().next())));
    }

    /** The newest unfinished job of this file content and format, to resume it. */
    public Uni<Optional<UUID>> unfinishedWithContent(String sha256, String format) {
        return pool.preparedQuery("select id from import_job where sha256 = $1 and format = $2 and state <> 'DONE' "
                + "and state <> 'FAILED' order by created_at desc limit 1")
                .execute(Tuple.of(sha256, format))
                .map(rows -> rows.size() == 0 ? Optional.empty() : Optional.of(rows.iterator().next().getUUID(0)));
    }

    /**
     * A committed chunk of {@code upload}: the counts grow, and a resumed upload starts after {@code committedLine}.
     *
     * @return false, changing nothing, when another upload has taken the job since (this chunk was still in flight
     *         when its caller went away and the file was posted again): the caller rolls the chunk back
     */
    public Uni<Boolean> progress(SqlClient conn, UUID id, UUID upload, ImportJob.Counts chunk, long committedLine,
            String prefixSha256, long bytesRead, Instant now) {
        return conn.preparedQuery("update import_job set read_rows = read_rows + $2, created_rows = created_rows + $3, "
                + "updated_rows = updated_rows + $4, unchanged_rows = unchanged_rows + $5, "
                + "rejected_rows = rejected_rows + $6, conflict_rows = conflict_rows + $7, committed_line = $8, "
                + "prefix_sha256 = $9, bytes_read = $10, updated_at = $11 where id = $1 and upload = $12")
                .execute(Tuple.from(Arrays.asList(id, chunk.read(), chunk.created(), chunk.updated(), chunk.unchanged(),
                        chunk.rejected(), chunk.conflicts(), committedLine, prefixSha256, bytesRead, time(now),
                        upload)))
                .map(rows -> rows.rowCount() == 1);
    }

    /**
     * {@code upload} ended: DONE (with the file's hash), INTERRUPTED or FAILED, with a message for the console;
     * nothing changes if another upload has taken the job since.
     */
    public Uni<Void> end(UUID id, UUID upload, ImportJob.State state, String sha256, Long bytesRead, String message,
            Instant now) {
        return pool.preparedQuery("update import_job set state = $2, sha256 = coalesce($3, sha256), "
                + "bytes_read = coalesce($4, bytes_read), message = $5, updated_at = $6, "
                + "finished_at = case when $2 = 'DONE' then $6 else finished_at end where id = $1 and upload = $7")
                .execute(Tuple.from(Arrays.asList(id, state.name(), sha256, bytesRead, message, time(now), upload)))
                .replaceWithVoid();
    }

    public Uni<Optional<ImportJob>> find(UUID id) {
        return pool.preparedQuery("select * from import_job where id = $1").execute(Tuple.of(id))
                .map(rows -> rows.size() == 0 ? Optional.<ImportJob>empty() : Optional.of(job(rows.iterator().next())));
    }

    public Uni<List<ImportJob>> recent(int limit) {
        return pool.preparedQuery("select * from import_job order by created_at desc limit $1")
                .execute(Tuple.of(limit))
                .map(rows -> {
                    List<ImportJob> jobs = new ArrayList<>();
                    rows.forEach(r -> jobs.add(job(r)));
                    return jobs;
                });
    }

    /** The refused lines of a job after {@code afterLine}, in line order. */
    public Uni<List<ImportJob.Rejection>> rejections(UUID job, long afterLine, int limit) {
        return pool.preparedQuery("select line, kind, reason, norm, other_norm from import_rejection "
                + "where job_id = $1 and line > $2 order by line limit $3")
                .execute(Tuple.of(job, afterLine, limit))
                .map(rows -> {
                    List<ImportJob.Rejection> list = new ArrayList<>();
                    rows.forEach(r -> list.add(new ImportJob.Rejection(r.getLong("line"),
                            ImportJob.Rejection.Kind.valueOf(r.getString("kind")), r.getString("reason"),
                            r.getString("norm"), r.getString("other_norm"))));
                    return list;
                });
    }

    private static Tuple values(List<Patient> patients, Instant now) {
        return Tuple.from(Arrays.asList(
                patients.stream().map(p -> p.norm).toArray(String[]::new),
                patients.stream().map(p -> p.nik).toArray(String[]::new),
                patients.stream().map(p -> p.nomorkartu).toArray(String[]::new),
                patients.stream().map(p -> p.nama).toArray(String[]::new),
                patients.stream().map(p -> p.jeniskelamin).toArray(String[]::new),
                patients.stream().map(p -> p.tanggallahir).toArray(LocalDate[]::new),
                patients.stream().map(p -> p.nohp).toArray(String[]::new),
                patients.stream().map(p -> p.alamat).toArray(String[]::new),
                time(now)));
    }

    private static Patient patient(Row r) {
        Patient p = new Patient();
        p.norm = r.getString("norm");
        p.nik = r.getString("nik");
        p.nomorkartu = r.getString("nomorkartu");
        p.nama = r.getString("nama");
        p.jeniskelamin = r.getString("jeniskelamin");
        p.tanggallahir = r.getLocalDate("tanggallahir");
        p.nohp = r.getString("nohp");
        p.alamat = r.getString("alamat");
        p.complete = r.getBoolean("complete");
        return p;
    }

    private static ImportJob job(Row r) {
        return new ImportJob(r.getUUID("id"), r.getString("format"), ImportJob.State.valueOf(r.getString("state")),
                r.getString("sha256"), r.getString("prefix_sha256"), r.getLong("committed_line"),
                r.getLong("bytes_read"), r.getLong("bytes_expected"),
                new ImportJob.Counts(r.getLong("read_rows"), r.getLong("created_rows"), r.getLong("updated_rows"),
                        r.getLong("unchanged_rows"), r.getLong("rejected_rows"), r.getLong("conflict_rows")),
                r.getString("message"), r.getString("started_by"), instant(r, "created_at"),
                instant(r, "updated_at"), instant(r, "finished_at"));
    }

    private static Instant instant(Row r, String column) {
        OffsetDateTime t = r.getOffsetDateTime(column);
        return t == null ? null : t.toInstant();
    }

    private static OffsetDateTime time(Instant t) {
        return OffsetDateTime.ofInstant(t, ZoneOffset.UTC);
    }
}
