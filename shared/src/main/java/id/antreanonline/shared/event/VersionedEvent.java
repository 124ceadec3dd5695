package id.antreanonline.shared.event;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * An event payload that names the version of its JSON shape ({@code schemaVersion}, docs/events/), so a reader outside
 * this code base (the hospital's SIMRS) knows which schema it holds. Written on every event; never read back: events
 * written before the field existed are version 1 too, and a record that changes its shape overrides this with the next
 * number.
 */
public interface VersionedEvent {

    @JsonProperty(value = "schemaVersion", access = JsonProperty.Access.READ_ONLY)
    default int schemaVersion() {
        return 1;
    }
}
