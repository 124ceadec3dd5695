package id.antreanonline.antrean.client;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** A patient as pasien-service knows it; {@code complete} is false until admission completed a new record. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record PatientRecord(String norm, String nomorkartu, String nik, String nama, String nohp, boolean complete) {
}
