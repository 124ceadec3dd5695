package id.antreanonline.antrean;

import java.time.Clock;
import java.time.LocalDate;

import org.hibernate.type.NumericBooleanConverter;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import id.antreanonline.antrean.service.BookingRefused;
import id.antreanonline.antrean.service.Messages;
import id.antreanonline.shared.TaskId;
import id.antreanonline.shared.Wib;
import id.antreanonline.shared.event.BookingSnapshot;
import id.antreanonline.shared.event.BookingSource;
import id.antreanonline.shared.event.CancelledBy;

/**
 * A queue number taken for a doctor's schedule, from Mobile JKN or the hospital's counter. It knows when it may be
 * cancelled or checked in, and refuses with BPJS's messages otherwise; the caller holds its row lock.
 */
@Entity
@Table(name = "booking")
public class Booking {

    public enum Status {
        ACTIVE,
        CANCELLED
    }

    /** A check-in may carry a time this far ahead of our clock (the counter's clock may run a little fast). */
    static final long CHECK_IN_CLOCK_SKEW_MILLIS = 5 * 60_000L;

    @Id
    public String kodebooking;
    @Column(name = "schedule_id")
    public long scheduleId;
    public String kodepoli;
    public LocalDate tanggal;
    public int angkaantrean;
    public String nomorantrean;
    @Column(name = "jenispasien")
    public PatientKind patientKind;
    public String nomorkartu;
    public String nik;
    public String nohp;
    public String norm;
    public int jeniskunjungan;
    public String nomorreferensi;
    /** The patient goes through admission first, to complete a medical record opened through pasienbaru. */
    @Column(name = "pasienbaru")
    @Convert(converter = NumericBooleanConverter.class)
    public boolean newPatient;
    @Enumerated(EnumType.STRING)
    public BookingSource source;
    @Enumerated(EnumType.STRING)
    public Status status;
    public long estimasidilayani;
    @Column(name = "created_at")
    public long createdAt;
    @Column(name = "cancelled_at")
    public Long cancelledAt;
    @Enumerated(EnumType.STRING)
    @Column(name = "cancelled_by")
    public CancelledBy cancelledBy;
    @Column(name = "cancel_reason")
    public String cancelReason;
    @Column(name = "checked_in_at")
    public Long checkedInAt;
    @Column(name = "checkin_task")
    public Integer checkinTask;
    /** When the doctor called the patient (task 4): from then on the booking cannot be cancelled. */
    @Column(name = "called_at")
    public Long calledAt;
    /** When the poli service ended (task 5) or the patient was marked absent (99): no longer in the queue. */
    @Column(name = "finished_at")
    public Long finishedAt;

    public boolean active() {
        return status == Status.ACTIVE;
    }

    /** Cancels the booking, unless it is cancelled already, the patient was called, or the visit date has passed. */
    public void cancel(CancelledBy by, String reason, Clock clock) {
        if (!active()) {
            throw new BookingRefused(Messages.ALREADY_CANCELLED);
        }
        if (calledAt != null || finishedAt != null) {
            throw new BookingRefused(Messages.ALREADY_SERVED);
        }
        if (tanggal.isBefore(Wib.dateOf(clock.millis()))) {
            throw new BookingRefused(Messages.VISIT_DATE_PASSED);
        }
        status = Status.CANCELLED;
        cancelledAt = clock.millis();
        cancelledBy = by;
        cancelReason = reason;
    }

    /**
     * Records the patient's arrival at {@code waktu} (epoch ms) on the visit date, once.
     *
     * @return the task the arrival starts: admission (1) for a new patient, the poli (3) for a returning one
     */
    public TaskId checkIn(long waktu, Clock clock) {
        if (!active()) {
            throw new BookingRefused(Messages.CHECKIN_CANCELLED);
        }
        if (checkedInAt != null) {
            throw new BookingRefused(Messages.ALREADY_CHECKED_IN);
        }
        if (!tanggal.isEqual(Wib.dateOf(clock.millis())) || !tanggal.isEqual(Wib.dateOf(waktu))) {
            throw new BookingRefused(Messages.CHECKIN_NOT_VISIT_DATE);
        }
        if (waktu > clock.millis() + CHECK_IN_CLOCK_SKEW_MILLIS) {
            throw new BookingRefused(Messages.CHECKIN_IN_FUTURE);
        }
        TaskId task = newPatient ? TaskId.ADMISSION_WAIT_STARTS : TaskId.POLI_WAIT_STARTS;
        checkedInAt = waktu;
        checkinTask = task.code();
        return task;
    }

    /** Whether a task changes the queue at all: only the call (4), the end of the poli (5) and absence (99) do. */
    public static boolean movesQueue(int taskid) {
        return taskid == TaskId.POLI_SERVICE_STARTS.code() || taskid == TaskId.PHARMACY_WAIT_STARTS.code()
                || taskid == TaskId.NO_SHOW.code();
    }

    /** Task 4 marks the patient called; 5 (to the pharmacy) and 99 (absent) take the booking out of the queue. */
    public void taskRecorded(int taskid, long waktu) {
        if (taskid == TaskId.POLI_SERVICE_STARTS.code() && calledAt == null) {
            calledAt = waktu;
        } else if ((taskid == TaskId.PHARMACY_WAIT_STARTS.code() || taskid == TaskId.NO_SHOW.code())
                && finishedAt == null) {
            finishedAt = waktu;
        }
    }

    /** The booking as the event carries it (BPJS's antrean/add fields): blanks as "", as BPJS expects. */
    public BookingSnapshot snapshot(DoctorSchedule s, HeldPlaces held, String keterangan) {
        return BookingSnapshot.builder()
                .kodebooking(kodebooking)
                .jenispasien(patientKind.wire())
                .patient(nik, blankIfNull(nomorkartu), blankIfNull(nohp), blankIfNull(norm))
                .newPatient(newPatient)
                .practice(s.kodepoli, s.namapoli, s.kodedokter, s.namadokter, Wib.DATE.format(s.tanggal), s.jampraktek)
                .referral(jeniskunjungan, blankIfNull(nomorreferensi))
                .number(nomorantrean, angkaantrean, estimasidilayani)
                .jknQuota(held.jknLeft(s), s.kuotaJkn)
                .nonJknQuota(held.nonJknLeft(s), s.kuotaNonJkn)
                .keterangan(keterangan)
                .build();
    }

    private static String blankIfNull(String text) {
        return text == null ? "" : text;
    }
}
