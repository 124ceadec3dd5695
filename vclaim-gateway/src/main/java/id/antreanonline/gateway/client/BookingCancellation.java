package id.antreanonline.gateway.client;

/** The body of antrean/batal (BATAL ANTREAN): which booking, and why, as the patient will read it. */
public record BookingCancellation(String kodebooking, String keterangan) {

    /** BPJS wants the reason present: a missing one goes as "". */
    public static BookingCancellation of(String kodebooking, String keterangan) {
        return new BookingCancellation(kodebooking, keterangan == null ? "" : keterangan);
    }
}
