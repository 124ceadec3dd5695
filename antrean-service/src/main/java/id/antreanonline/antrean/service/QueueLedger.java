package id.antreanonline.antrean.service;

import java.time.Clock;
import java.time.LocalDate;
import java.util.function.Consumer;

import id.antreanonline.antrean.Booking;
import id.antreanonline.antrean.DoctorSchedule;
import id.antreanonline.antrean.HeldPlaces;
import id.antreanonline.antrean.config.AntreanConfig;
import id.antreanonline.antrean.repository.BookingRepository;
import id.antreanonline.antrean.repository.DoctorScheduleRepository;
import id.antreanonline.outbox.Outbox;
import id.antreanonline.shared.TaskId;
import id.antreanonline.shared.Wib;
import id.antreanonline.shared.event.BookingEvent;
import id.antreanonline.shared.event.CancelledBy;
import id.antreanonline.shared.event.TaskEvent;
import id.antreanonline.shared.wsrs.WsrsMessages;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The database side of a booking after its number was taken ({@link BookingBatches} takes numbers): looking at it,
 * cancelling and checking in under its row lock, the change's events written to the outbox in the same transaction.
 */
@ApplicationScoped
public class QueueLedger {

    private final DoctorScheduleRepository schedules;
    private final BookingRepository bookings;
    private final Outbox outbox;
    private final BookingEvents events;
    private final AntreanConfig config;
    private final Clock clock;

    QueueLedger(DoctorScheduleRepository schedules, BookingRepository bookings, Outbox outbox, BookingEvents events,
            AntreanConfig config, Clock clock) {
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
    @WithSession
    public <T> Uni<T> whyNoSchedule(String kodepoli, String kodedokter) {
        return schedules.poliKnown(kodepoli)
                .invoke(refuseUnless(WsrsMessages.POLI_NOT_FOUND))
                .chain(() -> noSchedule(kodedokter));
    }

    @WithSession
    public Uni<QueueStatus> status(String kodepoli, String kodedokter, LocalDate tanggal, String jampraktek) {
        return slot(kodepoli, kodedokter, tanggal, jampraktek)
                .chain(s -> bookings.countWaiting(s.id)
                        .chain(waiting -> calledNumber(s).map(called -> new QueueStatus(s.namapoli, s.namadokter,
                                s.heldJkn + s.heldNonJkn, waiting.intValue(), called, s.held().jknLeft(s), s.kuotaJkn,
                                s.held().nonJknLeft(s), s.kuotaNonJkn,
                                s.libur ? WsrsMessages.REGISTRATION_CLOSED : ""))));
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
