package id.antreanonline.edge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.junit.jupiter.api.Test;

class ClientAddressTest {

    private static ClientAddress trusting(String... proxies) {
        return new ClientAddress(List.of(proxies));
    }

    @Test
    void withoutTrustedProxiesTheConnectionIsTheCaller() {
        assertEquals("10.0.0.5", trusting().of("10.0.0.5", List.of("198.51.100.7")));
    }

    @Test
    void aTrustedProxyNamesTheCallerItForwards() {
        assertEquals("198.51.100.7", trusting("10.0.0.0/8").of("10.1.2.3", List.of("198.51.100.7")));
    }

    @Test
    void anUntrustedPeerCannotNameAnotherCaller() {
        assertEquals("10.0.0.2", trusting("10.0.0.1").of("10.0.0.2", List.of("198.51.100.7")));
        assertEquals("192.0.2.1", trusting("10.0.0.0/8").of("192.0.2.1", List.of("198.51.100.7")));
    }

    @Test
    void entriesTheCallerWroteLeftOfItsOwnAddressAreIgnored() {
        assertEquals("198.51.100.7",
                trusting("10.0.0.0/8").of("10.0.0.9", List.of("203.0.113.1, 10.0.0.3, 198.51.100.7")));
    }

    @Test
    void aChainOfTrustedProxiesIsWalkedFromTheRight() {
        ClientAddress address = trusting("10.0.0.0/8", "192.168.0.0/16");
        assertEquals("198.51.100.7",
                address.of("10.0.0.1", List.of("203.0.113.1, 198.51.100.7", "192.168.4.4,10.2.2.2")));
    }

    @Test
    void whenEveryHopIsTrustedTheFarthestOneIsTheCaller() {
        assertEquals("10.9.9.9", trusting("10.0.0.0/8").of("10.0.0.1", List.of("10.9.9.9, 10.0.0.2")));
    }

    @Test
    void somethingThatIsNotAnAddressStopsTheWalkAtTheLastTrustedHop() {
        assertEquals("10.0.0.1", trusting("10.0.0.0/8").of("10.0.0.1", List.of("unknown")));
        assertEquals("10.0.0.2", trusting("10.0.0.0/8").of("10.0.0.1", List.of("198.51.100.7, evil.example, 10.0.0.2")));
    }

    @Test
    void ipv6PortsAndMappedAddressesAreUnderstood() {
        assertEquals("2001:db8::1", trusting("fd00::/8").of("fd12::1", List.of("[2001:db8:0::1]:4711")));
        assertEquals("198.51.100.7", trusting("10.0.0.0/8").of("::ffff:10.0.0.1", List.of("198.51.100.7:5000")));
        assertEquals("198.51.100.7", trusting("::1").of("0:0:0:0:0:0:0:1", List.of("198.51.100.7")));
    }

    @Test
    void aPrefixThatIsNotAWholeByteIsHonoured() {
        ClientAddress address = trusting("172.16.0.0/12");
        assertEquals("198.51.100.7", address.of("172.31.255.254", List.of("198.51.100.7")));
        assertEquals("172.32.0.1", address.of("172.32.0.1", List.of("198.51.100.7")));
    }

    @Test
    void aTrustedProxyThatIsNotAnAddressIsAConfigurationError() {
        assertThrows(IllegalArgumentException.class, () -> trusting("ingress.local"));
        assertThrows(IllegalArgumentException.class, () -> trusting("10.0.0.0/33"));
        assertThrows(IllegalArgumentException.class, () -> trusting("10.0.0.0/x"));
    }
}
