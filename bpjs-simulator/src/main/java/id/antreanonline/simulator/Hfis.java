package id.antreanonline.simulator;

import java.util.List;

/**
 * HFIS, BPJS's registry of the hospital's poli, doctors and weekly practice schedules, plus national holidays.
 * Read from JSON (see docs/simulator.md); {@code hari} is 1 (Monday) to 7 (Sunday).
 */
public record Hfis(List<Poli> poli, List<Dokter> dokter, List<Jadwal> jadwal, List<Libur> libur) {

    public Hfis {
        poli = poli == null ? List.of() : List.copyOf(poli);
        dokter = dokter == null ? List.of() : List.copyOf(dokter);
        jadwal = jadwal == null ? List.of() : List.copyOf(jadwal);
        libur = libur == null ? List.of() : List.copyOf(libur);
    }

    /** A poli with its sub-specialities; {@code fingerprint} marks those BPJS lists under ref/poli/fp. */
    public record Poli(String kodepoli, String namapoli, List<SubSpesialis> subspesialis) {
        public Poli {
            subspesialis = subspesialis == null ? List.of() : List.copyOf(subspesialis);
        }
    }

    public record SubSpesialis(String kodesubspesialis, String namasubspesialis, boolean fingerprint) {
    }

    public record Dokter(int kodedokter, String namadokter) {
    }

    /** One weekly practice slot: "buka" and "tutup" are HH:mm. */
    public record Jadwal(String kodepoli, String kodesubspesialis, int kodedokter, int hari, String buka, String tutup,
            int kapasitaspasien) {

        /** As BPJS writes the hours in jadwaldokter: "08:00 - 12:00". */
        public String jam() {
            return buka + " - " + tutup;
        }
    }

    public record Libur(String tanggal, String keterangan) {
    }
}
