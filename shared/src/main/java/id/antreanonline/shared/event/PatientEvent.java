package id.antreanonline.shared.event;

/**
 * Topic {@link Topics#PATIENTS}, key {@code norm}. {@code complete} is false while a record opened through
 * pasienbaru waits for admission to complete it (such a patient's visits start at task 1). Card number and NIK are
 * kept for the read model antrean-service is to build (ambilantrean finds the patient by either); name, phone and
 * address stay in pasien-service.
 */
public record PatientEvent(
        String eventId,
        Kind kind,
        String norm,
        String nomorkartu,
        String nik,
        boolean complete,
        long occurredAt) implements VersionedEvent {

    public enum Kind {
        REGISTERED,
        UPDATED
    }
}
