package id.antreanonline.shared.bpjs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Vectors made by the reference JavaScript lz-string (src/test/js/make-lz-vectors.js). */
class LzStringTest {

    static List<Map<String, String>> vectors() throws IOException {
        try (InputStream in = LzStringTest.class.getResourceAsStream("/lz-string-vectors.json")) {
            return new ObjectMapper().readValue(in, new TypeReference<>() {
            });
        }
    }

    @Test
    void compressesExactlyAsTheJavaScriptLibrary() throws IOException {
        List<Map<String, String>> vectors = vectors();
        assertEquals(30, vectors.size());
        for (Map<String, String> v : vectors) {
            assertEquals(v.get("compressed"), LzString.compressToEncodedURIComponent(v.get("input")),
                    "input of length " + v.get("input").length());
        }
    }

    @Test
    void decompressesWhatTheJavaScriptLibraryCompressed() throws IOException {
        for (Map<String, String> v : vectors()) {
            assertEquals(v.get("input"), LzString.decompressFromEncodedURIComponent(v.get("compressed")));
        }
    }

    @Test
    void garbageIsNotMistakenForData() {
        assertNull(LzString.decompressFromEncodedURIComponent(""));
        assertNull(LzString.decompressFromEncodedURIComponent("<html>"));
    }
}
