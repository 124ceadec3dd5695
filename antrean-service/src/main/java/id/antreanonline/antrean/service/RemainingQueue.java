package id.antreanonline.antrean.service;

/** sisaantrean's answer; {@code waktutunggu} in seconds. */
public record RemainingQueue(String nomorantrean, String namapoli, String namadokter, int sisaantrean,
        String antreanpanggil, long waktutunggu, String keterangan) {
}
