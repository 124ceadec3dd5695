package id.antreanonline.farmasi;

import java.time.LocalDate;

import id.antreanonline.shared.event.BookingSource;
import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One booking's visit to the hospital: where it stands in its task flow, and its pharmacy number if any. */
@Entity
@Table(name = "visit")
public class Visit extends PanacheEntityBase {

    public enum Status {
        OPEN,
        /** task 99: no-show or cancelled at a station */
        ENDED,
        /** cancelled booking (batalantrean, by BPJS or the hospital) */
        CANCELLED
    }

    @Id
    public String kodebooking;
    @Enumerated(EnumType.STRING)
    public BookingSource source;
    public int pasienbaru;
    public LocalDate tanggalperiksa;
    public String kodepoli;
    public String kodedokter;
    public String jampraktek;
    public String nomorantrean;
    public Integer angkaantrean;
    public String norm;
    @Enumerated(EnumType.STRING)
    public Status status;
    @Column(name = "last_taskid")
    public Integer lastTaskid;
    @Column(name = "last_waktu")
    public Long lastWaktu;
    public String jenisresep;
    @Column(name = "farmasi_nomor")
    public Integer farmasiNomor;
    @Column(name = "farmasi_event_id")
    public String farmasiEventId;
    @Column(name = "farmasi_issued_at")
    public Long farmasiIssuedAt;
    @Column(name = "farmasi_delivery")
    @Enumerated(EnumType.STRING)
    public DeliveryState farmasiDelivery;
    @Column(name = "farmasi_delivery_code")
    public Integer farmasiDeliveryCode;
    @Column(name = "farmasi_delivery_message")
    public String farmasiDeliveryMessage;
    @Column(name = "farmasi_delivery_at")
    public Long farmasiDeliveryAt;
    /** ANTREAN_ADD or ANTREAN_BATAL: the last booking call the gateway reported on */
    @Column(name = "booking_delivery_call")
    public String bookingDeliveryCall;
    @Column(name = "booking_delivery")
    @Enumerated(EnumType.STRING)
    public DeliveryState bookingDelivery;
    @Column(name = "booking_delivery_code")
    public Integer bookingDeliveryCode;
    @Column(name = "booking_delivery_message")
    public String bookingDeliveryMessage;
    @Column(name = "booking_delivery_at")
    public Long bookingDeliveryAt;
    @Column(name = "created_at")
    public long createdAt;
    /** The call task (2, 4 or 7) this visit was last called again at, and when: the boards announce it once more. */
    @Column(name = "called_again_taskid")
    public Integer calledAgainTaskid;
    @Column(name = "called_again_at")
    public Long calledAgainAt;

    public boolean newPatient() {
        return pasienbaru == 1;
    }

    public boolean hasPrescription() {
        return jenisresep != null;
    }

    /** Whether the patient is being called at a station now: the last step is a call (2, 4, 7) of an open visit. */
    public boolean beingCalled() {
        return status == Status.OPEN && lastTaskid != null && (lastTaskid == 2 || lastTaskid == 4 || lastTaskid == 7);
    }

    /** The patient did not come: the station calls the number again (the task and its time stay as recorded). */
    public void callAgain(long now) {
        calledAgainTaskid = lastTaskid;
        calledAgainAt = now;
    }

    /**
     * When this visit was last called by the station whose call is {@code taskid}, recorded at {@code calledAt}: a
     * call again at that station counts, null when there was neither.
     */
    public Long lastCalledAt(int taskid, Long calledAt) {
        if (calledAt == null) {
            return null;
        }
        return Integer.valueOf(taskid).equals(calledAgainTaskid) && calledAgainAt != null && calledAgainAt > calledAt
                ? calledAgainAt : calledAt;
    }

    /** A cancelled booking closes the visit, unless a station already ended it (task 99 stays the last word). */
    public void cancel() {
        if (status == Status.OPEN) {
            status = Status.CANCELLED;
        }
    }
}
