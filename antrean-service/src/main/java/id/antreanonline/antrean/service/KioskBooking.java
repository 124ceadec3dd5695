package id.antreanonline.antrean.service;

import id.antreanonline.antrean.Booking;
import id.antreanonline.antrean.DoctorSchedule;
import id.antreanonline.shared.Wib;

/**
 * A booking as the patient sees it on the lobby kiosk: the number, where and when, and whether it is checked in. No
 * NIK, card number, phone or medical record number: the kiosk's screen is public. {@code status} ACTIVE or
 * CANCELLED; {@code checkinTask} 1 (admission first) or 3 (straight to the poli) once checked in, else null.
 */
public record KioskBooking(String kodebooking, String nomorantrean, String kodepoli, String namapoli,
        String namadokter, String tanggalperiksa, String jampraktek, long estimasidilayani, String status,
        Integer checkinTask) {

    static KioskBooking of(Booking b, DoctorSchedule s) {
        return new KioskBooking(b.kodebooking, b.nomorantrean, s.kodepoli, s.namapoli, s.namadokter,
                Wib.DATE.format(b.tanggal), s.jampraktek, b.estimasidilayani, b.status.name(), b.checkinTask);
    }
}
