package id.antreanonline.farmasi.client;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * A booking as antrean-service gives it for the visit's VClaim letters (BPJS's field names). It carries the card
 * number, NIK and phone: used for the call to BPJS, never stored here or logged.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Booking(String kodebooking, String jenispasien, String nomorkartu, String nik, String nohp, String norm,
        String kodepoli, String namapoli, String kodedokter, String namadokter, String tanggalperiksa,
        String jampraktek, Integer jeniskunjungan, String nomorreferensi, String status, String source) {

    public boolean jkn() {
        return "JKN".equals(jenispasien);
    }

    /** Mobile JKN's jeniskunjungan 3: a control visit, whose nomorreferensi is a surat kontrol. */
    public boolean control() {
        return jeniskunjungan != null && jeniskunjungan == 3;
    }
}
