package id.antreanonline.shared.bpjs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

class BpjsCryptoTest {

    @Test
    void signatureMatchesTheSeedsTestVector() {
        // message "aaa", key "bbb" (contract section 4); consId "aa" + "&" + timestamp "" would differ, so test the HMAC itself
        assertEquals("20BKS3PWnD3XU4JbSSZvVlGi2WWnDa8Sv9uHJ+wsELA=", BpjsCrypto.hmacSha256Base64("bbb", "aaa"));
    }

    @Test
    void signatureIsConsIdAmpersandTimestamp() {
        String sig = BpjsCrypto.signature("1234", "s3cr3t", "1700000000");
        assertEquals(BpjsCrypto.hmacSha256Base64("s3cr3t", "1234&1700000000"), sig);
        assertTrue(BpjsCrypto.signatureMatches("1234", "s3cr3t", "1700000000", sig));
        assertFalse(BpjsCrypto.signatureMatches("1234", "s3cr3t", "1700000001", sig));
        assertFalse(BpjsCrypto.signatureMatches("1234", "s3cr3t", "1700000000", null));
    }

    @Test
    void decryptsAResponseEncryptedByNodeCryptoAndLzString() throws IOException {
        Map<String, String> v;
        try (InputStream in = getClass().getResourceAsStream("/bpjs-response-vector.json")) {
            v = new ObjectMapper().readValue(in, new TypeReference<>() {
            });
        }
        assertEquals(v.get("json"),
                BpjsCrypto.decryptResponse(v.get("encrypted"), v.get("consId"), v.get("secret"), v.get("timestamp")));
        assertEquals(v.get("encrypted"),
                BpjsCrypto.encryptResponse(v.get("json"), v.get("consId"), v.get("secret"), v.get("timestamp")));
    }

    @Test
    void aResponseOnlyDecryptsWithTheTimestampThatWasSent() {
        String encrypted = BpjsCrypto.encryptResponse("{\"a\":1}", "1234", "s3cr3t", "1700000000");
        assertThrows(BpjsCrypto.BpjsDecryptionException.class,
                () -> BpjsCrypto.decryptResponse(encrypted, "1234", "s3cr3t", "1700000001"));
        assertThrows(BpjsCrypto.BpjsDecryptionException.class,
                () -> BpjsCrypto.decryptResponse("<html>Service Unavailable</html>", "1234", "s3cr3t", "1700000000"));
    }
}
