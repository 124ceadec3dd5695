package id.antreanonline.antrean;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * What a sync with HFIS changed in a stored schedule, with the active bookings (places held) it touched.
 * {@code needsAction}: patients must be called, because the quota fell below the places held, or the practice they
 * booked is off, moved or gone.
 */
public record ScheduleChange(long scheduleId, String kodepoli, String kodedokter, String namadokter, LocalDate tanggal,
        String jampraktek, Kind kind, String before, String after, int bookings, boolean needsAction) {

    public enum Kind {
        /** The JKN or non-JKN quota changed. */
        KUOTA,
        /** The doctor is now on leave (libur). */
        LIBUR,
        /** The doctor is no longer on leave. */
        BUKA,
        /** The doctor practises that day at other hours. */
        JAM,
        /** HFIS no longer has the practice. */
        HILANG
    }

    /** The changes between the schedule as stored and as HFIS now gives it (same poli, doctor, day and hours). */
    public static List<ScheduleChange> between(DoctorSchedule stored, DoctorSchedule now) {
        List<ScheduleChange> found = new ArrayList<>();
        int bookings = stored.heldJkn + stored.heldNonJkn;
        if (stored.kuotaJkn != now.kuotaJkn || stored.kuotaNonJkn != now.kuotaNonJkn) {
            boolean belowHeld = now.kuotaJkn < stored.heldJkn || now.kuotaNonJkn < stored.heldNonJkn;
            found.add(of(stored, Kind.KUOTA, quotas(stored.kuotaJkn, stored.kuotaNonJkn),
                    quotas(now.kuotaJkn, now.kuotaNonJkn), belowHeld));
        }
        if (!stored.libur && now.libur) {
            found.add(of(stored, Kind.LIBUR, "praktik", "libur", bookings > 0));
        } else if (stored.libur && !now.libur) {
            found.add(of(stored, Kind.BUKA, "libur", "praktik", false));
        }
        return found;
    }

    public static ScheduleChange hoursMoved(DoctorSchedule stored, String newHours) {
        return of(stored, Kind.JAM, stored.jampraktek, newHours, stored.heldJkn + stored.heldNonJkn > 0);
    }

    public static ScheduleChange gone(DoctorSchedule stored) {
        return of(stored, Kind.HILANG, "ada di HFIS", "tidak ada di HFIS", stored.heldJkn + stored.heldNonJkn > 0);
    }

    private static ScheduleChange of(DoctorSchedule s, Kind kind, String before, String after, boolean needsAction) {
        return new ScheduleChange(s.id, s.kodepoli, s.kodedokter, s.namadokter, s.tanggal, s.jampraktek, kind, before,
                after, s.heldJkn + s.heldNonJkn, needsAction);
    }

    private static String quotas(int jkn, int nonJkn) {
        return "JKN " + jkn + ", non-JKN " + nonJkn;
    }
}
