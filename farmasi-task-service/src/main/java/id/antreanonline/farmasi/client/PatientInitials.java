package id.antreanonline.farmasi.client;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** pasien-service's answer for a board: the norm and its patient's initials ("S.N.B."), or null initials. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record PatientInitials(String norm, String inisial) {
}
