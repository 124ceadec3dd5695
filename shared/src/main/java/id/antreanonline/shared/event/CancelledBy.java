package id.antreanonline.shared.event;

/** Who cancelled a booking. A cancellation BPJS sent us (Mobile JKN batalantrean) is not reported back. */
public enum CancelledBy {
    BPJS,
    HOSPITAL
}
