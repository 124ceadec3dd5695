package id.antreanonline.antrean.service;

import id.antreanonline.antrean.Booking;
import id.antreanonline.antrean.DoctorSchedule;
import id.antreanonline.shared.Wib;

/**
 * What a patient's printed ticket shows, and nothing personal (no card number, NIK, phone or norm): the kiosk may read
 * it, which may not read {@link BookingDetail}. BPJS's field names; {@code estimasidilayani} epoch ms;
 * {@code status} ACTIVE or CANCELLED; {@code checkinTask} 1 or 3 once checked in, else null.
 */
public record BookingTicket(String kodebooking, String jenispasien, String nomorantrean, int angkaantrean,
        String kodepoli, String namapoli, String kodedokter, String namadokter, String tanggalperiksa,
        String jampraktek, long estimasidilayani, String status, Integer checkinTask) {

    static BookingTicket of(Booking b, DoctorSchedule s) {
        return new BookingTicket(b.kodebooking, b.patientKind.wire(), b.nomorantrean, b.angkaantrean, s.kodepoli,
                s.namapoli, s.kodedokter, s.namadokter, Wib.DATE.format(b.tanggal), s.jampraktek, b.estimasidilayani,
                b.status.name(), b.checkinTask);
    }
}
