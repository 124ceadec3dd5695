package id.antreanonline.shared.event;

/**
 * A booking as the stations see it, inside {@link VisitEvent}: where and when the patient is expected, the queue
 * number, the medical record number, and {@code pasienbaru} (1 when the patient goes through admission first). No
 * NIK, card number or phone: no station needs them.
 */
public record VisitSnapshot(
        String kodebooking,
        String kodepoli,
        String kodedokter,
        String tanggalperiksa,
        String jampraktek,
        String nomorantrean,
        int angkaantrean,
        int pasienbaru,
        String norm) {

    public boolean newPatient() {
        return pasienbaru == 1;
    }

    /** The stations' part of the booking BPJS's antrean/add receives. */
    public static VisitSnapshot of(BookingSnapshot b) {
        return new VisitSnapshot(b.kodebooking(), b.kodepoli(), b.kodedokter(), b.tanggalperiksa(), b.jampraktek(),
                b.nomorantrean(), b.angkaantrean(), b.pasienbaru(), b.norm());
    }
}
