package id.antreanonline.farmasi.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** antrean's login throttle must count the nurse's browser, not farmasi-task-service, as the caller. */
class AuthForwardingTest {

    @Test
    void theBrowserIsNamedAsTheCaller() {
        assertEquals("10.1.2.3", AuthResource.forwardedFor(null, "10.1.2.3"));
    }

    @Test
    void aChainFromTheIngressIsKeptAndOurPeerAdded() {
        assertEquals("203.0.113.9, 10.0.0.5", AuthResource.forwardedFor("203.0.113.9", "10.0.0.5"));
    }
}
