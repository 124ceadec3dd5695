package id.antreanonline.antrean.service;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.BiFunction;
import java.util.function.Consumer;

import id.antreanonline.antrean.Booking;
import id.antreanonline.antrean.DoctorSchedule;
import id.antreanonline.antrean.HeldPlaces;
import id.antreanonline.antrean.PatientKind;
import id.antreanonline.antrean.SimrsCommand;
import id.antreanonline.antrean.config.AntreanConfig;
import id.antreanonline.antrean.repository.BookingRepository;
import id.antreanonline.antrean.repository.DoctorScheduleRepository;
import id.antreanonline.antrean.repository.SimrsCommandRepository;
import id.antreanonline.outbox.Outbox;
import id.antreanonline.outbox.PipelinedTransaction;
import id.antreanonline.outbox.PipelinedTransaction.Ending;
import id.antreanonline.shared.TaskId;
import id.antreanonline.shared.event.BookingEvent;
import id.antreanonline.shared.event.BookingSource;
import id.antreanonline.shared.event.CancelledBy;
import id.antreanonline.shared.event.TaskEvent;
import id.antreanonline.shared.wsrs.WsrsMessages;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The database side of a booking after its number was taken ({@link BookingBatches} takes numbers): looking at it,
 * cancelling and checking in under its row lock, the change's events written to the outbox in the same transaction.
 */
@ApplicationScoped
public class QueueLedger {

    private static final String STATUS = "select s.namapoli, s.namadokter, s.kuota_jkn, s.kuota_nonjkn, s.held_jkn,"
            + " s.held_nonjkn, s.libur,"
            // the places held less the patients already served: reads only the served (V11), never the whole queue
            + " s.held_jkn + s.held_nonjkn - (select count(*) from booking b where b.schedule_id = s.id"
            + " and b.status = 'ACTIVE' and b.finished_at is not null) as waiting,"
            + " (select b.nomorantrean from booking b where b.schedule_id = s.id and b.called_at is not null"
            + " order by b.called_at desc, b.angkaantrean desc limit 1) as called"
            + " from doctor_schedule s where s.kodepoli = $1 and s.kodedokter = $2 and s.tanggal = $3"
            + " and s.jampraktek = $4";

    /** A booking row as {@link #bookingOf} reads it (alias b), its poli and date named apart from its schedule's. */
    static final String BOOKING_COLUMNS = "b.kodebooking, b.schedule_id, b.kodepoli as booking_poli,"
            + " b.tanggal as visit_date, b.angkaantrean, b.nomorantrean, b.jenispasien, b.nomorkartu, b.nik, b.nohp,"
            + " b.norm, b.jeniskunjungan, b.nomorreferensi, b.pasienbaru, b.source, b.status, b.estimasidilayani,"
            + " b.created_at, b.cancelled_at, b.cancelled_by, b.cancel_reason, b.checked_in_at, b.checkin_task,"
            + " b.called_at, b.finished_at";
    /** A booking with its schedule, the booking's row locked (not the schedule's). */
    private static final String LOCK_FOR_CHECK_IN = "select " + BOOKING_COLUMNS + ", "
            + BookingBatches.SCHEDULE_COLUMNS.replaceAll("(\\w+)", "s.$1")
            + " from booking b join doctor_schedule s on s.id = b.schedule_id where b.kodebooking = $1 for update of b";
    /** The check-in once decided; a recovery replaying one that is already here changes nothing. */
    static final String RECORD_CHECK_IN = "update booking set checked_in_at = $2, checkin_task = $3"
            + " where kodebooking = $1 and checked_in_at is null";
    /** A check-in's writes in one statement: the booking's update and its events. */
    private static final String WRITE_CHECK_IN = "with recorded as (" + RECORD_CHECK_IN + "), published as ("
            + Outbox.insertFrom(4) + ") select 1";
    private static final String LOCK_BOOKING = "select " + BOOKING_COLUMNS + " from booking b where b.kodebooking = $1"
            + " for update";
    private static final String RECORD_QUEUE_MOVE = "update booking set called_at = $2, finished_at = $3"
            + " where kodebooking = $1";

    private final DoctorScheduleRepository schedules;
    private final BookingRepository bookings;
    private final Outbox outbox;
    private final SimrsCommandRepository commands;
    private final Pool pool;
    private final BookingEvents events;
    private final AntreanConfig config;
    private final Clock clock;

    QueueLedger(DoctorScheduleRepository schedules, BookingRepository bookings, Outbox outbox,
            SimrsCommandRepository commands, Pool pool, BookingEvents events, AntreanConfig config, Clock clock) {
        this.commands = commands;
        this.pool = pool;
        this.schedules = schedules;
        this.bookings = bookings;
        this.outbox = outbox;
        this.events = events;
        this.config = config;
        this.clock = clock;
    }

    /**
     * Why a booking found no schedule: the poli is unknown here, or the doctor has no practice then (named as HFIS
     * last named the doctor). Always a refusal.
     */
    public <T> Uni<T> whyNoSchedule(String kodepoli, String kodedokter) {
        // a session of its own: called from paths that work on the pool directly
        return Panache.withSession(() -> schedules.poliKnown(kodepoli)
                .invoke(refuseUnless(WsrsMessages.POLI_NOT_FOUND))
                .chain(() -> noSchedule(kodedokter)));
    }

    /**
     * statusantrean in one statement (Mobile JKN asks it often): the schedule with its places held, the patients still
     * waiting and the number called last; a schedule not found is explained by {@link #whyNoSchedule}.
     */
    public Uni<QueueStatus> status(String kodepoli, String kodedokter, LocalDate tanggal, String jampraktek) {
        return pool.preparedQuery(STATUS).execute(Tuple.of(kodepoli, kodedokter, tanggal, jampraktek))
                .chain(rows -> {
                    if (rows.size() == 0) {
                        return whyNoSchedule(kodepoli, kodedokter);
                    }
                    Row r = rows.iterator().next();
                    int jkn = r.getInteger("kuota_jkn");
                    int nonJkn = r.getInteger("kuota_nonjkn");
                    int heldJkn = r.getInteger("held_jkn");
                    int heldNonJkn = r.getInteger("held_nonjkn");
                    String called = r.getString("called");
                    return Uni.createFrom().item(new QueueStatus(r.getString("namapoli"), r.getString("namadokter"),
                            heldJkn + heldNonJkn, r.getLong("waiting").intValue(), called == null ? "-" : called,
                            Math.max(0, jkn - heldJkn), jkn, Math.max(0, nonJkn - heldNonJkn), nonJkn,
                            r.getBoolean("libur") ? WsrsMessages.REGISTRATION_CLOSED : ""));
                });
    }

    @WithSession
    public Uni<RemainingQueue> remaining(String kodebooking) {
        return bookings.findById(kodebooking)
                .invoke(b -> {
                    if (b == null) {
                        throw new BookingRefused(Messages.BOOKING_NOT_FOUND);
                    }
                    if (!b.active()) {
                        throw new BookingRefused(Messages.BOOKING_CANCELLED);
                    }
                })
                .chain(b -> schedules.findById(b.scheduleId)
                        .chain(s -> bookings.countAhead(s.id, b.angkaantrean)
                                .chain(ahead -> calledNumber(s).map(called -> remaining(b, s, ahead, called)))));
    }

    /** Cancels the booking; a caller's command (null: none) is remembered in the same transaction. */
    @WithTransaction
    public Uni<Void> cancel(String kodebooking, String keterangan, CancelledBy by, SimrsCommand command) {
        return locked(kodebooking)
                .invoke(b -> b.cancel(by, keterangan, clock))
                .chain(b -> publish(b, BookingEvent.Kind.CANCELLED, new BookingEvent.Cancellation(by, keterangan),
                        null))
                .chain(() -> command == null ? Uni.createFrom().voidItem()
                        : commands.remember(command, kodebooking, clock.millis()));
    }

    /** What taking the booking answered, with the schedule's places as they are now (a caller's repeat). */
    @WithSession
    public Uni<BookingReceipt> receiptOf(String kodebooking) {
        return bookings.findById(kodebooking).chain(b -> b == null
                ? Uni.createFrom().failure(new BookingRefused(Messages.BOOKING_NOT_FOUND))
                : schedules.findById(b.scheduleId).map(s -> BookingReceipt.of(b, s, s.held(), events.note(b))));
    }

    /** The booking with its schedule, for the visit's VClaim work; 404 when there is none. */
    @WithSession
    public Uni<BookingDetail> detailOf(String kodebooking) {
        return withSchedule(kodebooking, "Kode booking " + kodebooking + " tidak ditemukan", BookingDetail::of);
    }

    /** What the patient's ticket prints; 404 when there is no such booking. */
    @WithSession
    public Uni<BookingTicket> ticketOf(String kodebooking) {
        return withSchedule(kodebooking, "Kode booking " + kodebooking + " tidak ditemukan", BookingTicket::of);
    }

    private <T> Uni<T> withSchedule(String kodebooking, String notFound, BiFunction<Booking, DoctorSchedule, T> view) {
        return bookings.findById(kodebooking).chain(b -> b == null
                ? Uni.createFrom().failure(new StaffRefused(404, notFound))
                : schedules.findById(b.scheduleId).map(s -> view.apply(b, s)));
    }

    /** The booking as the kiosk shows it; 404 when there is none. */
    @WithSession
    public Uni<KioskBooking> kioskViewOf(String kodebooking) {
        return withSchedule(kodebooking, Messages.BOOKING_NOT_FOUND, KioskBooking::of);
    }

    /** A NIK's bookings of that day, as the kiosk shows them. */
    @WithSession
    public Uni<List<KioskBooking>> kioskViewsOf(String nik, LocalDate tanggal) {
        return bookings.ofNikOn(nik, tanggal).chain(found -> Multi.createFrom().iterable(found)
                .onItem().transformToUniAndConcatenate(b -> schedules.findById(b.scheduleId)
                        .map(s -> KioskBooking.of(b, s)))
                .collect().asList());
    }

    /**
     * Checks the patient in at {@code waktu}, on the pool in one transaction: the booking locked and read with its
     * schedule in one statement (sent with BEGIN), {@link Booking#checkIn} decides, then the booking's update and its
     * two events in one statement, sent with the COMMIT. Only the booking row is locked, so check-ins of one schedule
     * never wait for each other.
     */
    public Uni<Void> checkIn(String kodebooking, long waktu) {
        return Uni.createFrom().deferred(() -> PipelinedTransaction.runEnding(pool, conn -> conn
                .preparedQuery(LOCK_FOR_CHECK_IN)
                .execute(Tuple.of(kodebooking))
                .chain(rows -> {
                    if (rows.size() == 0) {
                        throw new BookingRefused(Messages.BOOKING_NOT_FOUND);
                    }
                    Row r = rows.iterator().next();
                    Booking b = bookingOf(r);
                    DoctorSchedule s = BookingBatches.scheduleOf(r);
                    TaskId task = b.checkIn(waktu, clock);
                    List<Outbox.Event> published = events.of(b, BookingEvent.Kind.CHECKED_IN, s, s.held(), null,
                            new BookingEvent.CheckIn(task.code(), waktu));
                    List<Object> writes = new ArrayList<>(List.of(b.kodebooking, waktu, task.code()));
                    writes.addAll(outbox.columns(published));
                    return Uni.createFrom().item(new Ending<Void>(null,
                            () -> conn.preparedQuery(WRITE_CHECK_IN).execute(Tuple.tuple(writes))));
                }))).invoke(outbox::written);
    }

    /**
     * Task 4 marks the patient called, 5 and 99 take the booking out of the waiting queue ({@link
     * Booking#taskRecorded} decides); on the consumer's connection, in its transaction.
     */
    public Uni<Void> applyTask(SqlConnection conn, TaskEvent task) {
        // the other tasks (1, 2, 3, 6, 7: one per check-in and station step) would lock the booking for nothing
        if (task.kind() != TaskEvent.Kind.TASK || task.taskid() == null || task.kodebooking() == null
                || !Booking.movesQueue(task.taskid())) {
            return Uni.createFrom().voidItem();
        }
        long waktu = task.waktu() != null ? task.waktu() : task.recordedAt();
        return conn.preparedQuery(LOCK_BOOKING).execute(Tuple.of(task.kodebooking())).chain(rows -> {
            if (rows.size() == 0) {
                return Uni.createFrom().voidItem();
            }
            Booking b = bookingOf(rows.iterator().next());
            Long called = b.calledAt;
            Long finished = b.finishedAt;
            b.taskRecorded(task.taskid(), waktu);
            if (Objects.equals(called, b.calledAt) && Objects.equals(finished, b.finishedAt)) {
                return Uni.createFrom().voidItem();
            }
            return conn.preparedQuery(RECORD_QUEUE_MOVE).execute(Tuple.of(b.kodebooking, b.calledAt, b.finishedAt))
                    .replaceWithVoid();
        });
    }

    /** A row of {@link #BOOKING_COLUMNS}: the booking as the entity holds it, not attached to any session. */
    static Booking bookingOf(Row r) {
        Booking b = new Booking();
        b.kodebooking = r.getString("kodebooking");
        b.scheduleId = r.getLong("schedule_id");
        b.kodepoli = r.getString("booking_poli");
        b.tanggal = r.getLocalDate("visit_date");
        b.angkaantrean = r.getInteger("angkaantrean");
        b.nomorantrean = r.getString("nomorantrean");
        b.patientKind = new PatientKind.Column().convertToEntityAttribute(r.getString("jenispasien"));
        b.nomorkartu = r.getString("nomorkartu");
        b.nik = r.getString("nik");
        b.nohp = r.getString("nohp");
        b.norm = r.getString("norm");
        b.jeniskunjungan = r.getInteger("jeniskunjungan");
        b.nomorreferensi = r.getString("nomorreferensi");
        b.newPatient = r.getInteger("pasienbaru") != 0;
        b.source = BookingSource.valueOf(r.getString("source"));
        b.status = Booking.Status.valueOf(r.getString("status"));
        b.estimasidilayani = r.getLong("estimasidilayani");
        b.createdAt = r.getLong("created_at");
        b.cancelledAt = r.getLong("cancelled_at");
        b.cancelledBy = r.getString("cancelled_by") == null ? null : CancelledBy.valueOf(r.getString("cancelled_by"));
        b.cancelReason = r.getString("cancel_reason");
        b.checkedInAt = r.getLong("checked_in_at");
        b.checkinTask = r.getInteger("checkin_task");
        b.calledAt = r.getLong("called_at");
        b.finishedAt = r.getLong("finished_at");
        return b;
    }

    private <T> Uni<T> noSchedule(String kodedokter) {
        return schedules.doctorName(kodedokter).chain(name -> Uni.createFrom()
                .failure(new BookingRefused(WsrsMessages.noSchedule(name == null ? kodedokter : name))));
    }

    private Uni<Booking> locked(String kodebooking) {
        return bookings.lock(kodebooking).invoke(b -> {
            if (b == null) {
                throw new BookingRefused(Messages.BOOKING_NOT_FOUND);
            }
        });
    }

    /** The event of a change to a stored booking, with the schedule's places as they are after it. */
    private Uni<Void> publish(Booking b, BookingEvent.Kind kind, BookingEvent.Cancellation cancellation,
            BookingEvent.CheckIn checkIn) {
        return bookings.flush()
                .chain(() -> schedules.findById(b.scheduleId))
                .chain(s -> publish(b, kind, s, s.held(), cancellation, checkIn));
    }

    private Uni<Void> publish(Booking b, BookingEvent.Kind kind, DoctorSchedule s, HeldPlaces held,
            BookingEvent.Cancellation cancellation, BookingEvent.CheckIn checkIn) {
        return Multi.createFrom().iterable(events.of(b, kind, s, held, cancellation, checkIn))
                .onItem().transformToUniAndConcatenate(e -> outbox.publish(e.topic(), e.key(), e.eventId(), e.payload()))
                .collect().last().replaceWithVoid();
    }

    private Uni<String> calledNumber(DoctorSchedule s) {
        return bookings.lastCalled(s.id).map(b -> b == null ? "-" : b.nomorantrean);
    }

    private RemainingQueue remaining(Booking b, DoctorSchedule s, long ahead, String called) {
        int sisa = b.finishedAt != null ? 0 : (int) ahead;
        long wait = Math.max(0L, (long) config.minutesPerPatientOf(s.kodepoli) * 60L * (sisa - 1));
        return new RemainingQueue(b.nomorantrean, s.namapoli, s.namadokter, sisa, called, wait,
                b.finishedAt != null ? Messages.POLI_DONE : "");
    }

    private static Consumer<Boolean> refuseUnless(String message) {
        return yes -> {
            if (!yes) {
                throw new BookingRefused(message);
            }
        };
    }

    /**
     * A unique index caught a second active booking of the same patient that raced past the check, or a second
     * booking under the same event id of a caller (the caller is then told what its first one got).
     */
    static boolean isDuplicateBooking(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            String m = t.getMessage();
            if (m != null && (m.contains("booking_active_patient") || m.contains("booking_active_card")
                    || m.contains("simrs_command_pkey"))) {
                return true;
            }
        }
        return false;
    }
}
