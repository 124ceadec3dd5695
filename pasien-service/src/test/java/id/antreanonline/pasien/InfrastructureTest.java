package id.antreanonline.pasien;

import id.antreanonline.testsupport.ServiceInfrastructureContract;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class InfrastructureTest extends ServiceInfrastructureContract {

    @Override
    protected String database() {
        return "pasien";
    }
}
