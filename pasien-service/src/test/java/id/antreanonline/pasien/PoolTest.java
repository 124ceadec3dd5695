package id.antreanonline.pasien;

import id.antreanonline.edge.identity.Callers;
import id.antreanonline.testsupport.Credentials;
import id.antreanonline.testsupport.PoolContract;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class PoolTest extends PoolContract {

    @Override
    protected String requestThatUsesTheDatabase() {
        return get("/internal/pasien?nik=3171000000000001",
                "Authorization: " + Credentials.service(Callers.ANTREAN_SERVICE, Callers.PASIEN_SERVICE));
    }
}
