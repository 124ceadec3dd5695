package id.antreanonline.antrean.service;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A small file of records read whole, each line's fields by name: CSV (a header line naming the columns; comma or
 * semicolon; {@code ""} quotes a quote) or NDJSON (one JSON object per line). Each record keeps its line number, so a
 * refusal can name it. In NDJSON an array of objects is read as the CSV writes it: each object's values joined by
 * {@code :}, the objects separated by spaces (a migrated booking's {@code tasks}: {@code "1:1767225600000 2:..."}).
 */
public final class FieldLines {

    public enum Format {
        CSV, NDJSON;

        /** {@code format=} when given, else the Content-Type's subtype; 415 with what to send otherwise. */
        public static Format of(String format, String contentSubtype) {
            String f = format != null && !format.isBlank() ? format.strip().toLowerCase(Locale.ROOT)
                    : contentSubtype == null ? "" : contentSubtype.toLowerCase(Locale.ROOT);
            return switch (f) {
                case "csv" -> CSV;
                case "ndjson", "x-ndjson", "jsonl", "x-jsonlines", "json" -> NDJSON;
                default -> throw new StaffRefused(415, "Format berkas tidak dikenali: kirim text/csv atau "
                        + "application/x-ndjson, atau format=csv|ndjson");
            };
        }
    }

    /** One line: its fields by lower-case name (values trimmed, blanks left out), or why it cannot be read. */
    public record Line(long number, Map<String, String> fields, String unreadable) {

        public String get(String name) {
            return fields.get(name);
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private FieldLines() {
    }

    public static List<Line> read(Format format, String text) {
        String[] lines = (text.startsWith("\uFEFF") ? text.substring(1) : text).split("\r?\n", -1);
        return format == Format.NDJSON ? ndjson(lines) : csv(lines);
    }

    private static String csvOf(JsonNode array) {
        List<String> objects = new ArrayList<>();
        for (JsonNode item : array) {
            List<String> values = new ArrayList<>();
            item.elements().forEachRemaining(v -> values.add(v.asText()));
            objects.add(String.join(":", values));
        }
        return String.join(" ", objects);
    }

    private static List<Line> ndjson(String[] lines) {
        List<Line> read = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].isBlank()) {
                continue;
            }
            JsonNode node;
            try {
                node = JSON.readTree(lines[i]);
            } catch (Exception e) {
                node = null;
            }
            if (node == null || !node.isObject()) {
                read.add(new Line(i + 1, Map.of(), "Baris bukan objek JSON"));
                continue;
            }
            Map<String, String> fields = new LinkedHashMap<>();
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext();) {
                Map.Entry<String, JsonNode> f = it.next();
                JsonNode value = f.getValue();
                put(fields, f.getKey(), value.isNull() ? null : value.isArray() ? csvOf(value) : value.asText());
            }
            read.add(new Line(i + 1, fields, null));
        }
        return read;
    }

    private static List<Line> csv(String[] lines) {
        List<Line> read = new ArrayList<>();
        List<String> header = null;
        char delimiter = ',';
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].isBlank()) {
                continue;
            }
            if (header == null) {
                delimiter = lines[i].indexOf(';') >= 0 && lines[i].indexOf(',') < 0 ? ';' : ',';
                header = split(lines[i], delimiter);
                if (header == null) {
                    throw new StaffRefused(400, "Baris " + (i + 1) + ": header tidak dapat dibaca");
                }
                continue;
            }
            List<String> values = split(lines[i], delimiter);
            if (values == null || values.size() != header.size()) {
                read.add(new Line(i + 1, Map.of(), "Jumlah kolom tidak sesuai dengan header"));
                continue;
            }
            Map<String, String> fields = new LinkedHashMap<>();
            for (int c = 0; c < header.size(); c++) {
                put(fields, header.get(c), values.get(c));
            }
            read.add(new Line(i + 1, fields, null));
        }
        return read;
    }

    /** The values of one CSV line; null when a quote is left open. */
    private static List<String> split(String line, char delimiter) {
        List<String> values = new ArrayList<>();
        StringBuilder value = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char ch = line.charAt(i);
            if (quoted && ch == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                value.append('"');
                i++;
            } else if (ch == '"') {
                quoted = !quoted;
            } else if (ch == delimiter && !quoted) {
                values.add(value.toString());
                value.setLength(0);
            } else {
                value.append(ch);
            }
        }
        values.add(value.toString());
        return quoted ? null : values;
    }

    private static void put(Map<String, String> fields, String name, String value) {
        if (value != null && !value.isBlank()) {
            fields.put(name.trim().toLowerCase(Locale.ROOT), value.trim());
        }
    }
}
