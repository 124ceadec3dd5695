package id.antreanonline.antrean.client;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * What a booking needs of a patient pasien-service knows: the medical record number, and {@code complete}, false
 * until admission completed a new record (the visit then starts at admission, task 1). The NIK, card number and
 * phone come with the booking request itself.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record PatientRecord(String norm, boolean complete) {
}
