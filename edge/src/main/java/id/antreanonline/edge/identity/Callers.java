package id.antreanonline.edge.identity;

import java.util.Set;

/**
 * The services that call one another, by the name each signs its service credential with. Each name is also the
 * role its verified credential carries, so an endpoint names its callers in {@code @RolesAllowed} beside staff
 * roles: {@code @RolesAllowed({"admin", Callers.ANTREAN_SERVICE})}. Staff roles (admin, admisi, poli, farmasi) and
 * these names never overlap.
 */
public final class Callers {

    public static final String ANTREAN_SERVICE = "antrean-service";
    public static final String PASIEN_SERVICE = "pasien-service";
    public static final String FARMASI_TASK_SERVICE = "farmasi-task-service";
    public static final String VCLAIM_GATEWAY = "vclaim-gateway";

    public static final Set<String> SERVICES = Set.of(ANTREAN_SERVICE, PASIEN_SERVICE, FARMASI_TASK_SERVICE,
            VCLAIM_GATEWAY);

    private Callers() {
    }
}
