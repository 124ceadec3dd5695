package id.antreanonline.antrean;

/** The places of a schedule held by bookings that were not cancelled, per kind of patient. */
public record HeldPlaces(int jkn, int nonJkn) {

    public int of(PatientKind kind) {
        return kind == PatientKind.JKN ? jkn : nonJkn;
    }

    /** The places once one more booking of this kind holds one. */
    public HeldPlaces plusOne(PatientKind kind) {
        return kind == PatientKind.JKN ? new HeldPlaces(jkn + 1, nonJkn) : new HeldPlaces(jkn, nonJkn + 1);
    }

    public boolean full(PatientKind kind, DoctorSchedule s) {
        return of(kind) >= s.quotaOf(kind);
    }

    public int jknLeft(DoctorSchedule s) {
        return Math.max(0, s.kuotaJkn - jkn);
    }

    public int nonJknLeft(DoctorSchedule s) {
        return Math.max(0, s.kuotaNonJkn - nonJkn);
    }
}
