package id.antreanonline.antrean.service;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.UUID;

import id.antreanonline.antrean.Booking;
import id.antreanonline.antrean.DoctorSchedule;
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
import id.antreanonline.shared.wsrs.WsrsMessages;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The database side of bookings. A number is taken with the schedule row locked ({@code select ... for update}),
 * so the quota check, the next {@code angkaantrean} and the insert happen one booking at a time per schedule; the
 * booking event is written to the outbox in the same transaction.
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

    /** The schedule the visit asks for, when it exists and takes bookings. */
    @WithSession
    public Uni<DoctorSchedule> bookableSchedule(Visit v, long now) {
        return schedules.poliKnown(v.kodepoli())
                .chain(known -> known ? schedules.findSlot(v.kodepoli(), v.kodedokter(), v.tanggal(), v.jampraktek())
                        : Uni.createFrom().<DoctorSchedule>failure(new BookingRefused(WsrsMessages.POLI_NOT_FOUND)))
                .chain(s -> s == null ? noSchedule(v.kodedokter()) : Uni.createFrom().item(s))
                .invoke(s -> {
                    // a walk-in on the visit day cannot book once the practice hours are over
                    boolean over = v.tanggal().isEqual(Wib.dateOf(now))
                            && !v.tanggal().atTime(s.closes()).atZone(Wib.ZONE).toInstant()
                                    .isAfter(Instant.ofEpochMilli(now));
                    if (s.libur || s.kuotaJkn + s.kuotaNonJkn == 0 || over) {
                        throw new BookingRefused(WsrsMessages.REGISTRATION_CLOSED);
                    }
                });
    }

    private Uni<DoctorSchedule> noSchedule(String kodedokter) {
        return schedules.doctorName(kodedokter).chain(name -> Uni.createFrom()
                .failure(new BookingRefused(WsrsMessages.noSchedule(name == null ? kodedokter : name))));
    }

    @WithTransaction
    public Uni<BookingReceipt> reserve(Visit v, long scheduleId, PatientRecord patient, BookingSource source) {
        return schedules.lock(scheduleId).chain(s -> bookings
                .patientHasBooking(v.kodepoli(), v.tanggal(), v.nik(), v.nomorkartu())
                .chain(duplicate -> {
                    if (duplicate) {
                        return Uni.createFrom().failure(new BookingRefused(WsrsMessages.ONE_BOOKING_PER_DAY));
                    }
                    return v.nomorreferensi() == null ? Uni.createFrom().item(false)
                            : bookings.referenceInUse(v.nomorreferensi(), today());
                })
                .chain(inUse -> inUse ? Uni.createFrom().<Long>failure(new BookingRefused(Messages.REFERENCE_IN_USE))
                        : bookings.countHeld(s.id, Booking.JKN))
                .chain(heldJkn -> bookings.countHeld(s.id, Booking.NON_JKN)
                        .map(heldNonJkn -> new long[] { heldJkn, heldNonJkn }))
                .chain(held -> {
                    boolean jkn = Booking.JKN.equals(v.jenispasien());
                    if (jkn && held[0] >= s.kuotaJkn) {
                        return Uni.createFrom().failure(new BookingRefused(Messages.JKN_QUOTA_FULL));
                    }
                    if (!jkn && held[1] >= s.kuotaNonJkn) {
                        return Uni.createFrom().failure(new BookingRefused(Messages.NON_JKN_QUOTA_FULL));
                    }
                    s.lastNumber += 1;
                    Booking b = newBooking(v, s, patient, source);
                    int heldJkn = (int) held[0] + (jkn ? 1 : 0);
                    int heldNonJkn = (int) held[1] + (jkn ? 0 : 1);
                    BookingReceipt receipt = receipt(b, s, heldJkn, heldNonJkn);
                    BookingEvent event = new BookingEvent(UUID.randomUUID().toString(), BookingEvent.Kind.CREATED,
                            b.kodebooking, clock.millis(), source, toEvent(b, s, heldJkn, heldNonJkn), null, null);
                    return bookings.persist(b)
                            .chain(() -> outbox.publish(Topics.BOOKINGS, b.kodebooking, event.eventId(), event))
                            .replaceWith(receipt);
                }));
    }

    @WithSession
    public Uni<QueueStatus> status(String kodepoli, String kodedokter, LocalDate tanggal, String jampraktek) {
        return schedules.poliKnown(kodepoli)
                .chain(known -> known ? schedules.findSlot(kodepoli, kodedokter, tanggal, jampraktek)
                        : Uni.createFrom().<DoctorSchedule>failure(new BookingRefused(WsrsMessages.POLI_NOT_FOUND)))
                .chain(s -> s == null ? noSchedule(kodedokter) : Uni.createFrom().item(s))
                .chain(s -> bookings.countTaken(s.id)
                        .chain(taken -> bookings.countWaiting(s.id)
                                .chain(waiting -> bookings.countHeld(s.id, Booking.JKN)
                                        .chain(jkn -> bookings.countHeld(s.id, Booking.NON_JKN)
                                                .chain(nonJkn -> calledNumber(s).map(called -> new QueueStatus(
                                                        s.namapoli, s.namadokter, taken.intValue(),
                                                        waiting.intValue(), called,
                                                        Math.max(0, s.kuotaJkn - jkn.intValue()), s.kuotaJkn,
                                                        Math.max(0, s.kuotaNonJkn - nonJkn.intValue()),
                                                        s.kuotaNonJkn,
                                                        s.libur ? WsrsMessages.REGISTRATION_CLOSED : "")))))));
    }

    @WithSession
    public Uni<RemainingQueue> remaining(String kodebooking) {
        return bookings.findById(kodebooking).chain(b -> {
            if (b == null) {
                return Uni.createFrom().failure(new BookingRefused(Messages.BOOKING_NOT_FOUND));
            }
            if (!b.active()) {
                return Uni.createFrom().failure(new BookingRefused(Messages.BOOKING_CANCELLED));
            }
            return schedules.findById(b.scheduleId).chain(s -> bookings.countAhead(s.id, b.angkaantrean)
                    .chain(ahead -> calledNumber(s).map(called -> {
                        int sisa = b.finishedAt != null ? 0 : ahead.intValue();
                        long wait = Math.max(0L, (long) config.minutesPerPatientOf(s.kodepoli) * 60L * (sisa - 1));
                        return new RemainingQueue(b.nomorantrean, s.namapoli, s.namadokter, sisa, called, wait,
                                b.finishedAt != null ? Messages.POLI_DONE : "");
                    })));
        });
    }

    @WithTransaction
    public Uni<Void> cancel(String kodebooking, String keterangan, CancelledBy by) {
        return bookings.lock(kodebooking).chain(b -> {
            if (b == null) {
                return Uni.createFrom().failure(new BookingRefused(Messages.BOOKING_NOT_FOUND));
            }
            if (!b.active()) {
                return Uni.createFrom().failure(new BookingRefused(Messages.ALREADY_CANCELLED));
            }
            if (b.calledAt != null || b.finishedAt != null) {
                return Uni.createFrom().failure(new BookingRefused(Messages.ALREADY_SERVED));
            }
            if (b.tanggal.isBefore(today())) {
                return Uni.createFrom().failure(new BookingRefused(Messages.VISIT_DATE_PASSED));
            }
            b.status = Booking.Status.CANCELLED;
            b.cancelledAt = clock.millis();
            b.cancelledBy = by;
            b.cancelReason = keterangan;
            return publish(b, BookingEvent.Kind.CANCELLED, new BookingEvent.Cancellation(by, keterangan), null);
        });
    }

    @WithTransaction
    public Uni<Void> checkIn(String kodebooking, long waktu) {
        return bookings.lock(kodebooking).chain(b -> {
            if (b == null) {
                return Uni.createFrom().failure(new BookingRefused(Messages.BOOKING_NOT_FOUND));
            }
            if (!b.active()) {
                return Uni.createFrom().failure(new BookingRefused(Messages.CHECKIN_CANCELLED));
            }
            if (b.checkedInAt != null) {
                return Uni.createFrom().failure(new BookingRefused(Messages.ALREADY_CHECKED_IN));
            }
            if (!b.tanggal.isEqual(today()) || !b.tanggal.isEqual(Wib.dateOf(waktu))) {
                return Uni.createFrom().failure(new BookingRefused(Messages.CHECKIN_NOT_VISIT_DATE));
            }
            if (waktu > clock.millis() + 5 * 60_000L) {
                return Uni.createFrom().failure(new BookingRefused(Messages.CHECKIN_IN_FUTURE));
            }
            int task = b.pasienbaru == 1 ? TaskId.ADMISSION_WAIT_STARTS.code() : TaskId.POLI_WAIT_STARTS.code();
            b.checkedInAt = waktu;
            b.checkinTask = task;
            return publish(b, BookingEvent.Kind.CHECKED_IN, null, new BookingEvent.CheckIn(task, waktu));
        });
    }

    /** Task 4 marks the patient called, 5 and 99 take the booking out of the waiting queue. Run in a transaction. */
    public Uni<Void> applyTask(TaskEvent task) {
        if (task.kind() != TaskEvent.Kind.TASK || task.taskid() == null || task.kodebooking() == null) {
            return Uni.createFrom().voidItem();
        }
        int taskid = task.taskid();
        long waktu = task.waktu() != null ? task.waktu() : task.recordedAt();
        return bookings.lock(task.kodebooking()).invoke(b -> {
            if (b == null) {
                return;
            }
            if (taskid == TaskId.POLI_SERVICE_STARTS.code() && b.calledAt == null) {
                b.calledAt = waktu;
            } else if ((taskid == TaskId.PHARMACY_WAIT_STARTS.code() || taskid == TaskId.NO_SHOW.code())
                    && b.finishedAt == null) {
                b.finishedAt = waktu;
            }
        }).replaceWithVoid();
    }

    private Uni<Void> publish(Booking b, BookingEvent.Kind kind, BookingEvent.Cancellation cancellation,
            BookingEvent.CheckIn checkIn) {
        return bookings.flush()
                .chain(() -> schedules.findById(b.scheduleId))
                .chain(s -> bookings.countHeld(s.id, Booking.JKN)
                        .chain(jkn -> bookings.countHeld(s.id, Booking.NON_JKN)
                                .map(nonJkn -> toEvent(b, s, jkn.intValue(), nonJkn.intValue()))))
                .chain(snapshot -> {
                    BookingEvent event = new BookingEvent(UUID.randomUUID().toString(), kind, b.kodebooking,
                            clock.millis(), b.source, snapshot, cancellation, checkIn);
                    return outbox.publish(Topics.BOOKINGS, b.kodebooking, event.eventId(), event);
                });
    }

    private Uni<String> calledNumber(DoctorSchedule s) {
        return bookings.lastCalled(s.id).map(b -> b == null ? "-" : b.nomorantrean);
    }

    private Booking newBooking(Visit v, DoctorSchedule s, PatientRecord patient, BookingSource source) {
        Booking b = new Booking();
        b.kodebooking = KodeBooking.next();
        b.scheduleId = s.id;
        b.kodepoli = s.kodepoli;
        b.tanggal = s.tanggal;
        b.angkaantrean = s.lastNumber;
        b.nomorantrean = config.prefixOf(s.kodepoli) + "-" + s.lastNumber;
        b.jenispasien = v.jenispasien();
        b.nomorkartu = v.nomorkartu();
        b.nik = v.nik();
        b.nohp = v.nohp();
        b.norm = patient.norm() != null ? patient.norm() : v.norm();
        b.jeniskunjungan = v.jeniskunjungan();
        b.nomorreferensi = v.nomorreferensi();
        b.pasienbaru = patient.complete() ? 0 : 1;
        b.source = source;
        b.status = Booking.Status.ACTIVE;
        b.estimasidilayani = estimate(s, s.lastNumber);
        b.createdAt = clock.millis();
        return b;
    }

    /** Start of the practice hours on the visit date (WIB) plus the patients before this one. */
    long estimate(DoctorSchedule s, int angkaantrean) {
        LocalTime opens = s.opens();
        ZonedDateTime start = s.tanggal.atTime(opens).atZone(Wib.ZONE);
        return start.toInstant().toEpochMilli()
                + (long) (angkaantrean - 1) * config.minutesPerPatientOf(s.kodepoli) * 60_000L;
    }

    private String note(Booking b) {
        return b.pasienbaru == 1 ? config.booking().noteNewPatient() : config.booking().noteReturningPatient();
    }

    private BookingReceipt receipt(Booking b, DoctorSchedule s, int heldJkn, int heldNonJkn) {
        return new BookingReceipt(b.nomorantrean, b.angkaantrean, b.kodebooking, b.norm, s.namapoli, s.namadokter,
                b.estimasidilayani, Math.max(0, s.kuotaJkn - heldJkn), s.kuotaJkn,
                Math.max(0, s.kuotaNonJkn - heldNonJkn), s.kuotaNonJkn, note(b));
    }

    private id.antreanonline.shared.event.Booking toEvent(Booking b, DoctorSchedule s, int heldJkn, int heldNonJkn) {
        return new id.antreanonline.shared.event.Booking(b.kodebooking, b.jenispasien,
                b.nomorkartu == null ? "" : b.nomorkartu, b.nik, b.nohp == null ? "" : b.nohp, s.kodepoli,
                s.namapoli, b.pasienbaru, b.norm == null ? "" : b.norm, Wib.DATE.format(s.tanggal), s.kodedokter,
                s.namadokter, s.jampraktek, b.jeniskunjungan, b.nomorreferensi == null ? "" : b.nomorreferensi,
                b.nomorantrean, b.angkaantrean, b.estimasidilayani, Math.max(0, s.kuotaJkn - heldJkn), s.kuotaJkn,
                Math.max(0, s.kuotaNonJkn - heldNonJkn), s.kuotaNonJkn, note(b));
    }

    private LocalDate today() {
        return clock.instant().atZone(Wib.ZONE).toLocalDate();
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
