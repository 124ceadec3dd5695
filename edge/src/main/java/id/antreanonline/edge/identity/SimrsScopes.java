package id.antreanonline.edge.identity;

import java.util.Set;

/**
 * What a SIMRS client's token may do: each scope is a role its token carries in {@code groups}, so an endpoint a SIMRS
 * legitimately calls lists the scope in {@code @RolesAllowed} beside the staff roles. A SIMRS token carries these and
 * nothing else: never a staff role (admin, admisi, poli, farmasi), never a service's name ({@link Callers}).
 */
public final class SimrsScopes {

    /** The patient master: pasien-service's import and single-patient upsert must list it. */
    public static final String PATIENTS = "simrs-patients";
    /** Onsite bookings and the hospital's cancellations (antrean-service {@code /api/antrean}). */
    public static final String ONSITE = "simrs-onsite";
    /** Task steps with their real times (farmasi-task-service {@code POST /api/tasks}), under the stations' rules. */
    public static final String TASKS = "simrs-tasks";
    /** Today's queues, a day's schedules, a visit's timeline, the code mapping. */
    public static final String READ = "simrs-read";
    /** The code mapping kept by the SIMRS itself, one code at a time (a SIMRS whose mapping tables are the truth). */
    public static final String CODES = "simrs-codes";

    public static final Set<String> ALL = Set.of(PATIENTS, ONSITE, TASKS, READ, CODES);

    /**
     * A client's tokens name it {@code simrs:<client id>} (their principal, and their key on antrean.staff-accounts):
     * staff usernames cannot hold a colon, so a client is never taken for a staff member, in revocation or in logs.
     */
    public static final String PRINCIPAL_PREFIX = "simrs:";

    private SimrsScopes() {
    }

    public static String principalOf(String clientId) {
        return PRINCIPAL_PREFIX + clientId;
    }
}
