package id.antreanonline.antrean.service;

import java.util.List;

import id.antreanonline.antrean.Booking;
import id.antreanonline.antrean.DoctorSchedule;
import id.antreanonline.antrean.PatientKind;
import id.antreanonline.shared.Wib;
import id.antreanonline.shared.event.BookingEvent;
import id.antreanonline.shared.event.BookingSnapshot;
import id.antreanonline.shared.event.BookingSource;

/**
 * A booking as its events on {@code antrean.bookings} tell it, folded in their order: the latest snapshot (schedule,
 * numbers, patient), when it was created, whether and how it was cancelled, and its check-in.
 */
final class BookingHistory {

    private BookingSnapshot snapshot;
    private BookingSource source;
    private Long createdAt;
    private long firstSeenAt;
    private Long cancelledAt;
    private BookingEvent.Cancellation cancellation;
    private BookingEvent.CheckIn checkIn;

    /** Whether the event says all a booking's restore needs (else it is skipped, never the reason a run fails). */
    static boolean complete(BookingEvent e) {
        BookingSnapshot b = e == null ? null : e.booking();
        return e != null && e.kind() != null && b != null && b.kodebooking() != null && b.kodebooking().length() <= 32
                && b.kodepoli() != null && b.kodedokter() != null && b.nik() != null && b.nomorantrean() != null
                && b.angkaantrean() > 0 && DoctorSchedule.validHours(b.jampraktek())
                && Wib.parseDate(b.tanggalperiksa()).isPresent() && PatientKind.ofWire(b.jenispasien()).isPresent()
                && (e.kind() != BookingEvent.Kind.CHECKED_IN || e.checkIn() != null);
    }

    void apply(BookingEvent e) {
        if (snapshot == null) {
            firstSeenAt = e.occurredAt();
        }
        snapshot = e.booking();
        source = e.source();
        switch (e.kind()) {
            case CREATED -> createdAt = createdAt == null ? e.occurredAt() : createdAt;
            case CANCELLED -> {
                cancelledAt = cancelledAt == null ? e.occurredAt() : cancelledAt;
                cancellation = e.cancellation();
            }
            case CHECKED_IN -> checkIn = checkIn == null ? e.checkIn() : checkIn;
        }
    }

    String kodebooking() {
        return snapshot.kodebooking();
    }

    boolean cancelled() {
        return cancelledAt != null;
    }

    BookingEvent.CheckIn checkIn() {
        return checkIn;
    }

    BookingBatches.Slot slot() {
        return new BookingBatches.Slot(snapshot.kodepoli(), snapshot.kodedokter(),
                Wib.parseDate(snapshot.tanggalperiksa()).orElseThrow(), snapshot.jampraktek());
    }

    String nik() {
        return snapshot.nik();
    }

    String nomorkartu() {
        return nullIfBlank(snapshot.nomorkartu());
    }

    int angkaantrean() {
        return snapshot.angkaantrean();
    }

    /** The schedule the snapshot names, for a restore whose schedule row was lost with the bookings. */
    DoctorSchedule schedule() {
        DoctorSchedule s = new DoctorSchedule();
        s.kodepoli = snapshot.kodepoli();
        s.namapoli = snapshot.namapoli();
        s.kodedokter = snapshot.kodedokter();
        s.namadokter = snapshot.namadokter();
        s.tanggal = slot().tanggal();
        s.jampraktek = snapshot.jampraktek();
        s.kuotaJkn = snapshot.kuotajkn();
        s.kuotaNonJkn = snapshot.kuotanonjkn();
        return s;
    }

    /** The fields in which the stored booking of this kodebooking is another booking (empty: the same). */
    List<String> differences(Booking stored, BookingBatches.Slot storedSlot) {
        return LockedSchedules.differences(slot(), snapshot.angkaantrean(), snapshot.nomorantrean(),
                nullIfBlank(snapshot.norm()), snapshot.nik(), nomorkartu(), kind(), stored, storedSlot);
    }

    /** The booking as its events leave it, on schedule {@code s}, with its own code, numbers, times and patient. */
    Booking toBooking(DoctorSchedule s) {
        Booking b = new Booking();
        b.kodebooking = snapshot.kodebooking();
        b.scheduleId = s.id == null ? 0 : s.id;
        b.kodepoli = s.kodepoli;
        b.tanggal = s.tanggal;
        b.angkaantrean = snapshot.angkaantrean();
        b.nomorantrean = snapshot.nomorantrean();
        b.patientKind = kind();
        b.nomorkartu = nomorkartu();
        b.nik = snapshot.nik();
        b.nohp = nullIfBlank(snapshot.nohp());
        b.norm = nullIfBlank(snapshot.norm());
        b.jeniskunjungan = snapshot.jeniskunjungan();
        b.nomorreferensi = nullIfBlank(snapshot.nomorreferensi());
        b.newPatient = snapshot.newPatient();
        b.source = source;
        b.estimasidilayani = snapshot.estimasidilayani();
        // a booking created before the events read: its first event read is the earliest time known
        b.createdAt = createdAt != null ? createdAt : firstSeenAt;
        b.status = cancelled() ? Booking.Status.CANCELLED : Booking.Status.ACTIVE;
        b.cancelledAt = cancelledAt;
        if (cancellation != null) {
            b.cancelledBy = cancellation.by();
            b.cancelReason = cancellation.keterangan();
        }
        if (checkIn != null) {
            b.checkedInAt = checkIn.waktu();
            b.checkinTask = checkIn.taskid();
        }
        return b;
    }

    /** The cancellation as the events tell it, for a stored booking still active here. */
    Booking cancellationOf(Booking stored) {
        stored.status = Booking.Status.CANCELLED;
        stored.cancelledAt = cancelledAt;
        stored.cancelledBy = cancellation == null ? null : cancellation.by();
        stored.cancelReason = cancellation == null ? null : cancellation.keterangan();
        return stored;
    }

    private PatientKind kind() {
        return PatientKind.ofWire(snapshot.jenispasien()).orElseThrow();
    }

    private static String nullIfBlank(String text) {
        return text == null || text.isEmpty() ? null : text;
    }
}
