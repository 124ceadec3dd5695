package id.antreanonline.shared.bpjs;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The two LZ-String functions BPJS uses, {@code compressToEncodedURIComponent} and
 * {@code decompressFromEncodedURIComponent}, output-compatible with the JavaScript {@code lz-string} package
 * (strings are UTF-16 code units in both languages, so a Java {@code char} is a JS char).
 */
public final class LzString {

    private static final String URI_SAFE = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+-$";
    private static final int[] URI_SAFE_VALUE = new int[128];

    static {
        java.util.Arrays.fill(URI_SAFE_VALUE, -1);
        for (int i = 0; i < URI_SAFE.length(); i++) {
            URI_SAFE_VALUE[URI_SAFE.charAt(i)] = i;
        }
    }

    private LzString() {
    }

    public static String compressToEncodedURIComponent(String input) {
        if (input == null) {
            return "";
        }
        return compress(input, 6);
    }

    /**
     * @return the decompressed text, or {@code null} when the input is not LZ-String output (as the JS library
     *         answers null)
     */
    public static String decompressFromEncodedURIComponent(String input) {
        if (input == null) {
            return "";
        }
        if (input.isEmpty()) {
            return null;
        }
        String data = input.replace(' ', '+');
        for (int i = 0; i < data.length(); i++) {
            char c = data.charAt(i);
            if (c >= 128 || URI_SAFE_VALUE[c] < 0) {
                return null;
            }
        }
        return decompress(data);
    }

    /** Bit writer: LZ-String packs codes into characters of {@code bitsPerChar} bits. */
    private static final class Output {
        private final int bitsPerChar;
        private final StringBuilder out = new StringBuilder();
        private int value;
        private int position;

        Output(int bitsPerChar) {
            this.bitsPerChar = bitsPerChar;
        }

        /** Writes {@code count} bits of {@code bits}, least significant first. */
        void writeBits(int bits, int count) {
            for (int i = 0; i < count; i++) {
                value = (value << 1) | (bits & 1);
                if (position == bitsPerChar - 1) {
                    position = 0;
                    out.append(URI_SAFE.charAt(value));
                    value = 0;
                } else {
                    position++;
                }
                bits >>= 1;
            }
        }

        String finish() {
            while (true) {
                value <<= 1;
                if (position == bitsPerChar - 1) {
                    out.append(URI_SAFE.charAt(value));
                    return out.toString();
                }
                position++;
            }
        }
    }

    private static String compress(String input, int bitsPerChar) {
        Map<String, Integer> dictionary = new HashMap<>();
        Set<String> toCreate = new HashSet<>();
        String w = "";
        int enlargeIn = 2;
        int dictSize = 3;
        int numBits = 2;
        Output out = new Output(bitsPerChar);

        for (int ii = 0; ii < input.length(); ii++) {
            String c = String.valueOf(input.charAt(ii));
            if (!dictionary.containsKey(c)) {
                dictionary.put(c, dictSize++);
                toCreate.add(c);
            }
            String wc = w + c;
            if (dictionary.containsKey(wc)) {
                w = wc;
                continue;
            }
            if (toCreate.contains(w)) {
                writeLiteral(out, w.charAt(0), numBits);
                enlargeIn--;
                if (enlargeIn == 0) {
                    enlargeIn = 1 << numBits;
                    numBits++;
                }
                toCreate.remove(w);
            } else {
                out.writeBits(dictionary.get(w), numBits);
            }
            enlargeIn--;
            if (enlargeIn == 0) {
                enlargeIn = 1 << numBits;
                numBits++;
            }
            dictionary.put(wc, dictSize++);
            w = c;
        }

        if (!w.isEmpty()) {
            if (toCreate.contains(w)) {
                writeLiteral(out, w.charAt(0), numBits);
                enlargeIn--;
                if (enlargeIn == 0) {
                    enlargeIn = 1 << numBits;
                    numBits++;
                }
                toCreate.remove(w);
            } else {
                out.writeBits(dictionary.get(w), numBits);
            }
            enlargeIn--;
            if (enlargeIn == 0) {
                numBits++;
            }
        }
        out.writeBits(2, numBits);
        return out.finish();
    }

    /** A character not yet in the dictionary: marker 0 then 8 bits, or marker 1 then 16 bits. */
    private static void writeLiteral(Output out, char c, int numBits) {
        if (c < 256) {
            out.writeBits(0, numBits);
            out.writeBits(c, 8);
        } else {
            out.writeBits(1, numBits);
            out.writeBits(c, 16);
        }
    }

    /** Bit reader over the URI-safe alphabet (6 bits per character, reset value 32). */
    private static final class Input {
        private final String data;
        private int val;
        private int position = 32;
        private int index = 1;

        Input(String data) {
            this.data = data;
            this.val = URI_SAFE_VALUE[data.charAt(0)];
        }

        int readBits(int count) {
            int bits = 0;
            int maxPower = 1 << count;
            int power = 1;
            while (power != maxPower) {
                int resb = val & position;
                position >>= 1;
                if (position == 0) {
                    position = 32;
                    val = index < data.length() ? URI_SAFE_VALUE[data.charAt(index)] : 0;
                    index++;
                }
                bits |= (resb > 0 ? 1 : 0) * power;
                power <<= 1;
            }
            return bits;
        }
    }

    private static String decompress(String data) {
        java.util.List<String> dictionary = new java.util.ArrayList<>();
        int enlargeIn = 4;
        int numBits = 3;
        StringBuilder result = new StringBuilder();
        Input in = new Input(data);
        for (int i = 0; i < 3; i++) {
            dictionary.add(String.valueOf((char) i));
        }

        String c;
        switch (in.readBits(2)) {
            case 0 -> c = String.valueOf((char) in.readBits(8));
            case 1 -> c = String.valueOf((char) in.readBits(16));
            case 2 -> {
                return "";
            }
            default -> {
                return null;
            }
        }
        dictionary.add(c);
        String w = c;
        result.append(c);
        while (true) {
            if (in.index > data.length()) {
                return "";
            }
            int code = in.readBits(numBits);
            switch (code) {
                case 0 -> {
                    dictionary.add(String.valueOf((char) in.readBits(8)));
                    code = dictionary.size() - 1;
                    enlargeIn--;
                }
                case 1 -> {
                    dictionary.add(String.valueOf((char) in.readBits(16)));
                    code = dictionary.size() - 1;
                    enlargeIn--;
                }
                case 2 -> {
                    return result.toString();
                }
                default -> {
                }
            }
            if (enlargeIn == 0) {
                enlargeIn = 1 << numBits;
                numBits++;
            }
            String entry;
            if (code < dictionary.size()) {
                entry = dictionary.get(code);
            } else if (code == dictionary.size()) {
                entry = w + w.charAt(0);
            } else {
                return null;
            }
            result.append(entry);
            dictionary.add(w + entry.charAt(0));
            enlargeIn--;
            w = entry;
            if (enlargeIn == 0) {
                enlargeIn = 1 << numBits;
                numBits++;
            }
        }
    }
}
