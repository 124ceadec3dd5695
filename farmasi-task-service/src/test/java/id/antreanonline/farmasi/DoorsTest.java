package id.antreanonline.farmasi;

import java.util.Set;

import id.antreanonline.edge.identity.Callers;
import id.antreanonline.testsupport.DoorsContract;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class DoorsTest extends DoorsContract {

    @Override
    protected Set<String> publicOperations() {
        return Set.of("POST /api/auth/login", "GET /api/display/poli/{kodepoli}", "GET /api/display/farmasi",
                "GET /api/display/stream");
    }

    @Override
    protected Set<String> simrsOperations() {
        return Set.of("POST /api/tasks", "GET /api/tasks/{kodebooking}", "GET /api/antrean/admisi",
                "GET /api/antrean/poli/{kodepoli}", "GET /api/antrean/farmasi");
    }

    /** The kiosk prints the ticket after a check-in or a number (nothing personal on it). */
    @Override
    protected Set<String> kioskOperations() {
        return Set.of("GET /api/tiket/{kodebooking}", "GET /api/tiket/{kodebooking}/qr.svg",
                "GET /api/tiket/{kodebooking}.pdf");
    }

    @Override
    protected String stranger() {
        return Callers.VCLAIM_GATEWAY;
    }
}
