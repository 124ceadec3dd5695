package id.antreanonline.antrean;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import id.antreanonline.shared.event.BookingSource;
import id.antreanonline.shared.event.CancelledBy;

/** A queue number taken for a doctor's schedule, from Mobile JKN or the hospital's counter. */
@Entity
@Table(name = "booking")
public class Booking {

    public enum Status {
        ACTIVE,
        CANCELLED
    }

    public static final String JKN = "JKN";
    public static final String NON_JKN = "NON JKN";

    @Id
    public String kodebooking;
    @Column(name = "schedule_id")
    public long scheduleId;
    public String kodepoli;
    public LocalDate tanggal;
    public int angkaantrean;
    public String nomorantrean;
    public String jenispasien;
    public String nomorkartu;
    public String nik;
    public String nohp;
    public String norm;
    public int jeniskunjungan;
    public String nomorreferensi;
    public int pasienbaru;
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

    public boolean jkn() {
        return JKN.equals(jenispasien);
    }
}
