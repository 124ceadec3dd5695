package id.antreanonline.pasien;

import java.util.Locale;

import id.antreanonline.edge.ZeroPadded;

/**
 * The identity and address of a patient as Mobile JKN's pasienbaru sends them (BPJS's names), every value as text.
 * Not validated by itself: see {@code service.PatientRules}.
 */
public record PatientData(
        @ZeroPadded(13) String nomorkartu,
        String nik,
        String nomorkk,
        String nama,
        String jeniskelamin,
        String tanggallahir,
        String nohp,
        String alamat,
        String kodeprop,
        String namaprop,
        String kodedati2,
        String namadati2,
        String kodekec,
        String namakec,
        String kodekel,
        String namakel,
        String rw,
        String rt) {

    public PatientData {
        // BPJS's clients send "l"/"p" as often as "L"/"P"
        jeniskelamin = jeniskelamin == null ? null : jeniskelamin.toUpperCase(Locale.ROOT);
    }

    /** This record with every value the correction carries (non-null) put in its place. */
    public PatientData correctedBy(PatientData c) {
        return new PatientData(
                pick(c.nomorkartu, nomorkartu), pick(c.nik, nik), pick(c.nomorkk, nomorkk), pick(c.nama, nama),
                pick(c.jeniskelamin, jeniskelamin), pick(c.tanggallahir, tanggallahir), pick(c.nohp, nohp),
                pick(c.alamat, alamat), pick(c.kodeprop, kodeprop), pick(c.namaprop, namaprop),
                pick(c.kodedati2, kodedati2), pick(c.namadati2, namadati2), pick(c.kodekec, kodekec),
                pick(c.namakec, namakec), pick(c.kodekel, kodekel), pick(c.namakel, namakel), pick(c.rw, rw),
                pick(c.rt, rt));
    }

    private static String pick(String correction, String current) {
        return correction != null ? correction : current;
    }
}
