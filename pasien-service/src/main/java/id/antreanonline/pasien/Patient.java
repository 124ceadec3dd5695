package id.antreanonline.pasien;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;

import id.antreanonline.shared.event.PatientEvent;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A patient's medical record. Opened by Mobile JKN's pasienbaru ({@code complete} false) or completed at the
 * admission desk ({@code complete} true: the patient is no longer "new"). BPJS's field names are kept.
 */
@Entity
@Table(name = "patient")
public class Patient {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public String norm;
    public String nomorkartu;
    public String nik;
    public String nomorkk;
    public String nama;
    public String jeniskelamin;
    public LocalDate tanggallahir;
    public String nohp;
    public String alamat;
    public String kodeprop;
    public String namaprop;
    public String kodedati2;
    public String namadati2;
    public String kodekec;
    public String namakec;
    public String kodekel;
    public String namakel;
    public String rw;
    public String rt;
    public boolean complete;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "updated_at")
    public Instant updatedAt;

    @Column(name = "completed_at")
    public Instant completedAt;

    /** Copies the identity and address a validated form carries. */
    public void fill(PatientData data) {
        nomorkartu = data.nomorkartu();
        nik = data.nik();
        nomorkk = data.nomorkk();
        nama = data.nama();
        jeniskelamin = data.jeniskelamin();
        tanggallahir = LocalDate.parse(data.tanggallahir());
        nohp = data.nohp();
        alamat = data.alamat();
        kodeprop = data.kodeprop();
        namaprop = data.namaprop();
        kodedati2 = data.kodedati2();
        namadati2 = data.namadati2();
        kodekec = data.kodekec();
        namakec = data.namakec();
        kodekel = data.kodekel();
        namakel = data.namakel();
        rw = data.rw();
        rt = data.rt();
    }

    /**
     * A patient of the SIMRS's master (validated by {@code PatientRules.importRefusal}): the SIMRS knows them, so the
     * record is complete from the start and their visits begin at check-in (task 3).
     */
    public static Patient imported(String norm, PatientData data) {
        Patient p = new Patient();
        p.norm = norm;
        p.nomorkartu = data.nomorkartu();
        p.nik = data.nik();
        p.nama = data.nama();
        p.jeniskelamin = data.jeniskelamin();
        p.tanggallahir = LocalDate.parse(data.tanggallahir());
        p.nohp = data.nohp();
        p.alamat = data.alamat();
        p.complete = true;
        return p;
    }

    /** Whether an import of {@code imported} would leave this record as it is (only the fields a SIMRS sends count). */
    public boolean sameAsImported(Patient imported) {
        return complete && Objects.equals(norm, imported.norm) && Objects.equals(nomorkartu, imported.nomorkartu)
                && Objects.equals(nik, imported.nik) && Objects.equals(nama, imported.nama)
                && Objects.equals(jeniskelamin, imported.jeniskelamin)
                && Objects.equals(tanggallahir, imported.tanggallahir) && Objects.equals(nohp, imported.nohp)
                && Objects.equals(alamat, imported.alamat);
    }

    /**
     * The event antrean-service's read model is built from: identifiers only, never the name or phone;
     * {@code fromSimrs} when the SIMRS sent it (it is not told back).
     */
    public PatientEvent event(PatientEvent.Kind kind, long occurredAt, boolean fromSimrs) {
        return new PatientEvent(UUID.randomUUID().toString(), kind, norm, nomorkartu, nik, complete, occurredAt,
                fromSimrs);
    }

    /**
     * What a waiting-room board shows beside the norm, so the name never leaves this service: "Siti Nurhaliza binti
     * Ahmad" gives "S.N.B." (at most three words, letters only); null without a name.
     */
    public String initials() {
        if (nama == null) {
            return null;
        }
        String result = Arrays.stream(nama.trim().split("[^\\p{L}]+"))
                .filter(w -> !w.isEmpty()).limit(3)
                .map(w -> w.substring(0, 1).toUpperCase(Locale.ROOT) + ".")
                .reduce("", String::concat);
        return result.isEmpty() ? null : result;
    }

    public PatientData data() {
        return new PatientData(nomorkartu, nik, nomorkk, nama, jeniskelamin,
                tanggallahir == null ? null : tanggallahir.toString(), nohp, alamat, kodeprop, namaprop, kodedati2,
                namadati2, kodekec, namakec, kodekel, namakel, rw, rt);
    }
}
