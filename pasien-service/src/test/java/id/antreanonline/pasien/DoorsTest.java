package id.antreanonline.pasien;

import java.util.Set;

import id.antreanonline.edge.identity.Callers;
import id.antreanonline.testsupport.DoorsContract;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class DoorsTest extends DoorsContract {

    @Override
    protected Set<String> publicOperations() {
        return Set.of();
    }

    @Override
    protected Set<String> simrsOperations() {
        return Set.of("POST /api/pasien/impor", "GET /api/pasien/impor", "GET /api/pasien/impor/{id}",
                "GET /api/pasien/impor/{id}/ditolak", "PUT /api/pasien/sinkron/{norm}");
    }

    @Override
    protected String stranger() {
        return Callers.VCLAIM_GATEWAY;
    }
}
