package id.antreanonline.antrean.service;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.function.Function;

import org.jboss.logging.Logger;

import id.antreanonline.antrean.client.GatewayClient;
import id.antreanonline.antrean.config.AntreanConfig;
import id.antreanonline.shared.Wib;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Syncs every poli's HFIS schedules for every day from today to the end of the booking horizon, a few calls at a
 * time. Its owner holds a PostgreSQL advisory lock on a connection of its own for as long as the run lasts: one run
 * across replicas, and a process that died lets go of it with its connection, so a RUNNING run nobody holds the lock
 * for is INTERRUPTED. Each poli's day is an item; the item and what it stored commit together, so a run resumes
 * where it stopped.
 */
@ApplicationScoped
public class HorizonSync {

    private static final Logger LOG = Logger.getLogger(HorizonSync.class);
    /** The advisory lock key of the horizon sync (any constant no other lock of this database uses). */
    private static final long LOCK = 7_021_000_001L;
    private static final String NIGHTLY = "jadwal-malam";
    // polis that practised lately or will, and those configured: a poli closed long ago is not asked again
    private static final String POLIS = "select distinct kodepoli from doctor_schedule where tanggal >= $1";
    private static final String CREATE = "with run as (insert into schedule_sync_run (started_by, state, total)"
            + " values ($1, 'RUNNING', $2) returning id), items as (insert into schedule_sync_item (run_id, kodepoli,"
            + " tanggal) select run.id, p, d::date from run cross join unnest($3::text[]) p"
            + " cross join generate_series($4::date::timestamp, $5::date::timestamp, interval '1 day') d)"
            + " select id from run";
    private static final String PENDING = "select kodepoli, tanggal from schedule_sync_item where run_id = $1"
            + " and state = 'PENDING' order by tanggal, kodepoli";
    private static final String MARK = "update schedule_sync_item set state = $4, message = $5 where run_id = $1"
            + " and kodepoli = $2 and tanggal = $3 and state = 'PENDING'";
    private static final String COUNT = "update schedule_sync_run set done = done + 1, failed = failed + $2"
            + " where id = $1";
    private static final String RUN = "select id, state, started_by, started_at, finished_at, total, done, failed"
            + " from schedule_sync_run";

    private final Pool pool;
    private final GatewayClient gateway;
    private final ScheduleSyncService sync;
    private final AntreanConfig config;
    private final Clock clock;

    HorizonSync(Pool pool, GatewayClient gateway, ScheduleSyncService sync, AntreanConfig config, Clock clock) {
        this.pool = pool;
        this.gateway = gateway;
        this.sync = sync;
        this.config = config;
        this.clock = clock;
    }

    public sealed interface Start permits Started, AlreadyRunning {
    }

    public record Started(long id) implements Start {
    }

    /** Another run holds the lock; its id (null while it is being created). */
    public record AlreadyRunning(Long id) implements Start {
    }

    public record Failure(String kodepoli, String tanggal, String message) {
    }

    /** A run's progress; {@code failures} only when one run is asked for. */
    public record Progress(long id, String state, int total, int done, int failed, String startedBy,
            Instant startedAt, Instant finishedAt, List<Failure> failures) {
    }

    @Scheduled(cron = "{antrean.schedule-sync.cron}", timeZone = "Asia/Jakarta",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> nightly() {
        return start(NIGHTLY).invoke(s -> {
            if (s instanceof AlreadyRunning running) {
                LOG.infof("Nightly schedule sync skipped: run %s is running", running.id());
            }
        }).replaceWithVoid();
    }

    /** Starts a run over every poli and the whole horizon, unless one runs. */
    public Uni<Start> start(String startedBy) {
        return owned(owner -> polis().chain(polis -> {
            LocalDate today = LocalDate.now(clock.withZone(Wib.ZONE));
            LocalDate last = today.plusDays(config.syncHorizonDays());
            int total = polis.length * (config.syncHorizonDays() + 1);
            return owner.preparedQuery(CREATE).execute(Tuple.of(startedBy, total, polis, today, last))
                    .map(rows -> rows.iterator().next().getLong("id"));
        }));
    }

    /** Continues an interrupted (or failed) run with the poli days it had not done. */
    public Uni<Start> resume(long id) {
        return owned(owner -> owner.preparedQuery("update schedule_sync_run set state = 'RUNNING', finished_at = null"
                + " where id = $1 and state in ('INTERRUPTED', 'FAILED') returning id").execute(Tuple.of(id))
                .chain(rows -> rows.size() == 1 ? Uni.createFrom().item(id)
                        : progress(id).chain(p -> Uni.createFrom().<Long>failure(new StaffRefused(409,
                                "Hanya sinkronisasi yang terputus atau gagal yang dapat dilanjutkan")))));
    }

    /**
     * Takes the lock on a connection of its own, marks runs left RUNNING by a dead owner INTERRUPTED, lets
     * {@code begin} make or reopen the run, and works it in the background; the lock goes with the connection.
     */
    private Uni<Start> owned(Function<SqlConnection, Uni<Long>> begin) {
        return pool.getConnection().chain(owner -> owner.preparedQuery("select pg_try_advisory_lock($1) as locked")
                .execute(Tuple.of(LOCK)).onFailure().call(owner::close).chain(rows -> {
                    if (!rows.iterator().next().getBoolean("locked")) {
                        return owner.close().chain(this::runningId).map(AlreadyRunning::new);
                    }
                    return owner.query("update schedule_sync_run set state = 'INTERRUPTED', finished_at = now()"
                            + " where state = 'RUNNING'").execute()
                            .chain(() -> begin.apply(owner))
                            .invoke(id -> work(id).onTermination().call(() -> release(owner))
                                    .subscribe().with(ok -> { }, e -> LOG.errorf("Schedule sync run %d: %s", id, e)))
                            .<Start>map(Started::new)
                            .onFailure().call(() -> release(owner));
                }));
    }

    private Uni<Void> release(SqlConnection owner) {
        return owner.preparedQuery("select pg_advisory_unlock($1)").execute(Tuple.of(LOCK))
                .onFailure().recoverWithNull().chain(owner::close);
    }

    private Uni<Long> runningId() {
        return pool.query(RUN + " where state = 'RUNNING'").execute()
                .map(rows -> rows.size() == 0 ? null : rows.iterator().next().getLong("id"));
    }

    private Uni<String[]> polis() {
        LocalDate since = LocalDate.now(clock.withZone(Wib.ZONE)).minusDays(config.booking().horizonDays());
        return pool.preparedQuery(POLIS).execute(Tuple.of(since)).map(rows -> {
            TreeSet<String> polis = new TreeSet<>(config.poli().keySet());
            rows.forEach(r -> polis.add(r.getString("kodepoli")));
            return polis.toArray(String[]::new);
        });
    }

    private Uni<Void> work(long id) {
        return pool.preparedQuery(PENDING).execute(Tuple.of(id))
                .onItem().transformToMulti(rows -> Multi.createFrom().iterable(rows))
                .onItem().transformToUni(r -> item(id, r.getString("kodepoli"), r.getLocalDate("tanggal")))
                .merge(Math.max(1, config.scheduleSync().concurrency()))
                .collect().last()
                .chain(() -> finish(id, "DONE"))
                .onFailure().call(e -> {
                    LOG.errorf("Schedule sync run %d stopped: %s", id, e);
                    return finish(id, "FAILED");
                });
    }

    /** One poli's day: stored with its item in one transaction, or the item failed with BPJS's message. */
    private Uni<Void> item(long runId, String kodepoli, LocalDate tanggal) {
        return gateway.doctorSchedules(kodepoli, Wib.DATE.format(tanggal))
                .onFailure(e -> e instanceof GatewayClient.Refused r && r.noData()).recoverWithItem(List.of())
                .chain(list -> pool.withTransaction(tx -> sync.store(tx, kodepoli, tanggal, list, runId)
                        .chain(() -> mark(tx, runId, kodepoli, tanggal, null))))
                .onFailure().recoverWithUni(e -> pool.withTransaction(
                        tx -> mark(tx, runId, kodepoli, tanggal, messageOf(e, runId, kodepoli))));
    }

    private static String messageOf(Throwable e, long runId, String kodepoli) {
        if (e instanceof GatewayClient.Refused) {
            return e.getMessage().length() <= 500 ? e.getMessage() : e.getMessage().substring(0, 500);
        }
        LOG.warnf("Schedule sync run %d, poli %s: %s", runId, kodepoli, e);
        return "Jadwal tidak dapat disimpan";
    }

    private static Uni<Void> mark(SqlConnection tx, long runId, String kodepoli, LocalDate tanggal, String failure) {
        return tx.preparedQuery(MARK).execute(Tuple.of(runId, kodepoli, tanggal, failure == null ? "DONE" : "FAILED",
                failure)).chain(marked -> marked.rowCount() == 0 ? Uni.createFrom().voidItem()
                        : tx.preparedQuery(COUNT).execute(Tuple.of(runId, failure == null ? 0 : 1)).replaceWithVoid());
    }

    private Uni<Void> finish(long id, String state) {
        return pool.preparedQuery("update schedule_sync_run set state = $2, finished_at = now() where id = $1"
                + " and state = 'RUNNING'").execute(Tuple.of(id, state)).replaceWithVoid();
    }

    public Uni<Progress> progress(long id) {
        return pool.preparedQuery(RUN + " where id = $1").execute(Tuple.of(id)).chain(rows -> {
            if (rows.size() == 0) {
                return Uni.createFrom().failure(new StaffRefused(404, "Sinkronisasi tidak ditemukan"));
            }
            Row run = rows.iterator().next();
            return pool.preparedQuery("select kodepoli, tanggal, message from schedule_sync_item where run_id = $1"
                    + " and state = 'FAILED' order by tanggal, kodepoli").execute(Tuple.of(id)).map(items -> {
                        List<Failure> failures = new ArrayList<>();
                        items.forEach(i -> failures.add(new Failure(i.getString("kodepoli"),
                                Wib.DATE.format(i.getLocalDate("tanggal")), i.getString("message"))));
                        return progressOf(run, failures);
                    });
        });
    }

    /** The latest runs, newest first, without their failures. */
    public Uni<List<Progress>> latest(Integer limit) {
        int n = limit == null ? 10 : Math.max(1, Math.min(100, limit));
        return pool.preparedQuery(RUN + " order by started_at desc, id desc limit $1").execute(Tuple.of(n))
                .map(rows -> {
                    List<Progress> runs = new ArrayList<>();
                    rows.forEach(r -> runs.add(progressOf(r, List.of())));
                    return runs;
                });
    }

    private static Progress progressOf(Row r, List<Failure> failures) {
        OffsetDateTime finished = r.getOffsetDateTime("finished_at");
        return new Progress(r.getLong("id"), r.getString("state"), r.getInteger("total"), r.getInteger("done"),
                r.getInteger("failed"), r.getString("started_by"), r.getOffsetDateTime("started_at").toInstant(),
                finished == null ? null : finished.toInstant(), failures);
    }
}
