package id.antreanonline.farmasi;

import id.antreanonline.testsupport.PoolContract;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class PoolTest extends PoolContract {

    @Override
    protected String requestThatUsesTheDatabase() {
        return get("/api/display/poli/ANA");
    }
}
