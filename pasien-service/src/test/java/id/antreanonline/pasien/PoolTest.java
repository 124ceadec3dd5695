package id.antreanonline.pasien;

import id.antreanonline.testsupport.PoolContract;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class PoolTest extends PoolContract {

    @Override
    protected String requestThatUsesTheDatabase() {
        return get("/internal/pasien?nik=3171000000000001");
    }
}
