package id.antreanonline.farmasi.display;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

import id.antreanonline.edge.RequestRefused;

class StreamQuotaTest {

    private final StreamQuota quota = new StreamQuota(2, 3, 30);

    @Test
    void aCallerBeyondItsShareIsToldWhenToTryAgain() {
        quota.take("10.0.0.1");
        quota.take("10.0.0.1");
        RequestRefused refused = assertThrows(RequestRefused.class, () -> quota.take("10.0.0.1"));
        assertEquals(429, refused.status());
        assertEquals(30, refused.retryAfterSeconds());
        quota.take("10.0.0.2");
    }

    @Test
    void allCallersTogetherHoldAtMostTheTotal() {
        quota.take("10.0.0.1");
        quota.take("10.0.0.2");
        quota.take("10.0.0.3");
        assertEquals(429, assertThrows(RequestRefused.class, () -> quota.take("10.0.0.4")).status());
    }

    @Test
    void aPlaceGivenBackCanBeTakenAgainButOnlyOnce() {
        StreamQuota.Place first = quota.take("10.0.0.1");
        quota.take("10.0.0.1");
        first.giveBack();
        first.giveBack();
        quota.take("10.0.0.1");
        assertThrows(RequestRefused.class, () -> quota.take("10.0.0.1"));
    }
}
