package id.antreanonline.antrean.client;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** One doctor's practice as BPJS HFIS jadwaldokter gives it (BPJS names). */
@JsonIgnoreProperties(ignoreUnknown = true)
public record HfisSchedule(String kodesubspesialis, Integer hari, Integer kapasitaspasien, Integer libur,
        String namahari, String jadwal, String namasubspesialis, String namadokter, String kodepoli, String namapoli,
        String kodedokter) {
}
