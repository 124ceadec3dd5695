package id.antreanonline.shared.event;

/**
 * Topic {@link Topics#PATIENTS}, key {@code norm}. {@code complete} is false while a record opened through
 * pasienbaru waits for admission to complete it (such a patient's visits start at task 1). Card number and NIK are
 * kept for the read model antrean-service is to build (ambilantrean finds the patient by either); name, phone and
 * address stay in pasien-service. {@code fromSimrs} is true when the SIMRS itself sent the patient (its import or
 * sync): the SIMRS is not told back what it said.
 */
public record PatientEvent(
        String eventId,
        Kind kind,
        String norm,
        String nomorkartu,
        String nik,
        boolean complete,
        long occurredAt,
        boolean fromSimrs) implements VersionedEvent {

    /** A patient registered or changed here (pasienbaru, admission). */
    public PatientEvent(String eventId, Kind kind, String norm, String nomorkartu, String nik, boolean complete,
            long occurredAt) {
        this(eventId, kind, norm, nomorkartu, nik, complete, occurredAt, false);
    }

    public enum Kind {
        REGISTERED,
        UPDATED
    }
}
