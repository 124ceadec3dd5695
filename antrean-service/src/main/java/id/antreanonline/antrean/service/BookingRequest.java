package id.antreanonline.antrean.service;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import id.antreanonline.edge.ZeroPadded;

/**
 * The ambilantrean body (BPJS names), plus for onsite bookings {@code jenispasien} and what a SIMRS may send instead
 * of or beside BPJS's codes: its own poli and doctor codes ({@code kodepolisimrs}, {@code kodedoktersimrs}, translated
 * through the code mapping) and its own event id ({@code eventid}, the booking taken once). Every field is read as
 * text so that numbers sent as strings (and strings sent as numbers) are accepted and checked by the rules.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record BookingRequest(@ZeroPadded(13) String nomorkartu, String nik, String nohp, String kodepoli, String norm,
        String tanggalperiksa, String kodedokter, String jampraktek, String jeniskunjungan, String nomorreferensi,
        String jenispasien, String kodepolisimrs, String kodedoktersimrs, String eventid) {

    /** Without a SIMRS's fields (Mobile JKN, the counter). */
    public BookingRequest(String nomorkartu, String nik, String nohp, String kodepoli, String norm,
            String tanggalperiksa, String kodedokter, String jampraktek, String jeniskunjungan, String nomorreferensi,
            String jenispasien) {
        this(nomorkartu, nik, nohp, kodepoli, norm, tanggalperiksa, kodedokter, jampraktek, jeniskunjungan,
                nomorreferensi, jenispasien, null, null, null);
    }

    /** The same request with BPJS's codes the SIMRS's stand for. */
    BookingRequest withBpjsCodes(String kodepoli, String kodedokter) {
        return new BookingRequest(nomorkartu, nik, nohp, kodepoli, norm, tanggalperiksa, kodedokter, jampraktek,
                jeniskunjungan, nomorreferensi, jenispasien, kodepolisimrs, kodedoktersimrs, eventid);
    }
}
