package id.antreanonline.antrean.service;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import id.antreanonline.edge.ZeroPadded;

/**
 * The ambilantrean body (BPJS names), plus {@code jenispasien} for onsite bookings. Every field is read as text so
 * that numbers sent as strings (and strings sent as numbers) are accepted and checked by the rules.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record BookingRequest(@ZeroPadded(13) String nomorkartu, String nik, String nohp, String kodepoli, String norm,
        String tanggalperiksa, String kodedokter, String jampraktek, String jeniskunjungan, String nomorreferensi,
        String jenispasien) {
}
