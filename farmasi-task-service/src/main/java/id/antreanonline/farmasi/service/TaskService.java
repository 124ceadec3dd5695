package id.antreanonline.farmasi.service;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jboss.logging.Logger;

import id.antreanonline.farmasi.DeliveryState;
import id.antreanonline.farmasi.TaskRecord;
import id.antreanonline.farmasi.Visit;
import id.antreanonline.farmasi.repository.VisitRows;
import id.antreanonline.outbox.Outbox;
import id.antreanonline.outbox.PipelinedTransaction;
import id.antreanonline.shared.TaskId;
import id.antreanonline.shared.event.BookingEvent;
import id.antreanonline.shared.event.TaskEvent;
import id.antreanonline.shared.event.Topics;
import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.SqlConnection;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Records a step of a visit: decides it by {@link TaskRules}, stores it and publishes it through the outbox in one
 * transaction (a refused or duplicate step publishes nothing). When the poli ends a visit with a prescription, issues
 * the day's next pharmacy number and publishes it before any task 6. A hot path: it runs on the reactive pool by SQL
 * ({@link VisitRows}), not in a Hibernate session: the lock and the reads in one round trip, the writes in another.
 */
@ApplicationScoped
public class TaskService {

    private static final Logger LOG = Logger.getLogger(TaskService.class);

    /**
     * A step to record; {@code waktu} null means now. {@code senderEventId}: the sender's own id of the step (a
     * SIMRS's event id), or null; applied once per {@code recordedBy}.
     */
    public record Command(String kodebooking, int taskid, Long waktu, String jenisresep, String recordedBy,
            String senderEventId) {

        public Command(String kodebooking, int taskid, Long waktu, String jenisresep, String recordedBy) {
            this(kodebooking, taskid, waktu, jenisresep, recordedBy, null);
        }

        /** The same step as the one recorded under this event id: same booking and task, and its time if given. */
        boolean repeats(TaskRecord recorded) {
            return recorded.kodebooking.equals(kodebooking) && recorded.taskid == taskid
                    && (waktu == null || recorded.waktu == waktu);
        }
    }

    public sealed interface Result {
    }

    public record Recorded(TaskRecord task, boolean duplicate) implements Result {
    }

    public record Refused(Refusal refusal) implements Result {
    }

    /** Who recorded a task the previous queue system sent, and what its delivery says. */
    public static final String SENT_BEFORE = "sistem antrean sebelumnya";
    public static final String SENT_BEFORE_MESSAGE = "Sudah dikirim ke BPJS oleh sistem antrean sebelumnya";

    private final Pool pool;
    private final VisitRows rows;
    private final Outbox outbox;
    private final Clock clock;
    private final MeterRegistry registry;

    TaskService(Pool pool, VisitRows rows, Outbox outbox, Clock clock, MeterRegistry registry) {
        this.pool = pool;
        this.rows = rows;
        this.outbox = outbox;
        this.clock = clock;
        this.registry = registry;
    }

    /** For the stations: a refusal fails the Uni with {@link RefusedException}. */
    public Uni<Recorded> record(Command command) {
        return PipelinedTransaction.run(pool, conn -> record(conn, command)).map(result -> {
            count(command.taskid(), result instanceof Recorded r ? (r.duplicate() ? "duplicate" : "recorded")
                    : "refused");
            if (result instanceof Refused refused) {
                throw new RefusedException(refused.refusal());
            }
            return (Recorded) result;
        })
                // the same event id for two visits at once: the index lets one in, the other is told
                .onFailure(TaskService::isSenderEventTaken)
                .transform(e -> new RefusedException(eventIdTaken(command.senderEventId())));
    }

    /** {@code task_steps_total{taskid, station, outcome}}: what the stations (and the SIMRS) record, after commit. */
    private void count(int taskid, String outcome) {
        String station = switch (taskid) {
            case 1, 2, 3 -> "admisi";
            case 4, 5 -> "poli";
            case 6, 7 -> "farmasi";
            case 99 -> "batal";
            default -> "lain";
        };
        registry.counter("task.steps", "taskid", TaskId.of(taskid).isPresent() ? String.valueOf(taskid) : "lain",
                "station", station, "outcome", outcome).increment();
    }

    /**
     * Locks the visit and reads its steps (and the sender's earlier step under the same event id, so a repeat waits
     * for the first), then decides and writes.
     */
    private Uni<Result> record(SqlConnection conn, Command command) {
        if (command.kodebooking() == null || command.kodebooking().isBlank()) {
            return Uni.createFrom().item(new Refused(Refusal.of(Refusal.Kind.BAD_REQUEST, "kodebooking wajib diisi")));
        }
        return rows.lock(conn, command.kodebooking().trim(), command.recordedBy(), command.senderEventId())
                .chain(locked -> record(conn, locked, command));
    }

    /**
     * The step on a visit its caller locked and read ({@link VisitRows#lock}) on {@code conn}, inside its transaction.
     * A refusal is a result and writes nothing, so the caller's other work still commits.
     */
    public Uni<Result> record(SqlConnection conn, VisitRows.Locked locked, Command command) {
        Visit visit = locked.visit();
        if (visit == null) {
            return Uni.createFrom().item(notAccepted(decide(null, Map.of(), command), Map.of(), command));
        }
        TaskRecord earlier = locked.sentUnder();
        if (earlier != null) {
            return Uni.createFrom().item(command.repeats(earlier) ? new Recorded(earlier, true)
                    : new Refused(eventIdTaken(command.senderEventId())));
        }
        return apply(conn, visit, locked.tasks(), command);
    }

    private static Refusal eventIdTaken(String senderEventId) {
        return Refusal.of(Refusal.Kind.CONFLICT, "eventid " + senderEventId
                + " sudah dipakai untuk langkah lain; satu eventid untuk satu langkah");
    }

    private static boolean isSenderEventTaken(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t.getMessage() != null && t.getMessage().contains("task_record_sender_event")) {
                return true;
            }
        }
        return false;
    }

    /**
     * The tasks the previous queue system already sent to BPJS (go-live migration), recorded as delivered and
     * published to no one: the visit's next step follows them and is the first sent. A task already recorded stays.
     * Writes them on {@code conn}, inside its transaction, and adds them to {@code locked}'s steps; the caller writes
     * the visit.
     */
    public Uni<Void> recordSentBefore(SqlConnection conn, VisitRows.Locked locked, List<BookingEvent.TaskSent> sent) {
        Visit visit = locked.visit();
        long now = clock.millis();
        List<TaskRecord> before = new ArrayList<>();
        for (BookingEvent.TaskSent t : sent) {
            if (locked.tasks().containsKey(t.taskid())) {
                continue;
            }
            TaskRecord task = new TaskRecord();
            task.kodebooking = visit.kodebooking;
            task.taskid = t.taskid();
            task.waktu = t.waktu();
            task.eventId = "migrasi-" + visit.kodebooking + "-" + t.taskid();
            task.recordedAt = now;
            task.recordedBy = SENT_BEFORE;
            task.delivery = DeliveryState.DELIVERED;
            task.deliveryMessage = SENT_BEFORE_MESSAGE;
            task.deliveryAt = now;
            before.add(task);
            locked.tasks().put(t.taskid(), task);
            if (visit.lastWaktu == null || t.waktu() > visit.lastWaktu) {
                visit.lastTaskid = t.taskid();
                visit.lastWaktu = t.waktu();
            }
            if (t.taskid() == TaskId.NO_SHOW.code()) {
                visit.status = Visit.Status.ENDED;
            }
        }
        return before.isEmpty() ? Uni.createFrom().voidItem() : rows.insert(conn, before);
    }

    private static Result notAccepted(TaskRules.Decision decision, Map<Integer, TaskRecord> recorded,
            Command command) {
        return decision instanceof TaskRules.Refuse refuse ? new Refused(refuse.refusal())
                : new Recorded(recorded.get(command.taskid()), true);
    }

    private TaskRules.Decision decide(Visit visit, Map<Integer, TaskRecord> recorded, Command command) {
        return decide(visit, recorded, command, clock.millis());
    }

    private static TaskRules.Decision decide(Visit visit, Map<Integer, TaskRecord> recorded, Command command,
            long now) {
        Map<Integer, Long> times = new HashMap<>();
        recorded.forEach((taskid, t) -> times.put(taskid, t.waktu));
        return TaskRules.decide(visit, times, command.taskid(), waktu(recorded, command, now), command.jenisresep(),
                now);
    }

    /** Without a time, "now"; but a station pressing the same button twice repeats the step it already recorded. */
    private static long waktu(Map<Integer, TaskRecord> recorded, Command command, long now) {
        if (command.waktu() != null) {
            return command.waktu();
        }
        TaskRecord same = recorded.get(command.taskid());
        return same != null ? same.waktu : now;
    }

    private Uni<Result> apply(SqlConnection conn, Visit visit, Map<Integer, TaskRecord> recorded, Command command) {
        long now = clock.millis();
        TaskRules.Decision decision = decide(visit, recorded, command, now);
        if (!(decision instanceof TaskRules.Accept accept)) {
            return Uni.createFrom().item(notAccepted(decision, recorded, command));
        }
        int taskid = command.taskid();
        TaskRecord task = new TaskRecord();
        task.kodebooking = visit.kodebooking;
        task.taskid = taskid;
        task.waktu = waktu(recorded, command, now);
        task.eventId = UUID.randomUUID().toString();
        task.recordedAt = now;
        task.recordedBy = command.recordedBy();
        task.senderEventId = command.recordedBy() == null ? null : command.senderEventId();
        task.delivery = DeliveryState.PENDING;

        visit.lastTaskid = taskid;
        visit.lastWaktu = task.waktu;
        if (taskid == TaskId.NO_SHOW.code()) {
            visit.status = Visit.Status.ENDED;
        }
        if (taskid == 5 || taskid == 6) {
            visit.jenisresep = accept.jenisresep();
        }
        if (taskid >= 5 && taskid <= 7) {
            task.jenisresep = visit.jenisresep;
        }
        boolean issueNumber = visit.jenisresep != null && visit.farmasiNomor == null && (taskid == 5 || taskid == 6);
        Uni<Integer> number = issueNumber ? rows.nextFarmasiNumber(conn, visit.tanggalperiksa)
                : Uni.createFrom().item(0);
        return number.chain(n -> {
            List<Outbox.Event> events = new ArrayList<>(2);
            events.add(new Outbox.Event(Topics.TASKS, visit.kodebooking, task.eventId, new TaskEvent(task.eventId,
                    TaskEvent.Kind.TASK, visit.kodebooking, visit.source, taskid, task.waktu, task.jenisresep, null,
                    null, now)));
            if (issueNumber) {
                // the pharmacy number reaches BPJS (antrean/farmasi/add) before task 6, after task 5
                events.add(taskid == 6 ? 0 : 1, pharmacyNumber(visit, n, now));
            }
            return Uni.combine().all().unis(rows.insert(conn, List.of(task)), rows.write(conn, visit),
                    outbox.publishAll(conn, events)).discardItems();
        })
                .invoke(() -> LOG.debugf("task %d recorded for %s", taskid, visit.kodebooking))
                .replaceWith(new Recorded(task, false));
    }

    private static Outbox.Event pharmacyNumber(Visit visit, int number, long now) {
        visit.farmasiNomor = number;
        visit.farmasiEventId = UUID.randomUUID().toString();
        visit.farmasiIssuedAt = now;
        visit.farmasiDelivery = DeliveryState.PENDING;
        return new Outbox.Event(Topics.TASKS, visit.kodebooking, visit.farmasiEventId,
                new TaskEvent(visit.farmasiEventId, TaskEvent.Kind.PHARMACY_NUMBER, visit.kodebooking, visit.source,
                        null, null, visit.jenisresep, number, pharmacyNote(visit), now));
    }

    static String pharmacyNote(Visit visit) {
        return "Resep " + visit.jenisresep + ", nomor antrean farmasi " + visit.farmasiNomor
                + "; silahkan menunggu di ruang tunggu farmasi";
    }
}
