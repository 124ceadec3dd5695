package id.antreanonline.gateway;

import id.antreanonline.testsupport.Credentials;
import id.antreanonline.testsupport.PoolContract;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class PoolTest extends PoolContract {

    @Override
    protected String requestThatUsesTheDatabase() {
        return get("/bpjs/deliveries?status=PARKED", "Authorization: " + Credentials.staff("admin", "admin"));
    }
}
