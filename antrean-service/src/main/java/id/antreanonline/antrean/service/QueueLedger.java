package id.antreanonline.antrean.service;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.UUID;
import java.util.function.Consumer;

import id.antreanonline.antrean.Booking;
import id.antreanonline.antrean.DoctorSchedule;
import id.antreanonline.antrean.HeldPlaces;
import id.antreanonline.antrean.PatientKind;
import id.antreanonline.antrean.client.PatientRecord;
import id.antreanonline.antrean.config.AntreanConfig;
import id.antreanonline.antrean.repository.BookingRepository;
import id.antreanonline.antrean.repository.DoctorScheduleRepository;
import id.antreanonline.outbox.Outbox;
import id.antreanonline.shared.TaskId;
import id.antreanonline.shared.Wib;
import id.antreanonline.shared.event.BookingEvent;
import id.antreanonline.shared.event.BookingSource;
import id.antreanonline.shared.event.CancelledBy;
import id.antreanonline.shared.event.TaskEvent;
import id.antreanonline.shared.event.Topics;
import id.antreanonline.shared.event.VisitEvent;
import id.antreanonline.shared.wsrs.WsrsMessages;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The database side of bookings: it locks, counts and stores; the rules are the booking's own. A number is taken
 * with the schedule row locked ({@code select ... for update}), so the quota check, the next {@code angkaantrean}
 * and the insert happen one booking at a time per schedule; the booking event is written to the outbox in the same
 * transaction.
 */
@ApplicationScoped
public class QueueLedger {

    private final DoctorScheduleRepository schedules;
    private final BookingRepository bookings;
    private final Outbox outbox;
    private final AntreanConfig config;
    private final Clock clock;

    QueueLedger(DoctorScheduleRepository schedules, BookingRepository bookings, Outbox outbox, AntreanConfig config,
            Clock clock) {
        this.schedules = schedules;
        this.bookings = bookings;
        this.outbox = outbox;
        this.config = config;
        this.clock = clock;
    }

    /** The schedule the order asks for, when it exists and takes bookings. */
    @WithSession
    public Uni<DoctorSchedule> bookableSchedule(BookingOrder order, Instant now) {
        return slot(order.kodepoli(), order.kodedokter(), order.tanggal(), order.jampraktek())
                .invoke(s -> {
                    if (s.closedAt(now)) {
                        throw new BookingRefused(WsrsMessages.REGISTRATION_CLOSED);
                    }
                });
    }

    @WithTransaction
    public Uni<BookingReceipt> reserve(BookingOrder order, long scheduleId, PatientRecord patient,
            BookingSource source) {
        return schedules.lock(scheduleId)
                .call(() -> bookings.patientHasBooking(order.kodepoli(), order.tanggal(), order.nik(),
                        order.nomorkartu()).invoke(refuseIf(WsrsMessages.ONE_BOOKING_PER_DAY)))
                .call(() -> referenceInUse(order).invoke(refuseIf(Messages.REFERENCE_IN_USE)))
                .chain(s -> bookings.countHeld(s.id).chain(held -> take(order, s, held, patient, source)));
    }

    @WithSession
    public Uni<QueueStatus> status(String kodepoli, String kodedokter, LocalDate tanggal, String jampraktek) {
        return slot(kodepoli, kodedokter, tanggal, jampraktek)
                .chain(s -> bookings.countHeld(s.id)
                        .chain(held -> bookings.countWaiting(s.id)
                                .chain(waiting -> calledNumber(s).map(called -> new QueueStatus(s.namapoli,
                                        s.namadokter, held.jkn() + held.nonJkn(), waiting.intValue(), called,
                                        held.jknLeft(s), s.kuotaJkn, held.nonJknLeft(s), s.kuotaNonJkn,
                                        s.libur ? WsrsMessages.REGISTRATION_CLOSED : "")))));
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

    @WithTransaction
    public Uni<Void> cancel(String kodebooking, String keterangan, CancelledBy by) {
        return locked(kodebooking)
                .invoke(b -> b.cancel(by, keterangan, clock))
                .chain(b -> publish(b, BookingEvent.Kind.CANCELLED, new BookingEvent.Cancellation(by, keterangan),
                        null));
    }

    @WithTransaction
    public Uni<Void> checkIn(String kodebooking, long waktu) {
        return locked(kodebooking)
                .chain(b -> {
                    TaskId task = b.checkIn(waktu, clock);
                    return publish(b, BookingEvent.Kind.CHECKED_IN, null,
                            new BookingEvent.CheckIn(task.code(), waktu));
                });
    }

    /** Task 4 marks the patient called, 5 and 99 take the booking out of the waiting queue. Run in a transaction. */
    public Uni<Void> applyTask(TaskEvent task) {
        if (task.kind() != TaskEvent.Kind.TASK || task.taskid() == null || task.kodebooking() == null) {
            return Uni.createFrom().voidItem();
        }
        long waktu = task.waktu() != null ? task.waktu() : task.recordedAt();
        return bookings.lock(task.kodebooking())
                .invoke(b -> {
                    if (b != null) {
                        b.taskRecorded(task.taskid(), waktu);
                    }
                })
                .replaceWithVoid();
    }

    private Uni<DoctorSchedule> slot(String kodepoli, String kodedokter, LocalDate tanggal, String jampraktek) {
        return schedules.poliKnown(kodepoli)
                .invoke(refuseUnless(WsrsMessages.POLI_NOT_FOUND))
                .chain(() -> schedules.findSlot(kodepoli, kodedokter, tanggal, jampraktek))
                .chain(s -> s == null ? noSchedule(kodedokter) : Uni.createFrom().item(s));
    }

    private Uni<DoctorSchedule> noSchedule(String kodedokter) {
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

    private Uni<Boolean> referenceInUse(BookingOrder order) {
        return order.nomorreferensi() == null ? Uni.createFrom().item(false)
                : bookings.referenceInUse(order.nomorreferensi(), Wib.dateOf(clock.millis()));
    }

    /** Gives the next number of the locked schedule when the patient's kind still has a place. */
    private Uni<BookingReceipt> take(BookingOrder order, DoctorSchedule s, HeldPlaces held, PatientRecord patient,
            BookingSource source) {
        PatientKind kind = order.patientKind();
        if (held.full(kind, s)) {
            throw new BookingRefused(kind == PatientKind.JKN ? Messages.JKN_QUOTA_FULL : Messages.NON_JKN_QUOTA_FULL);
        }
        s.lastNumber += 1;
        Booking b = newBooking(order, s, patient, source);
        HeldPlaces after = held.plusOne(kind);
        return bookings.persist(b)
                .chain(() -> publish(b, BookingEvent.Kind.CREATED, s, after, null, null))
                .replaceWith(() -> receipt(b, s, after));
    }

    /** The event of a change to a stored booking, with the schedule's places as they are after it. */
    private Uni<Void> publish(Booking b, BookingEvent.Kind kind, BookingEvent.Cancellation cancellation,
            BookingEvent.CheckIn checkIn) {
        return bookings.flush()
                .chain(() -> schedules.findById(b.scheduleId))
                .chain(s -> bookings.countHeld(s.id).chain(held -> publish(b, kind, s, held, cancellation, checkIn)));
    }

    private Uni<Void> publish(Booking b, BookingEvent.Kind kind, DoctorSchedule s, HeldPlaces held,
            BookingEvent.Cancellation cancellation, BookingEvent.CheckIn checkIn) {
        BookingEvent event = new BookingEvent(UUID.randomUUID().toString(), kind, b.kodebooking, clock.millis(),
                b.source, b.snapshot(s, held, note(b)), cancellation, checkIn);
        // the stations read the same change without the patient's NIK, card number and phone (only BPJS needs them)
        VisitEvent visit = VisitEvent.of(UUID.randomUUID().toString(), event);
        return outbox.publish(Topics.BOOKINGS, b.kodebooking, event.eventId(), event)
                .chain(() -> outbox.publish(Topics.VISITS, b.kodebooking, visit.eventId(), visit));
    }

    private Uni<String> calledNumber(DoctorSchedule s) {
        return bookings.lastCalled(s.id).map(b -> b == null ? "-" : b.nomorantrean);
    }

    private Booking newBooking(BookingOrder order, DoctorSchedule s, PatientRecord patient, BookingSource source) {
        Booking b = new Booking();
        b.kodebooking = KodeBooking.next();
        b.scheduleId = s.id;
        b.kodepoli = s.kodepoli;
        b.tanggal = s.tanggal;
        b.angkaantrean = s.lastNumber;
        b.nomorantrean = config.prefixOf(s.kodepoli) + "-" + s.lastNumber;
        b.patientKind = order.patientKind();
        b.nomorkartu = order.nomorkartu();
        b.nik = order.nik();
        b.nohp = order.nohp();
        b.norm = patient.norm() != null ? patient.norm() : order.norm();
        b.jeniskunjungan = order.jeniskunjungan();
        b.nomorreferensi = order.nomorreferensi();
        b.newPatient = !patient.complete();
        b.source = source;
        b.status = Booking.Status.ACTIVE;
        b.estimasidilayani = estimate(s, s.lastNumber);
        b.createdAt = clock.millis();
        return b;
    }

    /** Start of the practice hours on the visit date (WIB) plus the patients before this one. */
    long estimate(DoctorSchedule s, int angkaantrean) {
        ZonedDateTime start = s.tanggal.atTime(s.opens()).atZone(Wib.ZONE);
        return start.toInstant().toEpochMilli()
                + (long) (angkaantrean - 1) * config.minutesPerPatientOf(s.kodepoli) * 60_000L;
    }

    private String note(Booking b) {
        return b.newPatient ? config.booking().noteNewPatient() : config.booking().noteReturningPatient();
    }

    private BookingReceipt receipt(Booking b, DoctorSchedule s, HeldPlaces held) {
        return new BookingReceipt(b.nomorantrean, b.angkaantrean, b.kodebooking, b.norm, s.namapoli, s.namadokter,
                b.estimasidilayani, held.jknLeft(s), s.kuotaJkn, held.nonJknLeft(s), s.kuotaNonJkn, note(b));
    }

    private RemainingQueue remaining(Booking b, DoctorSchedule s, long ahead, String called) {
        int sisa = b.finishedAt != null ? 0 : (int) ahead;
        long wait = Math.max(0L, (long) config.minutesPerPatientOf(s.kodepoli) * 60L * (sisa - 1));
        return new RemainingQueue(b.nomorantrean, s.namapoli, s.namadokter, sisa, called, wait,
                b.finishedAt != null ? Messages.POLI_DONE : "");
    }

    private static Consumer<Boolean> refuseIf(String message) {
        return yes -> {
            if (yes) {
                throw new BookingRefused(message);
            }
        };
    }

    private static Consumer<Boolean> refuseUnless(String message) {
        return yes -> refuseIf(message).accept(!yes);
    }

    /** A unique index caught a second active booking of the same patient that raced past the check. */
    static boolean isDuplicateBooking(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            String m = t.getMessage();
            if (m != null && (m.contains("booking_active_patient") || m.contains("booking_active_card"))) {
                return true;
            }
        }
        return false;
    }
}
