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

    @Override
    protected String stranger() {
        return Callers.VCLAIM_GATEWAY;
    }
}
