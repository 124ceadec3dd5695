package id.antreanonline.shared.bpjs;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Base64;

import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * BPJS's signature and response encryption (contract section 4).
 * <ul>
 * <li>X-signature = Base64(HMAC-SHA256(key = secret, message = consId + "&amp;" + timestamp))</li>
 * <li>response = Base64(AES-256-CBC(LZString.compressToEncodedURIComponent(json))) with key = SHA-256(consId +
 * secret + timestamp) and IV = its first 16 bytes, PKCS#7 padding</li>
 * </ul>
 * The timestamp is the exact X-timestamp string of the request (UTC epoch seconds).
 */
public final class BpjsCrypto {

    private BpjsCrypto() {
    }

    public static String signature(String consId, String secret, String timestamp) {
        return hmacSha256Base64(secret, consId + "&" + timestamp);
    }

    static String hmacSha256Base64(String key, String message) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return Base64.getEncoder().encodeToString(mac.doFinal(message.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 unavailable", e);
        }
    }

    /** Constant-time comparison of a received signature with the expected one. */
    public static boolean signatureMatches(String consId, String secret, String timestamp, String received) {
        if (received == null) {
            return false;
        }
        byte[] expected = signature(consId, secret, timestamp).getBytes(StandardCharsets.UTF_8);
        return MessageDigest.isEqual(expected, received.getBytes(StandardCharsets.UTF_8));
    }

    /** What BPJS does to a response: compress the JSON, encrypt, Base64. */
    public static String encryptResponse(String json, String consId, String secret, String timestamp) {
        byte[] plain = LzString.compressToEncodedURIComponent(json).getBytes(StandardCharsets.UTF_8);
        return Base64.getEncoder().encodeToString(cipher(Cipher.ENCRYPT_MODE, consId, secret, timestamp, plain));
    }

    /**
     * Undoes {@link #encryptResponse}.
     *
     * @throws BpjsDecryptionException when the text is not a response encrypted with these credentials
     */
    public static String decryptResponse(String encrypted, String consId, String secret, String timestamp) {
        byte[] cipherText;
        try {
            cipherText = Base64.getDecoder().decode(encrypted.trim());
        } catch (IllegalArgumentException e) {
            throw new BpjsDecryptionException("response is not Base64");
        }
        byte[] plain;
        try {
            plain = cipher(Cipher.DECRYPT_MODE, consId, secret, timestamp, cipherText);
        } catch (IllegalStateException e) {
            throw new BpjsDecryptionException("response does not decrypt with this key and timestamp");
        }
        String json = LzString.decompressFromEncodedURIComponent(new String(plain, StandardCharsets.UTF_8));
        if (json == null || json.isEmpty()) {
            throw new BpjsDecryptionException("decrypted response is not LZ-String data");
        }
        return json;
    }

    private static byte[] cipher(int mode, String consId, String secret, String timestamp, byte[] input) {
        try {
            byte[] key = MessageDigest.getInstance("SHA-256")
                    .digest((consId + secret + timestamp).getBytes(StandardCharsets.UTF_8));
            Cipher cipher = Cipher.getInstance("AES/CBC/PKCS5Padding");
            cipher.init(mode, new SecretKeySpec(key, "AES"), new IvParameterSpec(Arrays.copyOf(key, 16)));
            return cipher.doFinal(input);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES failed: " + e.getClass().getSimpleName(), e);
        }
    }

    /** The response could not be decrypted: wrong credentials, wrong timestamp, or not BPJS's format. */
    public static final class BpjsDecryptionException extends RuntimeException {
        public BpjsDecryptionException(String message) {
            super(message);
        }
    }
}
