package id.antreanonline.antrean.service;

import id.antreanonline.antrean.Booking;
import id.antreanonline.antrean.DoctorSchedule;
import id.antreanonline.antrean.HeldPlaces;

/** What ambilantrean (and the onsite booking) answers, BPJS names. */
public record BookingReceipt(String nomorantrean, int angkaantrean, String kodebooking, String norm, String namapoli,
        String namadokter, long estimasidilayani, int sisakuotajkn, int kuotajkn, int sisakuotanonjkn,
        int kuotanonjkn, String keterangan) {

    /** The same receipt for a public screen (the kiosk): no medical record number. */
    public BookingReceipt withoutNorm() {
        return new BookingReceipt(nomorantrean, angkaantrean, kodebooking, null, namapoli, namadokter,
                estimasidilayani, sisakuotajkn, kuotajkn, sisakuotanonjkn, kuotanonjkn, keterangan);
    }

    /** A booking's receipt, with the schedule's places as {@code held} says. */
    static BookingReceipt of(Booking b, DoctorSchedule s, HeldPlaces held, String keterangan) {
        return new BookingReceipt(b.nomorantrean, b.angkaantrean, b.kodebooking, b.norm, s.namapoli, s.namadokter,
                b.estimasidilayani, held.jknLeft(s), s.kuotaJkn, held.nonJknLeft(s), s.kuotaNonJkn, keterangan);
    }
}
