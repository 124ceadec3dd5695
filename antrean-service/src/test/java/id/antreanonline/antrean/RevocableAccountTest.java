package id.antreanonline.antrean;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;

import org.junit.jupiter.api.Test;

/** Revocation by whole seconds (a token's iat) never lets a token issued before it through. */
class RevocableAccountTest {

    @Test
    void aTokenIssuedInTheSameSecondAsARevocationIsRefused() {
        StaffAccount account = new StaffAccount();
        Instant now = Instant.ofEpochSecond(1_000, 100_000_000);
        long issued = account.tokenIssuedAt(now);
        account.revokeTokens(now.plusMillis(10));
        assertTrue(issued < account.tokensValidAfter);
    }

    @Test
    void aSecondRevocationWithinTheSecondRefusesTheTokenIssuedAfterTheFirst() {
        // the console's password change revokes and hands out a new token; the Secret's password then applies at once
        StaffAccount account = new StaffAccount();
        Instant now = Instant.ofEpochSecond(1_000, 100_000_000);
        account.revokeTokens(now);
        long issued = account.tokenIssuedAt(now.plusMillis(10));
        account.revokeTokens(now.plusMillis(20));
        assertTrue(issued < account.tokensValidAfter);
        assertTrue(account.tokenIssuedAt(now.plusMillis(30)) >= account.tokensValidAfter, "a new token is born valid");
    }
}
