package id.antreanonline.gateway.client;

import id.antreanonline.shared.event.BookingSnapshot;

/**
 * The body of antrean/add (TAMBAH ANTREAN): an onsite booking, in BPJS's field names and order, plus
 * {@code pasienbaru} (contract section 4).
 */
public record NewBooking(
        String kodebooking,
        String jenispasien,
        String nomorkartu,
        String nik,
        String nohp,
        String kodepoli,
        String namapoli,
        int pasienbaru,
        String norm,
        String tanggalperiksa,
        String kodedokter,
        String namadokter,
        String jampraktek,
        int jeniskunjungan,
        String nomorreferensi,
        String nomorantrean,
        int angkaantrean,
        long estimasidilayani,
        int sisakuotajkn,
        int kuotajkn,
        int sisakuotanonjkn,
        int kuotanonjkn,
        String keterangan) {

    /** The booking antrean-service announced, field for field: the event carries what BPJS must receive. */
    public static NewBooking of(BookingSnapshot b) {
        return new NewBooking(b.kodebooking(), b.jenispasien(), b.nomorkartu(), b.nik(), b.nohp(), b.kodepoli(),
                b.namapoli(), b.pasienbaru(), b.norm(), b.tanggalperiksa(), b.kodedokter(), b.namadokter(),
                b.jampraktek(), b.jeniskunjungan(), b.nomorreferensi(), b.nomorantrean(), b.angkaantrean(),
                b.estimasidilayani(), b.sisakuotajkn(), b.kuotajkn(), b.sisakuotanonjkn(), b.kuotanonjkn(),
                b.keterangan());
    }
}
