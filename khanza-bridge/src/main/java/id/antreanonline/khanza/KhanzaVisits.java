package id.antreanonline.khanza;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.Period;
import java.time.format.DateTimeFormatter;

import javax.sql.DataSource;

import id.antreanonline.shared.Wib;
import id.antreanonline.shared.event.BookingEvent;
import id.antreanonline.shared.event.BookingSnapshot;
import id.antreanonline.shared.event.BookingSource;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * A Mobile JKN booking taken here, written into Khanza as Khanza's own Mobile JKN web service would have: a visit in
 * {@code reg_periksa} (so Khanza's poli screens show the patient) and its booking in {@code referensi_mobilejkn_bpjs}
 * (sent already: {@code statuskirim} Sudah, so Khanza's own sender, if still on, sends nothing). A cancellation sets
 * both to Batal and records {@code referensi_mobilejkn_bpjs_batal}; a check-in sets the booking to Checkin at its time.
 * Each event is applied once however often it comes (the rows are the record of what was applied). Bookings taken at
 * Khanza's own counter came from Khanza and are not written back.
 */
@ApplicationScoped
public class KhanzaVisits {

    private static final DateTimeFormatter DAY_PATH = DateTimeFormatter.ofPattern("uuuu/MM/dd");
    private static final String MARK = KhanzaPatients.MARK;

    private static final String BOOKED = "select no_rawat, status from referensi_mobilejkn_bpjs where nobooking = ?";
    private static final String POLI = "select m.kd_poli_rs, p.registrasi, p.registrasilama from maping_poli_bpjs m"
            + " join poliklinik p on p.kd_poli = m.kd_poli_rs where m.kd_poli_bpjs = ?";
    private static final String DOCTOR = "select kd_dokter from maping_dokter_dpjpvclaim where kd_dokter_bpjs = ?"
            + " order by kd_dokter limit 1";
    private static final String PATIENT = "select tgl_lahir, namakeluarga, alamatpj, keluarga from pasien"
            + " where no_rkm_medis = ?";
    private static final String SEEN_AT_POLI = "select 1 from reg_periksa where no_rkm_medis = ? and kd_poli = ?"
            + " and stts <> 'Batal' limit 1";
    private static final String LAST_OF_DAY = "select max(right(no_rawat, 6)) from reg_periksa where tgl_registrasi = ?";
    private static final String INSERT_VISIT = MARK + " insert into reg_periksa (no_reg, no_rawat, tgl_registrasi,"
            + " jam_reg, kd_dokter, no_rkm_medis, kd_poli, p_jawab, almt_pj, hubunganpj, biaya_reg, stts, stts_daftar,"
            + " status_lanjut, kd_pj, umurdaftar, sttsumur, status_bayar, status_poli)"
            + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'Belum', ?, 'Ralan', ?, ?, ?, 'Belum Bayar', ?)";
    private static final String INSERT_BOOKING = MARK + " insert into referensi_mobilejkn_bpjs (nobooking, no_rawat,"
            + " nomorkartu, nik, nohp, kodepoli, pasienbaru, norm, tanggalperiksa, kodedokter, jampraktek,"
            + " jeniskunjungan, nomorreferensi, nomorantrean, angkaantrean, estimasidilayani, sisakuotajkn, kuotajkn,"
            + " sisakuotanonjkn, kuotanonjkn, status, validasi, statuskirim)"
            + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'Belum', ?, 'Sudah')";
    private static final String CANCEL_BOOKING = MARK + " update referensi_mobilejkn_bpjs set status = 'Batal'"
            + " where nobooking = ?";
    private static final String CANCEL_VISIT = MARK + " update reg_periksa set stts = 'Batal' where no_rawat = ?";
    private static final String RECORD_CANCEL = MARK + " insert ignore into referensi_mobilejkn_bpjs_batal"
            + " (no_rkm_medis, no_rawat_batal, nomorreferensi, tanggalbatal, keterangan, statuskirim, nobooking)"
            + " values (?, ?, ?, ?, ?, 'Sudah', ?)";
    private static final String CHECK_IN = MARK + " update referensi_mobilejkn_bpjs set status = 'Checkin',"
            + " validasi = ? where nobooking = ? and status = 'Belum'";

    /** What applying an event did. */
    public enum Outcome {
        WRITTEN, ALREADY, NOT_FOR_KHANZA
    }

    private final DataSource khanza;
    private final KhanzaConfig config;

    KhanzaVisits(DataSource khanza, KhanzaConfig config) {
        this.khanza = khanza;
        this.config = config;
    }

    /**
     * Applies one event of {@code antrean.bookings}. What it needs and does not find is left at once, never waited
     * for: the events come in order, so a booking missing here for its cancellation or check-in is one whose creation
     * was left, and a patient missing from Khanza was numbered outside it (pasien-service numbers through Khanza
     * once the bridge runs); neither would appear by waiting, and every booking behind it would wait too.
     */
    public Outcome apply(BookingEvent event) throws SQLException, Persistently.Unwritable {
        if (event.source() != BookingSource.MOBILE_JKN) {
            return Outcome.NOT_FOR_KHANZA;
        }
        try (Connection c = khanza.getConnection()) {
            c.setAutoCommit(false);
            try {
                Outcome outcome = switch (event.kind()) {
                    case CREATED -> create(c, event);
                    case CANCELLED -> cancel(c, event);
                    case CHECKED_IN -> checkIn(c, event);
                };
                c.commit();
                return outcome;
            } catch (SQLException | Persistently.Unwritable | RuntimeException e) {
                c.rollback();
                throw e;
            }
        }
    }

    private Outcome create(Connection c, BookingEvent event) throws SQLException, Persistently.Unwritable {
        BookingSnapshot b = event.booking();
        if (Sql.row(c, BOOKED, b.kodebooking()) != null) {
            return Outcome.ALREADY;
        }
        String[] poli = Sql.row(c, POLI, b.kodepoli());
        if (poli == null) {
            throw new Persistently.Unwritable("poli BPJS " + b.kodepoli() + " tidak ada di maping_poli_bpjs");
        }
        String[] doctor = Sql.row(c, DOCTOR, b.kodedokter());
        if (doctor == null) {
            throw new Persistently.Unwritable("dokter BPJS " + b.kodedokter() + " tidak ada di maping_dokter_dpjpvclaim");
        }
        String[] patient = Sql.row(c, PATIENT, b.norm());
        if (patient == null) {
            throw new Persistently.Unwritable("pasien " + b.norm() + " tidak ada di Khanza");
        }
        LocalDate day = LocalDate.parse(b.tanggalperiksa());
        boolean newPatient = b.newPatient();
        boolean seenAtPoli = Sql.row(c, SEEN_AT_POLI, b.norm(), poli[0]) != null;
        String[] age = age(LocalDate.parse(patient[0]), day);
        String noRawat = nextVisitNumber(c, day);
        try (PreparedStatement st = c.prepareStatement(INSERT_VISIT)) {
            int i = 1;
            st.setString(i++, "%03d".formatted(b.angkaantrean()));
            st.setString(i++, noRawat);
            st.setObject(i++, day);
            st.setObject(i++, LocalTime.parse(b.jampraktek().substring(0, 5)));
            st.setString(i++, doctor[0]);
            st.setString(i++, b.norm());
            st.setString(i++, poli[0]);
            st.setString(i++, patient[1]);
            st.setString(i++, patient[2]);
            st.setString(i++, patient[3]);
            st.setDouble(i++, Double.parseDouble(newPatient ? poli[1] : poli[2]));
            st.setString(i++, newPatient ? "Baru" : "Lama");
            st.setString(i++, config.penjabBpjs());
            st.setInt(i++, Integer.parseInt(age[0]));
            st.setString(i++, age[1]);
            st.setString(i++, seenAtPoli ? "Lama" : "Baru");
            st.executeUpdate();
        }
        try (PreparedStatement st = c.prepareStatement(INSERT_BOOKING)) {
            int i = 1;
            st.setString(i++, b.kodebooking());
            st.setString(i++, noRawat);
            st.setString(i++, b.nomorkartu());
            st.setString(i++, b.nik());
            st.setString(i++, b.nohp());
            st.setString(i++, b.kodepoli());
            st.setString(i++, newPatient ? "1" : "0");
            st.setString(i++, b.norm());
            st.setObject(i++, day);
            st.setString(i++, b.kodedokter());
            st.setString(i++, b.jampraktek());
            st.setString(i++, visitKind(b.jeniskunjungan()));
            st.setString(i++, b.nomorreferensi() == null ? "" : b.nomorreferensi());
            st.setString(i++, b.nomorantrean());
            st.setString(i++, Integer.toString(b.angkaantrean()));
            st.setString(i++, Long.toString(b.estimasidilayani()));
            st.setInt(i++, b.sisakuotajkn());
            st.setInt(i++, b.kuotajkn());
            st.setInt(i++, b.sisakuotanonjkn());
            st.setInt(i++, b.kuotanonjkn());
            st.setObject(i++, wib(event.occurredAt()));
            st.executeUpdate();
        }
        return Outcome.WRITTEN;
    }

    private Outcome cancel(Connection c, BookingEvent event) throws SQLException, Persistently.Unwritable {
        String[] booked = Sql.row(c, BOOKED, event.kodebooking());
        if (booked == null) {
            throw new Persistently.Unwritable("booking " + event.kodebooking() + " tidak ada di Khanza");
        }
        if ("Batal".equals(booked[1])) {
            return Outcome.ALREADY;
        }
        BookingSnapshot b = event.booking();
        Sql.update(c, CANCEL_BOOKING, event.kodebooking());
        Sql.update(c, CANCEL_VISIT, booked[0]);
        Sql.update(c, RECORD_CANCEL, b.norm(), booked[0], b.nomorreferensi() == null ? "" : b.nomorreferensi(),
                wib(event.occurredAt()), event.cancellation() == null ? null : event.cancellation().keterangan(),
                event.kodebooking());
        return Outcome.WRITTEN;
    }

    private Outcome checkIn(Connection c, BookingEvent event) throws SQLException, Persistently.Unwritable {
        if (Sql.row(c, BOOKED, event.kodebooking()) == null) {
            throw new Persistently.Unwritable("booking " + event.kodebooking() + " tidak ada di Khanza");
        }
        long at = event.checkIn() != null ? event.checkIn().waktu() : event.occurredAt();
        return Sql.update(c, CHECK_IN, wib(at), event.kodebooking()) == 1 ? Outcome.WRITTEN : Outcome.ALREADY;
    }

    /**
     * Khanza's visit number: the day as yyyy/MM/dd/ and the next of six digits. Khanza's own screens count the same
     * way; if one took the number meanwhile, the insert fails on the key and the next event try takes the one after.
     */
    private static String nextVisitNumber(Connection c, LocalDate day) throws SQLException {
        String[] last = Sql.row(c, LAST_OF_DAY, day);
        int next = last == null || last[0] == null ? 1 : Integer.parseInt(last[0]) + 1;
        return DAY_PATH.format(day) + "/" + "%06d".formatted(next);
    }

    /** Khanza's umurdaftar and sttsumur: whole years, or months below a year, or days below a month. */
    static String[] age(LocalDate born, LocalDate on) {
        Period p = Period.between(born, on);
        if (p.getYears() > 0) {
            return new String[] { Integer.toString(p.getYears()), "Th" };
        }
        return p.getMonths() > 0 ? new String[] { Integer.toString(p.getMonths()), "Bl" }
                : new String[] { Integer.toString(p.getDays()), "Hr" };
    }

    /** referensi_mobilejkn_bpjs.jeniskunjungan as Khanza's enum spells it. */
    static String visitKind(int jeniskunjungan) {
        return switch (jeniskunjungan) {
            case 1 -> "1 (Rujukan FKTP)";
            case 2 -> "2 (Rujukan Internal)";
            case 3 -> "3 (Kontrol)";
            case 4 -> "4 (Rujukan Antar RS)";
            default -> null;
        };
    }

    /** Khanza keeps local (WIB) wall-clock times. */
    private static LocalDateTime wib(long epochMillis) {
        return LocalDateTime.ofInstant(Instant.ofEpochMilli(epochMillis), Wib.ZONE);
    }
}
