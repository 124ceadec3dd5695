package id.antreanonline.antrean;

import id.antreanonline.testsupport.PoolContract;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class PoolTest extends PoolContract {

    @Override
    protected String requestThatUsesTheDatabase() {
        return post("/wsrs/statusantrean",
                "{\"kodepoli\":\"ANA\",\"kodedokter\":\"1\",\"tanggalperiksa\":\"2030-01-02\",\"jampraktek\":\"08:00-12:00\"}",
                "x-token: " + Fixtures.wsrsToken(), "x-username: " + Fixtures.WSRS_USER);
    }
}
