package id.antreanonline.pasien.service;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import id.antreanonline.pasien.PatientData;
import id.antreanonline.shared.IdentityNumbers;
import id.antreanonline.shared.Wib;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * What a patient's identity must look like, field by field in BPJS's order; the first breach is the answer, in
 * words the patient understands.
 */
@ApplicationScoped
public class PatientRules {

    /** BPJS's field names and how the patient calls them, in the order they are checked. */
    public static final Map<String, String> LABELS = labels();

    private static final Pattern PHONE = Pattern.compile("\\d{8,15}");
    private static final Pattern SMALL_NUMBER = Pattern.compile("\\d{1,10}");
    /** A SIMRS's own record number: its digits, with the prefix and separators some hospitals use. */
    private static final Pattern NORM = Pattern.compile("[A-Za-z0-9][A-Za-z0-9./-]{0,19}");
    private static final Pattern HAS_DIGIT = Pattern.compile(".*\\d.*");
    private static final int CODE_MAX = 20;
    private static final int NAME_MAX = 100;
    private static final int ADDRESS_MAX = 255;

    private final Clock clock;

    PatientRules(Clock clock) {
        this.clock = clock;
    }

    /** @return the message of the first rule the data breaks, or empty when it is a valid patient */
    public Optional<String> refusal(PatientData p) {
        String m = digits(p.nomorkartu(), "nomorkartu", IdentityNumbers.CARD, "harus 13 digit angka");
        m = m != null ? m : digits(p.nik(), "nik", IdentityNumbers.NIK, "harus 16 digit angka");
        m = m != null ? m : digits(p.nomorkk(), "nomorkk", IdentityNumbers.NIK, "harus 16 digit angka");
        m = m != null ? m : text(p.nama(), "nama", NAME_MAX);
        m = m != null ? m : sex(p.jeniskelamin());
        m = m != null ? m : birthDate(p.tanggallahir());
        m = m != null ? m : digits(p.nohp(), "nohp", PHONE, "harus berupa angka (8 sampai 15 digit)");
        m = m != null ? m : text(p.alamat(), "alamat", ADDRESS_MAX);
        m = m != null ? m : text(p.kodeprop(), "kodeprop", CODE_MAX);
        m = m != null ? m : text(p.namaprop(), "namaprop", NAME_MAX);
        m = m != null ? m : text(p.kodedati2(), "kodedati2", CODE_MAX);
        m = m != null ? m : text(p.namadati2(), "namadati2", NAME_MAX);
        m = m != null ? m : text(p.kodekec(), "kodekec", CODE_MAX);
        m = m != null ? m : text(p.namakec(), "namakec", NAME_MAX);
        m = m != null ? m : text(p.kodekel(), "kodekel", CODE_MAX);
        m = m != null ? m : text(p.namakel(), "namakel", NAME_MAX);
        m = m != null ? m : optionalDigits(p.rw(), "rw");
        m = m != null ? m : optionalDigits(p.rt(), "rt");
        return Optional.ofNullable(m);
    }

    /**
     * What a patient of the SIMRS's master must look like when imported or synchronised: its own norm, the NIK,
     * name, sex and birth date; card number, phone and address when it has them (the rest of pasienbaru's form is
     * admission's to fill).
     */
    public Optional<String> importRefusal(String norm, PatientData p) {
        String m = norm(norm);
        m = m != null ? m : p.nomorkartu() == null ? null
                : digits(p.nomorkartu(), "nomorkartu", IdentityNumbers.CARD, "harus 13 digit angka");
        m = m != null ? m : digits(p.nik(), "nik", IdentityNumbers.NIK, "harus 16 digit angka");
        m = m != null ? m : text(p.nama(), "nama", NAME_MAX);
        m = m != null ? m : sex(p.jeniskelamin());
        m = m != null ? m : birthDate(p.tanggallahir());
        m = m != null ? m : p.nohp() == null ? null : digits(p.nohp(), "nohp", PHONE, "harus berupa angka (8 sampai 15 digit)");
        m = m != null ? m : p.alamat() == null ? null : text(p.alamat(), "alamat", ADDRESS_MAX);
        return Optional.ofNullable(m);
    }

    /** @return why this is not a record number (20 characters at most, with a digit), or null */
    public static String norm(String norm) {
        if (norm == null) {
            return missing("norm");
        }
        return NORM.matcher(norm).matches() && HAS_DIGIT.matcher(norm).matches() ? null
                : badFormat("norm") + ", maksimal 20 huruf, angka, titik, garis miring atau tanda hubung";
    }

    public static String missing(String field) {
        return LABELS.get(field) + " Belum Diisi";
    }

    public static String badFormat(String field) {
        return "Format " + LABELS.get(field) + " Tidak Sesuai";
    }

    private static String digits(String value, String field, Pattern pattern, String rule) {
        if (value == null) {
            return missing(field);
        }
        return pattern.matcher(value).matches() ? null : badFormat(field) + ", " + rule;
    }

    private static String optionalDigits(String value, String field) {
        return value == null || SMALL_NUMBER.matcher(value).matches() ? null : badFormat(field) + ", harus berupa angka";
    }

    private static String text(String value, String field, int max) {
        if (value == null) {
            return missing(field);
        }
        return value.length() <= max ? null : LABELS.get(field) + " Terlalu Panjang, maksimal " + max + " karakter";
    }

    private static String sex(String value) {
        if (value == null) {
            return "Jenis Kelamin Belum Dipilih";
        }
        return value.equals("L") || value.equals("P") ? null : "Jenis Kelamin Tidak Sesuai, isi L atau P";
    }

    private String birthDate(String value) {
        if (value == null) {
            return missing("tanggallahir");
        }
        Optional<LocalDate> date = Wib.parseDate(value);
        if (date.isEmpty()) {
            return "Format Tanggal Lahir Tidak Sesuai, format yang benar adalah yyyy-mm-dd";
        }
        if (date.get().isAfter(LocalDate.now(clock.withZone(Wib.ZONE)))) {
            return "Tanggal Lahir Tidak Boleh Melebihi Hari Ini";
        }
        return date.get().getYear() < 1880 ? "Tanggal Lahir Tidak Berlaku" : null;
    }

    private static Map<String, String> labels() {
        Map<String, String> labels = new LinkedHashMap<>();
        labels.put("norm", "Norm");
        labels.put("nomorkartu", "Nomor Kartu");
        labels.put("nik", "NIK");
        labels.put("nomorkk", "Nomor KK");
        labels.put("nama", "Nama");
        labels.put("jeniskelamin", "Jenis Kelamin");
        labels.put("tanggallahir", "Tanggal Lahir");
        labels.put("nohp", "No HP");
        labels.put("alamat", "Alamat");
        labels.put("kodeprop", "Kode Propinsi");
        labels.put("namaprop", "Nama Propinsi");
        labels.put("kodedati2", "Kode Dati 2");
        labels.put("namadati2", "Nama Dati 2");
        labels.put("kodekec", "Kode Kecamatan");
        labels.put("namakec", "Nama Kecamatan");
        labels.put("kodekel", "Kode Kelurahan");
        labels.put("namakel", "Nama Kelurahan");
        labels.put("rw", "RW");
        labels.put("rt", "RT");
        return Collections.unmodifiableMap(labels);
    }
}
