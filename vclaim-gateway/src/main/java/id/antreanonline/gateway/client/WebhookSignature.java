package id.antreanonline.gateway.client;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The signature of a webhook to the SIMRS: {@code sha256=} and the lowercase hex HMAC-SHA256, keyed with the shared
 * secret, of the timestamp header, a dot and the body as sent ({@code <timestamp>.<body>}, UTF-8). The timestamp
 * inside the signed text lets the SIMRS refuse an old request replayed by someone who captured it.
 */
public final class WebhookSignature {

    public static final String PREFIX = "sha256=";

    private WebhookSignature() {
    }

    public static String of(String secret, String timestamp, String body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            byte[] digest = mac.doFinal((timestamp + "." + body).getBytes(StandardCharsets.UTF_8));
            return PREFIX + HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }

    /** Compared in constant time, as a receiver should. */
    public static boolean matches(String secret, String timestamp, String body, String received) {
        return received != null && MessageDigest.isEqual(of(secret, timestamp, body).getBytes(StandardCharsets.UTF_8),
                received.getBytes(StandardCharsets.UTF_8));
    }
}
