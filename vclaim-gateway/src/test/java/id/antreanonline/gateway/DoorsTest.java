package id.antreanonline.gateway;

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
    protected Set<String> kioskOperations() {
        return Set.of("GET /bpjs/anjungan/peserta");
    }

    @Override
    protected String stranger() {
        return Callers.FARMASI_TASK_SERVICE;
    }
}
