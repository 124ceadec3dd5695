package id.antreanonline.antrean.service;

/** statusantrean's answer, with the "kuota" spelling (contract section 3). */
public record QueueStatus(String namapoli, String namadokter, int totalantrean, int sisaantrean, String antreanpanggil,
        int sisakuotajkn, int kuotajkn, int sisakuotanonjkn, int kuotanonjkn, String keterangan) {
}
