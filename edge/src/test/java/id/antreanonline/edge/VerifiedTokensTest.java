package id.antreanonline.edge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

class VerifiedTokensTest {

    private final AtomicLong now = new AtomicLong(1_000_000_000_000L);
    private final VerifiedTokens tokens = new VerifiedTokens(now::get);

    @Test
    void aVerifiedTokenIsKnownWithItsUsernameUntilItExpiresThenCheckedInFullAgain() {
        long expiresAtSeconds = now.get() / 1000 + 3600;
        tokens.remember("t1", "bpjs", expiresAtSeconds);

        now.set(expiresAtSeconds * 1000 - 1);
        assertEquals("bpjs", tokens.get("t1").username());

        now.set(expiresAtSeconds * 1000);
        assertNull(tokens.get("t1"));
        assertEquals(0, tokens.size());
    }

    @Test
    void aTokenWithoutAnExpiryIsNeverKept() {
        tokens.remember("t2", "bpjs", 0);
        assertNull(tokens.get("t2"));
    }

    @Test
    void aTokenNeverRememberedIsUnknown() {
        tokens.remember("t3", "bpjs", now.get() / 1000 + 60);
        assertNull(tokens.get("t3x"));
    }

    @Test
    void aFullCacheStartsEmptyRatherThanGrowing() {
        long later = now.get() / 1000 + 3600;
        for (int i = 0; i < VerifiedTokens.MAX_TOKENS; i++) {
            tokens.remember("t" + i, "bpjs", later);
        }
        tokens.remember("one-more", "bpjs", later);

        assertEquals(1, tokens.size());
        assertEquals("bpjs", tokens.get("one-more").username());
    }
}
