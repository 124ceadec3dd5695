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
 * The bookings a previous queue system exported, as lines of fields by name: NDJSON (one object per line, {@code tasks}
 * an array of {@code {"taskid", "waktu"}}) or CSV (a header line; comma or semicolon; {@code tasks} as
 * {@code "1:1767225600000 2:1767226200000"}). A go-live migration is a few thousand bookings at most, so the file is
 * read whole.
 */
public final class MigrationFile {

    public enum Format {
        CSV, NDJSON
    }

    /** One booking line: its fields by lower-case name (values trimmed, blanks left out), or why it cannot be read. */
    record Line(long number, Map<String, String> fields, String unreadable) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private MigrationFile() {
    }

    static List<Line> read(Format format, String text) {
        String[] lines = (text.startsWith("\uFEFF") ? text.substring(1) : text).split("\r?\n", -1);
        return format == Format.NDJSON ? ndjson(lines) : csv(lines);
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
                String value = f.getValue().isArray() ? tasksOf(f.getValue()) : f.getValue().asText();
                put(fields, f.getKey(), f.getValue().isNull() ? null : value);
            }
            read.add(new Line(i + 1, fields, null));
        }
        return read;
    }

    /** NDJSON's task array in the CSV's notation, so one reader parses both. */
    private static String tasksOf(JsonNode array) {
        StringBuilder text = new StringBuilder();
        for (JsonNode task : array) {
            text.append(task.path("taskid").asText()).append(':').append(task.path("waktu").asText()).append(' ');
        }
        return text.toString();
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

    /** The values of one CSV line ("" quotes a quote); null when a quote is left open. */
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
