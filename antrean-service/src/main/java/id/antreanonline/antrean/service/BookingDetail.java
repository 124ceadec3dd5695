package id.antreanonline.antrean.service;

import id.antreanonline.antrean.Booking;
import id.antreanonline.antrean.DoctorSchedule;
import id.antreanonline.shared.Wib;

/**
 * A booking as the visit's VClaim work needs it (SEP at admission, surat kontrol at the poli): the patient's card,
 * NIK and phone with the schedule the booking was taken for. BPJS's field names; staff only, never logged.
 * {@code status} ACTIVE or CANCELLED; {@code checkinTask} 1 or 3 once the patient checked in, else null.
 */
public record BookingDetail(String kodebooking, String jenispasien, String nomorkartu, String nik, String nohp,
        String norm, String kodepoli, String namapoli, String kodedokter, String namadokter, String tanggalperiksa,
        String jampraktek, int jeniskunjungan, String nomorreferensi, String status, String source,
        Integer checkinTask, Long checkedInAt) {

    static BookingDetail of(Booking b, DoctorSchedule s) {
        return new BookingDetail(b.kodebooking, b.patientKind.wire(), b.nomorkartu, b.nik, b.nohp, b.norm, s.kodepoli,
                s.namapoli, s.kodedokter, s.namadokter, Wib.DATE.format(b.tanggal), s.jampraktek, b.jeniskunjungan,
                b.nomorreferensi, b.status.name(), b.source.name(), b.checkinTask, b.checkedInAt);
    }
}
