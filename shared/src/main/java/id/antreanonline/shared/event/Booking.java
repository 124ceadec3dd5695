package id.antreanonline.shared.event;

/**
 * A booking as BPJS's TAMBAH ANTREAN (antrean/add) spells it, plus {@code pasienbaru} (1 when the patient
 * goes through admission to complete a new medical record). Field names are BPJS's.
 */
public record Booking(
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

    public boolean newPatient() {
        return pasienbaru == 1;
    }
}
