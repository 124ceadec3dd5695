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
    protected String stranger() {
        return Callers.VCLAIM_GATEWAY;
    }
}
