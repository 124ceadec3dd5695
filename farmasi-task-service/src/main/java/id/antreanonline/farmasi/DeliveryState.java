package id.antreanonline.farmasi;

/** Where the delivery to BPJS of a task (or a pharmacy number) stands, from the gateway's outcomes. */
public enum DeliveryState {
    PENDING,
    DELIVERED,
    /** BPJS refused it in a way retrying cannot change; the gateway keeps it, re-playable */
    REJECTED
}
