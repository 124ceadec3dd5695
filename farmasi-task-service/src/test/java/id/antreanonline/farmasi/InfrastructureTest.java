package id.antreanonline.farmasi;

import id.antreanonline.testsupport.ServiceInfrastructureContract;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class InfrastructureTest extends ServiceInfrastructureContract {

    @Override
    protected String database() {
        return "farmasi";
    }
}
