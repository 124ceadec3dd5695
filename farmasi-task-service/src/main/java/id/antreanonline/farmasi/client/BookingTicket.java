package id.antreanonline.farmasi.client;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * What antrean-service gives for a booking's printed ticket (BPJS's field names), nothing personal in it.
 * {@code estimasidilayani} epoch ms; {@code status} ACTIVE or CANCELLED.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record BookingTicket(String kodebooking, String jenispasien, String nomorantrean, Integer angkaantrean,
        String kodepoli, String namapoli, String kodedokter, String namadokter, String tanggalperiksa,
        String jampraktek, Long estimasidilayani, String status) {

    public boolean cancelled() {
        return "CANCELLED".equals(status);
    }
}
