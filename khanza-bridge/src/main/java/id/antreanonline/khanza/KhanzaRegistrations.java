package id.antreanonline.khanza;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.LinkedHashMap;
import java.util.Map;

import javax.sql.DataSource;

import com.fasterxml.jackson.databind.JsonNode;

import id.antreanonline.shared.Wib;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Khanza's visits as bookings here. A registration at Khanza's counter for a poli that has a BPJS code becomes an
 * onsite booking (same quota and rules as our own counter; BPJS is told with antrean/add), under the event id
 * {@code khanza:reg:<no_rawat>}: however often it is asked, one booking. Which booking a visit became is kept in the
 * bridge's own table {@code antrean_online_kunjungan}; a Mobile JKN visit the bridge wrote itself is found by its
 * {@code referensi_mobilejkn_bpjs}. Everything is read from Khanza's database at the moment it is needed, so a task
 * time that arrives before its registration books the visit first, with the same content the registration would.
 */
@ApplicationScoped
class KhanzaRegistrations {

    private static final String MARK = KhanzaPatients.MARK;
    private static final String FROM_MOBILE_JKN = "select nobooking from referensi_mobilejkn_bpjs where no_rawat = ?";
    private static final String BOOKED_HERE = "select kodebooking from antrean_online_kunjungan where no_rawat = ?";
    private static final String RECORD_BOOKED = MARK + " insert ignore into antrean_online_kunjungan"
            + " (no_rawat, kodebooking, dibuat) values (?, ?, ?)";
    private static final String REGISTRATION = "select r.tgl_registrasi, r.jam_reg, r.no_rkm_medis, r.stts,"
            + " r.status_lanjut, r.kd_pj, r.kd_dokter, mp.kd_poli_bpjs, md.kd_dokter_bpjs,"
            + " p.no_ktp, p.no_peserta, p.nm_pasien, p.jk, p.tgl_lahir, p.no_tlp, p.alamat"
            + " from reg_periksa r join pasien p on p.no_rkm_medis = r.no_rkm_medis"
            + " left join maping_poli_bpjs mp on mp.kd_poli_rs = r.kd_poli"
            + " left join maping_dokter_dpjpvclaim md on md.kd_dokter = r.kd_dokter"
            + " where r.no_rawat = ?";
    private static final String REFERRAL = "select no_rujuk from rujuk_masuk where no_rawat = ? and no_rujuk is not null"
            + " and no_rujuk not in ('', '-') limit 1";

    private static final String PRESCRIPTION = "select count(*), count(r.no_resep) from resep_obat o"
            + " left join resep_dokter_racikan r on r.no_resep = o.no_resep where o.no_rawat = ?";

    private final DataSource khanza;
    private final Services services;
    private final KhanzaConfig config;

    KhanzaRegistrations(DataSource khanza, Services services, KhanzaConfig config) {
        this.khanza = khanza;
        this.services = services;
        this.config = config;
    }

    /**
     * The kodebooking of a Khanza visit, booking it here first if it is a counter registration not booked yet; null
     * when the visit is none of Antrean Online's (IGD, inpatient, a poli without BPJS code, a past day, cancelled).
     */
    String kodebookingOf(String noRawat)
            throws SQLException, Persistently.Away, Persistently.Unwritable, Persistently.NotYet {
        String known = knownBooking(noRawat);
        return known != null ? known : book(noRawat);
    }

    /**
     * The visit's prescription as task 5 tells it ({@code jenisresep}): racikan when a prescription has a compounded
     * part, non racikan when there is one without, tidak ada when the doctor wrote none.
     */
    String prescriptionOf(String noRawat) throws SQLException {
        try (Connection c = khanza.getConnection()) {
            String[] counts = Sql.row(c, PRESCRIPTION, noRawat);
            if (counts == null || "0".equals(counts[0])) {
                return "tidak ada";
            }
            return "0".equals(counts[1]) ? "non racikan" : "racikan";
        }
    }

    /** The booking a visit already became here, or null. */
    String knownBooking(String noRawat) throws SQLException {
        try (Connection c = khanza.getConnection()) {
            String[] mobileJkn = Sql.row(c, FROM_MOBILE_JKN, noRawat);
            if (mobileJkn != null) {
                return mobileJkn[0];
            }
            String[] booked = Sql.row(c, BOOKED_HERE, noRawat);
            return booked == null ? null : booked[0];
        }
    }

    /** Books a counter registration here; null when it is none of Antrean Online's. */
    String book(String noRawat)
            throws SQLException, Persistently.Away, Persistently.Unwritable, Persistently.NotYet {
        Map<String, Object> booking = bookingOf(noRawat);
        if (booking == null) {
            return null;
        }
        Services.Answer answer = services.antrean("POST", "/api/antrean", booking);
        if (!answer.ok()) {
            throw new Persistently.Unwritable("antrean-service did not book it: " + answer.message());
        }
        String kodebooking = answer.body().path("kodebooking").asText();
        try (Connection c = khanza.getConnection()) {
            Sql.update(c, RECORD_BOOKED, noRawat, kodebooking, java.time.LocalDateTime.now(Wib.ZONE));
        }
        return kodebooking;
    }

    /** The onsite booking a counter registration is, or null when it is none of Antrean Online's. */
    private Map<String, Object> bookingOf(String noRawat)
            throws SQLException, Persistently.Away, Persistently.Unwritable, Persistently.NotYet {
        String[] r;
        String referral;
        try (Connection c = khanza.getConnection()) {
            r = Sql.row(c, REGISTRATION, noRawat);
            String[] referred = r == null ? null : Sql.row(c, REFERRAL, noRawat);
            referral = referred == null ? null : referred[0];
        }
        if (r == null) {
            throw new Persistently.Unwritable("no_rawat " + noRawat + " is not in reg_periksa");
        }
        LocalDate day = LocalDate.parse(r[0]);
        String norm = r[2];
        String stts = r[3];
        boolean outpatient = "Ralan".equals(r[4]);
        boolean jkn = config.penjabBpjs().equals(r[5]);
        String kodepoli = r[7];
        String kodedokter = r[8];
        if (!outpatient || kodepoli == null || "Batal".equals(stts) || day.isBefore(LocalDate.now(Wib.ZONE))) {
            return null;
        }
        if (kodedokter == null) {
            throw new Persistently.Unwritable("doctor " + r[6] + " has no DPJP code in maping_dokter_dpjpvclaim");
        }
        String nomorkartu = PatientsFromKhanza.digitsOrNull(r[10], 13, 13);
        if (jkn && referral == null) {
            // Khanza's counter writes the referral just after the registration
            throw new Persistently.NotYet("no referral (rujuk_masuk.no_rujuk) for JKN visit " + noRawat + " yet");
        }
        String[] patient = r;
        services.pasien("PUT", "/api/pasien/sinkron/" + Services.segment(norm), PatientsFromKhanza.body(
                column -> switch (column) {
                    case "no_ktp" -> clean(patient[9]);
                    case "no_peserta" -> clean(patient[10]);
                    case "nm_pasien" -> clean(patient[11]);
                    case "jk" -> clean(patient[12]);
                    case "no_tlp" -> clean(patient[14]);
                    case "alamat" -> clean(patient[15]);
                    default -> null;
                }, dateOrNull(patient[13])));
        Map<String, Object> booking = new LinkedHashMap<>();
        booking.put("eventid", "khanza:reg:" + noRawat);
        booking.put("nomorkartu", jkn ? nomorkartu : null);
        booking.put("nik", clean(r[9]));
        booking.put("nohp", PatientsFromKhanza.digitsOrNull(clean(r[14]), 8, 15));
        booking.put("kodepoli", kodepoli);
        booking.put("norm", norm);
        booking.put("tanggalperiksa", Wib.DATE.format(day));
        booking.put("kodedokter", kodedokter);
        booking.put("jampraktek", practiceHours(day, kodepoli, kodedokter, r[1]));
        // Khanza's registration does not say which kind of visit; a JKN visit at the counter comes with a referral
        booking.put("jeniskunjungan", 1);
        booking.put("nomorreferensi", jkn ? referral : null);
        booking.put("jenispasien", jkn ? "JKN" : "NON JKN");
        return booking;
    }

    /**
     * The doctor's practice that day, from the schedules here (HFIS's): the one whose hours hold the registration's
     * time, else the next to begin, else the day's first.
     */
    private String practiceHours(LocalDate day, String kodepoli, String kodedokter, String registeredAt)
            throws Persistently.Away, Persistently.Unwritable {
        Services.Answer answer = services.antrean("GET", "/api/jadwal?tanggal=" + Wib.DATE.format(day) + "&kodepoli="
                + Services.segment(kodepoli), null);
        if (!answer.ok()) {
            throw new Persistently.Away("antrean-service did not give the schedules (" + answer.status() + ")");
        }
        LocalTime at = registeredAt == null ? LocalTime.MIN : LocalTime.parse(registeredAt);
        String first = null;
        String next = null;
        for (JsonNode slot : answer.body()) {
            if (!kodedokter.equals(slot.path("kodedokter").asText())) {
                continue;
            }
            String hours = slot.path("jampraktek").asText();
            String[] ends = hours.split("-");
            LocalTime from = LocalTime.parse(ends[0]);
            LocalTime to = LocalTime.parse(ends[1]);
            if (!at.isBefore(from) && !at.isAfter(to)) {
                return hours;
            }
            first = first == null ? hours : first;
            next = next == null && at.isBefore(from) ? hours : next;
        }
        if (first == null) {
            throw new Persistently.Unwritable("doctor " + kodedokter + " has no practice at poli " + kodepoli + " on "
                    + Wib.DATE.format(day) + " in the schedules");
        }
        return next != null ? next : first;
    }

    /** Khanza's dates may be empty or 0000-00-00. */
    private static LocalDate dateOrNull(String value) {
        try {
            return value == null ? null : LocalDate.parse(value);
        } catch (java.time.format.DateTimeParseException e) {
            return null;
        }
    }

    private static String clean(String value) {
        if (value == null) {
            return null;
        }
        String s = value.strip();
        return s.isEmpty() || s.equals("-") ? null : s;
    }
}
