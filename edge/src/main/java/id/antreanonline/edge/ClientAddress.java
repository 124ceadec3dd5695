package id.antreanonline.edge;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import io.netty.util.NetUtil;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.net.SocketAddress;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

/**
 * The address of the caller, as the login throttles and the display streams' caps count it. X-Forwarded-For is
 * believed only from a trusted proxy ({@code antrean.http.trusted-proxies}: addresses or CIDR blocks, none by
 * default): the header is read from the right, skipping the entries of trusted proxies, and the first address no
 * trusted proxy stands behind is the caller. Entries further left were written by the caller itself and prove nothing.
 */
@Singleton
public class ClientAddress {

    private final List<Network> trustedProxies;

    @Inject
    ClientAddress(TrustedProxies config) {
        this(config.trustedProxies().orElse(List.of()));
    }

    ClientAddress(List<String> trustedProxies) {
        this.trustedProxies = trustedProxies.stream().map(String::trim).filter(s -> !s.isEmpty())
                .map(Network::parse).toList();
    }

    public String of(HttpServerRequest request) {
        SocketAddress peer = request.remoteAddress();
        return of(peer == null ? null : peer.hostAddress(), request.headers().getAll("X-Forwarded-For"));
    }

    /** The caller behind {@code peer}, given the X-Forwarded-For headers in the order they arrived. */
    String of(String peer, List<String> forwardedFor) {
        byte[] current = ipOf(peer);
        if (current == null) {
            return peer == null ? "" : peer;
        }
        List<String> hops = new ArrayList<>();
        for (String header : forwardedFor) {
            hops.addAll(Arrays.asList(header.split(",")));
        }
        for (int i = hops.size() - 1; i >= 0 && isTrusted(current); i--) {
            byte[] hop = ipOf(hops.get(i));
            if (hop == null) {
                // a proxy we trust writes addresses: anything else came from further left, so stop at what we know
                break;
            }
            current = hop;
        }
        return NetUtil.bytesToIpAddress(current);
    }

    private boolean isTrusted(byte[] address) {
        return trustedProxies.stream().anyMatch(n -> n.contains(address));
    }

    /** An IP literal (optionally with a port, IPv6 in brackets) as 4 or 16 bytes, or null: never a DNS lookup. */
    static byte[] ipOf(String text) {
        if (text == null) {
            return null;
        }
        String s = text.trim();
        if (s.startsWith("[")) {
            int end = s.indexOf(']');
            s = end < 0 ? "" : s.substring(1, end);
        } else if (s.indexOf(':') > 0 && s.indexOf(':') == s.lastIndexOf(':')) {
            s = s.substring(0, s.indexOf(':'));
        }
        byte[] bytes = NetUtil.createByteArrayFromIpAddressString(s);
        if (bytes != null && bytes.length == 16 && isIpv4Mapped(bytes)) {
            return Arrays.copyOfRange(bytes, 12, 16);
        }
        return bytes;
    }

    private static boolean isIpv4Mapped(byte[] b) {
        for (int i = 0; i < 10; i++) {
            if (b[i] != 0) {
                return false;
            }
        }
        return b[10] == (byte) 0xff && b[11] == (byte) 0xff;
    }

    /** An address or a CIDR block, IPv4 or IPv6. */
    private record Network(byte[] base, int prefixBits) {

        static Network parse(String text) {
            int slash = text.indexOf('/');
            byte[] base = ipOf(slash < 0 ? text : text.substring(0, slash));
            if (base == null) {
                throw new IllegalArgumentException("antrean.http.trusted-proxies: not an address or CIDR: " + text);
            }
            int bits = base.length * 8;
            if (slash >= 0) {
                try {
                    bits = Integer.parseInt(text.substring(slash + 1));
                } catch (NumberFormatException e) {
                    bits = -1;
                }
                if (bits < 0 || bits > base.length * 8) {
                    throw new IllegalArgumentException("antrean.http.trusted-proxies: bad prefix length: " + text);
                }
            }
            return new Network(base, bits);
        }

        boolean contains(byte[] address) {
            if (address.length != base.length) {
                return false;
            }
            int full = prefixBits / 8;
            for (int i = 0; i < full; i++) {
                if (address[i] != base[i]) {
                    return false;
                }
            }
            int rest = prefixBits % 8;
            if (rest == 0) {
                return true;
            }
            int mask = (0xff << (8 - rest)) & 0xff;
            return (address[full] & mask) == (base[full] & mask);
        }
    }
}
