package id.antreanonline.antrean;

import java.util.Set;

import id.antreanonline.edge.identity.Callers;
import id.antreanonline.testsupport.DoorsContract;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class DoorsTest extends DoorsContract {

    @Override
    protected Set<String> publicOperations() {
        return Set.of("POST /api/auth/login", "POST /api/auth/token");
    }

    @Override
    protected Set<String> simrsOperations() {
        return Set.of("POST /api/antrean", "POST /api/antrean/{kodebooking}/batal", "GET /api/simrs-codes",
                "PUT /api/simrs-codes/{kind}/{kodeSimrs}", "DELETE /api/simrs-codes/{kind}/{kodeSimrs}", "GET /api/jadwal");
    }

    @Override
    protected Set<String> kioskOperations() {
        return Set.of("GET /api/anjungan/booking", "POST /api/anjungan/booking/{kodebooking}/checkin",
                "GET /api/anjungan/jadwal", "POST /api/anjungan/antrean", "GET /api/booking/{kodebooking}/tiket");
    }

    @Override
    protected String stranger() {
        return Callers.VCLAIM_GATEWAY;
    }
}
