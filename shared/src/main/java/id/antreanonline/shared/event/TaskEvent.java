package id.antreanonline.shared.event;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * Topic {@link Topics#TASKS}, key {@code kodebooking}, in the order the hospital accepted them.
 * <ul>
 * <li>{@link Kind#TASK}: a task transition for antrean/updatewaktu, {@code taskid} and {@code waktu} (epoch ms, the
 * time it really happened); {@code jenisresep} where the pharmacy queue runs.</li>
 * <li>{@link Kind#PHARMACY_NUMBER}: a pharmacy number for antrean/farmasi/add ({@code jenisresep},
 * {@code nomorantrean}, {@code keterangan}); it precedes task 6 of the same booking.</li>
 * </ul>
 * {@code source} tells the gateway whether an antrean/add must reach BPJS before this.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record TaskEvent(
        String eventId,
        Kind kind,
        String kodebooking,
        BookingSource source,
        Integer taskid,
        Long waktu,
        String jenisresep,
        Integer nomorantrean,
        String keterangan,
        long recordedAt) implements VersionedEvent {

    public enum Kind {
        TASK,
        PHARMACY_NUMBER
    }
}
