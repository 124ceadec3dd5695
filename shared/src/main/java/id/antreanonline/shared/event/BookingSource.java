package id.antreanonline.shared.event;

/** Where a booking came from: Mobile JKN (BPJS already knows it) or the hospital's own counter (antrean/add). */
public enum BookingSource {
    MOBILE_JKN,
    ONSITE
}
