package id.antreanonline.farmasi.rest;

import java.util.Set;

import id.antreanonline.edge.identity.SimrsScopes;
import jakarta.ws.rs.core.SecurityContext;

/**
 * Which station may record which task: admission 2 and 3, poli 4 and 5, pharmacy 6 and 7, any station 99; a SIMRS
 * recording its own stations' steps (scope simrs-tasks) 2 to 7 and 99.
 */
final class StationRoles {

    static final String ADMIN = "admin";
    static final String ADMISI = "admisi";
    static final String POLI = "poli";
    static final String FARMASI = "farmasi";

    private StationRoles() {
    }

    static boolean mayRecord(SecurityContext caller, int taskid) {
        if (caller.isUserInRole(ADMIN)) {
            return true;
        }
        return switch (taskid) {
            case 2, 3 -> caller.isUserInRole(ADMISI) || caller.isUserInRole(SimrsScopes.TASKS);
            case 4, 5 -> caller.isUserInRole(POLI) || caller.isUserInRole(SimrsScopes.TASKS);
            case 6, 7 -> caller.isUserInRole(FARMASI) || caller.isUserInRole(SimrsScopes.TASKS);
            case 99 -> Set.of(ADMISI, POLI, FARMASI, SimrsScopes.TASKS).stream().anyMatch(caller::isUserInRole);
            // task 1 is the check-in (kiosk or Mobile JKN), only an administrator records it by hand
            default -> false;
        };
    }
}
