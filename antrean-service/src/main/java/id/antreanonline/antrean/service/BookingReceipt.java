package id.antreanonline.antrean.service;

/** What ambilantrean (and the onsite booking) answers, BPJS names. */
public record BookingReceipt(String nomorantrean, int angkaantrean, String kodebooking, String norm, String namapoli,
        String namadokter, long estimasidilayani, int sisakuotajkn, int kuotajkn, int sisakuotanonjkn,
        int kuotanonjkn, String keterangan) {
}
