package id.antreanonline.antrean;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.regex.Pattern;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import id.antreanonline.shared.Wib;

/** A doctor's practice at a poli on one date and hours (from BPJS HFIS), with its quotas and queue counters. */
@Entity
@Table(name = "doctor_schedule")
public class DoctorSchedule {

    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern HOURS = Pattern.compile("([01]\\d|2[0-3]):[0-5]\\d-([01]\\d|2[0-3]):[0-5]\\d");

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    public String kodepoli;
    public String namapoli;
    public String kodedokter;
    public String namadokter;
    public LocalDate tanggal;
    /** Normalised "HH:mm-HH:mm" (HFIS writes "08:00 - 12:00", Mobile JKN "08:00-12:00"). */
    public String jampraktek;
    @Column(name = "kuota_jkn")
    public int kuotaJkn;
    @Column(name = "kuota_nonjkn")
    public int kuotaNonJkn;
    public boolean libur;
    /** The last queue number given (angkaantrean); only a batch of bookings moves it, under the row lock. */
    @Column(name = "last_number", insertable = false, updatable = false)
    public int lastNumber;
    /** Places held by bookings not cancelled, per kind; the database keeps them (triggers on booking). */
    @Column(name = "held_jkn", insertable = false, updatable = false)
    public int heldJkn;
    @Column(name = "held_nonjkn", insertable = false, updatable = false)
    public int heldNonJkn;

    public static String normaliseHours(String jampraktek) {
        return jampraktek == null ? null : SPACES.matcher(jampraktek).replaceAll("");
    }

    public LocalTime opens() {
        return LocalTime.parse(jampraktek.substring(0, jampraktek.indexOf('-')).trim());
    }

    public LocalTime closes() {
        return LocalTime.parse(jampraktek.substring(jampraktek.indexOf('-') + 1).trim());
    }

    public HeldPlaces held() {
        return new HeldPlaces(heldJkn, heldNonJkn);
    }

    public int quotaOf(PatientKind kind) {
        return kind == PatientKind.JKN ? kuotaJkn : kuotaNonJkn;
    }

    /** Closed to bookings: a day off, no quota at all, or (for a walk-in on the day) the practice hours are over. */
    public boolean closedAt(Instant now) {
        boolean over = tanggal.isEqual(now.atZone(Wib.ZONE).toLocalDate())
                && !tanggal.atTime(closes()).atZone(Wib.ZONE).toInstant().isAfter(now);
        return libur || kuotaJkn + kuotaNonJkn == 0 || over;
    }

    /** Whether the hours are a parseable "HH:mm-HH:mm" range. */
    public static boolean validHours(String jampraktek) {
        return jampraktek != null && HOURS.matcher(jampraktek).matches();
    }
}
