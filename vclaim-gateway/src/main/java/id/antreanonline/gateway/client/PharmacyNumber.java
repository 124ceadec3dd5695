package id.antreanonline.gateway.client;

/** The body of antrean/farmasi/add: the pharmacy queue number of a booking's prescription. */
public record PharmacyNumber(String kodebooking, String jenisresep, Integer nomorantrean, String keterangan) {

    /** BPJS wants {@code keterangan} present: a missing one goes as "". */
    public static PharmacyNumber of(String kodebooking, String jenisresep, Integer nomorantrean, String keterangan) {
        return new PharmacyNumber(kodebooking, jenisresep, nomorantrean, keterangan == null ? "" : keterangan);
    }
}
