package id.antreanonline.shared.event;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Topic {@link Topics#DELIVERY_OUTCOMES}, key {@code kodebooking}: what BPJS answered to one delivery.
 * {@code sourceEventId} is the eventId of the {@link BookingEvent} or {@link TaskEvent} delivered.
 * {@code code} and {@code message} are BPJS's own (208 counts as delivered). The call travels as {@code delivery},
 * its name on the wire before the Java names were told apart.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DeliveryOutcomeEvent(
        String eventId,
        String sourceEventId,
        String kodebooking,
        @JsonProperty("delivery") BpjsCall call,
        Integer taskid,
        Status status,
        int code,
        String message,
        long at) implements VersionedEvent {

    /** Which Antrean WS call was made. */
    public enum BpjsCall {
        ANTREAN_ADD,
        ANTREAN_BATAL,
        UPDATE_WAKTU,
        FARMASI_ADD
    }

    public enum Status {
        /** BPJS has it (200, or 208 "already there"). */
        DELIVERED,
        /** BPJS refused it in a way retrying cannot change; kept and re-playable. */
        PARKED
    }
}
