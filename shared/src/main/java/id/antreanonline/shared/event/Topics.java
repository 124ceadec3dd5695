package id.antreanonline.shared.event;

/**
 * Kafka topics. Every record is keyed by {@code kodebooking} (patients by {@code norm}), so one booking's
 * events stay in one partition, in order. Every payload carries an {@code eventId} consumers use to drop
 * duplicates.
 */
public final class Topics {

    /** {@link BookingEvent}: created, cancelled, checked in. From antrean-service. */
    public static final String BOOKINGS = "antrean.bookings";
    /**
     * {@link VisitEvent}: the same changes as {@link #BOOKINGS}, written in the same transaction, without the patient's
     * NIK, card number and phone: what the stations need. From antrean-service.
     */
    public static final String VISITS = "antrean.visits";
    /** {@link TaskEvent}: accepted task transitions and pharmacy numbers. From farmasi-task-service. */
    public static final String TASKS = "antrean.tasks";
    /** {@link DeliveryOutcomeEvent}: what BPJS answered. From vclaim-gateway. */
    public static final String DELIVERY_OUTCOMES = "antrean.delivery-outcomes";
    /** {@link PatientEvent}: registered, completed at admission. From pasien-service. */
    public static final String PATIENTS = "pasien.patients";
    /**
     * {@link StaffAccountEvent}: an account's tokens revoked, disabled or enabled. From antrean-service, keyed by
     * username, compacted: the last record of each account is its state, read from the start by every service.
     */
    public static final String STAFF_ACCOUNTS = "antrean.staff-accounts";

    private Topics() {
    }
}
