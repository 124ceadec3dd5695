package id.antreanonline.khanza;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.Period;
import java.util.Locale;

import javax.sql.DataSource;

import id.antreanonline.shared.Wib;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * A new patient's medical record number, given by Khanza: the patient Mobile JKN registers (pasienbaru) is written into
 * Khanza's {@code pasien} with the next number of {@code set_no_rkm_medis}, in one transaction, as Khanza's own
 * registration screen does. So Khanza stays the keeper of its numbers and knows the patient before any booking of
 * theirs reaches it. The same NIK again gets the same number (pasien-service retries with the same idempotency key).
 * Every statement carries the comment {@value #MARK}: the change data capture sees it and does not send the row back.
 */
@ApplicationScoped
public class KhanzaPatients {

    /** Marks the SQL this bridge writes; the capture's events carry it in {@code source.query}. */
    public static final String MARK = "/* antrean-bridge */";

    private static final String BY_NIK = "select no_rkm_medis from pasien where no_ktp = ? order by no_rkm_medis limit 1";
    private static final String LAST_NUMBER = "select no_rkm_medis from set_no_rkm_medis for update";
    private static final String TAKEN = "select 1 from pasien where no_rkm_medis = ?";
    private static final String INSERT = MARK + " insert into pasien (no_rkm_medis, nm_pasien, no_ktp, jk, tmp_lahir,"
            + " tgl_lahir, nm_ibu, alamat, gol_darah, pekerjaan, tgl_daftar, no_tlp, umur, pnd, keluarga, namakeluarga,"
            + " kd_pj, no_peserta, kd_kel, kd_kec, kd_kab, pekerjaanpj, alamatpj, kelurahanpj, kecamatanpj, kabupatenpj,"
            + " perusahaan_pasien, suku_bangsa, bahasa_pasien, cacat_fisik, email, nip, kd_prop, propinsipj)"
            // Khanza's '-' rows (id 1) where nobody typed a region, a company, a language
            + " values (?, ?, ?, ?, '-', ?, '-', ?, '-', '-', ?, ?, ?, '-', 'DIRI SENDIRI', ?, ?, ?, 1, 1, 1, '-', ?,"
            + " '-', '-', '-', '-', 1, 1, 1, '', '', 1, '-')";
    private static final String ADVANCE = MARK + " update set_no_rkm_medis set no_rkm_medis = ?";

    /** What pasien-service sends for a patient it has no number for (its SIMRS numbering call). */
    public record NewPatient(String nik, String nomorkartu, String nama, String jeniskelamin, String tanggallahir,
            String nohp, String alamat) {
    }

    /** The number, and whether this call wrote the patient. */
    public record Numbered(String norm, boolean created) {
    }

    private final DataSource khanza;
    private final KhanzaConfig config;

    KhanzaPatients(DataSource khanza, KhanzaConfig config) {
        this.khanza = khanza;
        this.config = config;
    }

    public Numbered number(NewPatient p) throws SQLException {
        LocalDate born = LocalDate.parse(p.tanggallahir());
        LocalDate today = Wib.dateOf(System.currentTimeMillis());
        try (Connection c = khanza.getConnection()) {
            c.setAutoCommit(false);
            try {
                String[] known = Sql.row(c, BY_NIK, p.nik());
                if (known != null) {
                    c.rollback();
                    return new Numbered(known[0], false);
                }
                // the counter row stays locked until commit: Khanza's screens and other bridges wait, never collide
                String[] last = Sql.row(c, LAST_NUMBER);
                if (last == null) {
                    throw new SQLException("set_no_rkm_medis is empty");
                }
                String norm = RecordNumbers.next(last[0]);
                while (Sql.row(c, TAKEN, norm) != null) {
                    norm = RecordNumbers.next(norm);
                }
                String name = p.nama().strip().toUpperCase(Locale.ROOT);
                try (PreparedStatement insert = c.prepareStatement(INSERT)) {
                    int i = 1;
                    insert.setString(i++, norm);
                    insert.setString(i++, truncate(name, 40));
                    insert.setString(i++, p.nik());
                    insert.setString(i++, p.jeniskelamin());
                    insert.setObject(i++, born);
                    insert.setString(i++, truncate(p.alamat() == null ? "-" : p.alamat(), 200));
                    insert.setObject(i++, today);
                    insert.setString(i++, p.nohp());
                    insert.setString(i++, age(born, today));
                    insert.setString(i++, truncate(name, 50));
                    insert.setString(i++, config.penjabBpjs());
                    insert.setString(i++, p.nomorkartu());
                    insert.setString(i++, truncate(p.alamat() == null ? "-" : p.alamat(), 100));
                    insert.executeUpdate();
                }
                Sql.update(c, ADVANCE, norm);
                c.commit();
                return new Numbered(norm, true);
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        }
    }

    /** Khanza's way of writing an age: "57 Th 10 Bl 0 Hr". */
    static String age(LocalDate born, LocalDate on) {
        Period p = Period.between(born, on);
        return p.getYears() + " Th " + p.getMonths() + " Bl " + p.getDays() + " Hr";
    }

    private static String truncate(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max);
    }
}
