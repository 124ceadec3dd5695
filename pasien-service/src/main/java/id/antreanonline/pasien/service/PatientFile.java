package id.antreanonline.pasien.service;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import id.antreanonline.pasien.PatientData;

/**
 * A SIMRS's export of its patients, read as it arrives, a few kilobytes at a time: CSV (a header line naming the
 * columns; comma, semicolon, tab or bar between them) or NDJSON (one JSON object per line). Each record comes out
 * with the number of the line it starts on, as a patient or with the reason it cannot be read; nothing but the
 * current line is kept.
 */
public final class PatientFile {

    public enum Format {
        CSV, NDJSON
    }

    /**
     * One record of the file: lines {@code line} to {@code lastLine} (a quoted CSV value may span lines), its text,
     * and the patient it describes or why it cannot be read.
     */
    public record Row(long line, long lastLine, String text, String norm, PatientData data, String unreadable) {
    }

    /** A file that cannot be imported at all (its CSV header names no norm, NIK ...): nothing of it is read. */
    public static final class Unusable extends RequestRefusedException {
        Unusable(String message) {
            super(400, message);
        }
    }

    static final String TOO_LONG = "Baris terlalu panjang";
    public static final String NOT_JSON = "Baris bukan objek JSON";
    static final String WRONG_COLUMNS = "Jumlah kolom tidak sesuai dengan header";

    /** The column names SIMRS exports use, lower case without separators, for each field we read. */
    private static final Map<String, String> COLUMNS = columns();
    private static final List<String> REQUIRED = List.of("norm", "nik", "nama", "jeniskelamin", "tanggallahir");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Format format;
    private final int maxLineLength;
    private final MessageDigest fileDigest;
    private final ByteArrayOutputStream current = new ByteArrayOutputStream();
    private long lines;
    private long bytes;
    private boolean currentTooLong;
    // a CSV record still open after a line (an odd number of quotes so far)
    private StringBuilder pending;
    private long pendingLine;
    private boolean pendingTooLong;
    private char delimiter;
    private String[] header;

    public PatientFile(Format format, int maxLineLength) {
        this.format = format;
        this.maxLineLength = maxLineLength;
        this.fileDigest = sha256();
    }

    /** The records completed by these bytes. */
    public List<Row> feed(byte[] chunk) {
        fileDigest.update(chunk);
        bytes += chunk.length;
        List<Row> rows = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < chunk.length; i++) {
            if (chunk[i] == '\n') {
                append(chunk, start, i - start);
                endOfLine(rows);
                start = i + 1;
            }
        }
        append(chunk, start, chunk.length - start);
        return rows;
    }

    /** The last record, when the file does not end with a line break. */
    public List<Row> finish() {
        List<Row> rows = new ArrayList<>();
        if (current.size() > 0 || currentTooLong) {
            endOfLine(rows);
        }
        if (pending != null) {
            rows.add(unreadable(pendingLine, lines, pending.toString(), "Tanda kutip tidak ditutup"));
            pending = null;
        }
        if (format == Format.CSV && header == null) {
            throw new Unusable("Berkas kosong: baris pertama harus berisi nama kolom");
        }
        return rows;
    }

    public long bytesRead() {
        return bytes;
    }

    /** SHA-256 of every byte fed so far, in hex. */
    public String sha256Hex() {
        return HexFormat.of().formatHex(fileDigest.digest());
    }

    private void append(byte[] chunk, int from, int length) {
        if (currentTooLong || length == 0) {
            return;
        }
        if (current.size() + length > maxLineLength) {
            currentTooLong = true;
            current.reset();
        } else {
            current.write(chunk, from, length);
        }
    }

    private void endOfLine(List<Row> rows) {
        lines++;
        boolean tooLong = currentTooLong;
        String text = tooLong ? "" : current.toString(StandardCharsets.UTF_8);
        current.reset();
        currentTooLong = false;
        if (text.endsWith("\r")) {
            text = text.substring(0, text.length() - 1);
        }
        if (lines == 1 && text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        if (format == Format.NDJSON) {
            if (tooLong) {
                rows.add(unreadable(lines, lines, "", TOO_LONG));
            } else if (!text.isBlank()) {
                rows.add(json(lines, text));
            }
            return;
        }
        csvLine(rows, text, tooLong);
    }

    private void csvLine(List<Row> rows, String text, boolean tooLong) {
        if (pending == null) {
            if (text.isBlank() && !tooLong) {
                return;
            }
            pending = new StringBuilder(text);
            pendingLine = lines;
            pendingTooLong = tooLong;
        } else {
            pendingTooLong |= tooLong || pending.length() + text.length() > maxLineLength;
            if (!pendingTooLong) {
                pending.append('\n').append(text);
            }
        }
        if (!pendingTooLong && quotes(pending) % 2 == 1) {
            return; // a quoted value goes on to the next line
        }
        String record = pendingTooLong ? "" : pending.toString();
        long first = pendingLine;
        boolean overflow = pendingTooLong;
        pending = null;
        if (header == null) {
            header(first, record, overflow);
        } else if (overflow) {
            rows.add(unreadable(first, lines, record, TOO_LONG));
        } else {
            rows.add(csv(first, record));
        }
    }

    private void header(long line, String record, boolean overflow) {
        if (overflow) {
            throw new Unusable("Baris " + line + ": header terlalu panjang");
        }
        delimiter = delimiterOf(record);
        List<String> names = fields(record, delimiter);
        header = new String[names.size()];
        for (int i = 0; i < names.size(); i++) {
            header[i] = COLUMNS.get(normalise(names.get(i)));
        }
        List<String> missing = REQUIRED.stream().filter(f -> !List.of(header).contains(f)).toList();
        if (!missing.isEmpty()) {
            throw new Unusable("Baris " + line + ": kolom " + String.join(", ", missing)
                    + " tidak ada di header (kolom yang dibaca: norm, nik, nomorkartu, nama, jeniskelamin, "
                    + "tanggallahir, nohp, alamat)");
        }
    }

    private Row csv(long line, String record) {
        List<String> values = fields(record, delimiter);
        if (values == null || values.size() != header.length) {
            return unreadable(line, lines, record, values == null ? "Tanda kutip tidak sesuai" : WRONG_COLUMNS);
        }
        Map<String, String> byField = new HashMap<>();
        for (int i = 0; i < header.length; i++) {
            if (header[i] != null) {
                byField.put(header[i], values.get(i));
            }
        }
        return row(line, record, byField);
    }

    /** One patient as a JSON object (an NDJSON line, or the body of a single upsert); the norm may be absent. */
    public static Row json(String text) {
        return new PatientFile(Format.NDJSON, Integer.MAX_VALUE).json(0, text);
    }

    private Row json(long line, String text) {
        JsonNode node;
        try {
            node = JSON.readTree(text);
        } catch (Exception e) {
            node = null;
        }
        if (node == null || !node.isObject()) {
            return unreadable(line, line, text, NOT_JSON);
        }
        Map<String, String> byField = new HashMap<>();
        var fields = node.fields();
        while (fields.hasNext()) {
            var field = fields.next();
            String name = COLUMNS.get(normalise(field.getKey()));
            JsonNode value = field.getValue();
            if (name == null || value.isNull()) {
                continue;
            }
            if (!value.isValueNode()) {
                return unreadable(line, line, text, PatientRules.badFormat(name));
            }
            String s = value.asText();
            // a card number sent as a JSON number lost its leading zeros (as WS RS bodies do)
            if (value.isIntegralNumber() && name.equals("nomorkartu") && s.length() < 13) {
                s = "0".repeat(13 - s.length()) + s;
            }
            byField.put(name, s);
        }
        return row(line, text, byField);
    }

    private Row row(long line, String text, Map<String, String> f) {
        PatientData data = new PatientData(value(f, "nomorkartu"), value(f, "nik"), null, value(f, "nama"),
                sex(value(f, "jeniskelamin")), value(f, "tanggallahir"), value(f, "nohp"), value(f, "alamat"),
                null, null, null, null, null, null, null, null, null, null);
        return new Row(line, lines, text, value(f, "norm"), data, null);
    }

    private static Row unreadable(long line, long lastLine, String text, String reason) {
        return new Row(line, lastLine, text, null, null, reason);
    }

    private static String value(Map<String, String> fields, String name) {
        String v = fields.get(name);
        return v == null || v.isBlank() ? null : v.strip();
    }

    /** SIMRS exports write the sex out as often as L/P. */
    private static String sex(String value) {
        if (value == null) {
            return null;
        }
        String v = value.toUpperCase(Locale.ROOT);
        if (v.startsWith("LAKI")) {
            return "L";
        }
        return v.equals("PEREMPUAN") || v.equals("WANITA") ? "P" : v;
    }

    private static long quotes(CharSequence s) {
        return s.chars().filter(c -> c == '"').count();
    }

    private static char delimiterOf(String header) {
        char best = ',';
        long most = -1;
        for (char c : new char[] { ',', ';', '\t', '|' }) {
            long n = header.chars().filter(x -> x == c).count();
            if (n > most) {
                most = n;
                best = c;
            }
        }
        return best;
    }

    /** RFC 4180 fields ("" inside quotes is one quote); null when a quote is misplaced. */
    static List<String> fields(String record, char delimiter) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean wasQuoted = false;
        for (int i = 0; i < record.length(); i++) {
            char c = record.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < record.length() && record.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                if (wasQuoted || !field.toString().isBlank()) {
                    return null;
                }
                quoted = true;
                wasQuoted = true;
                field.setLength(0);
            } else if (c == delimiter) {
                fields.add(field.toString());
                field.setLength(0);
                wasQuoted = false;
            } else if (!wasQuoted || !Character.isWhitespace(c)) {
                if (wasQuoted) {
                    return null;
                }
                field.append(c);
            }
        }
        if (quoted) {
            return null;
        }
        fields.add(field.toString());
        return fields;
    }

    private static String normalise(String name) {
        return name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
    }

    private static Map<String, String> columns() {
        Map<String, String> c = new HashMap<>();
        for (String n : List.of("norm", "norekammedis", "nomorrekammedis", "nomorrm", "normedis", "nrm", "mrn")) {
            c.put(n, "norm");
        }
        for (String n : List.of("nik", "noktp", "nomorktp", "nomorinduk")) {
            c.put(n, "nik");
        }
        for (String n : List.of("nomorkartu", "nokartu", "noka", "nobpjs", "nomorbpjs", "nokartujkn", "cardnumber")) {
            c.put(n, "nomorkartu");
        }
        for (String n : List.of("nama", "namapasien", "name")) {
            c.put(n, "nama");
        }
        for (String n : List.of("jeniskelamin", "jk", "kelamin", "sex", "gender")) {
            c.put(n, "jeniskelamin");
        }
        for (String n : List.of("tanggallahir", "tgllahir", "tgllhr", "birthdate", "dateofbirth", "dob")) {
            c.put(n, "tanggallahir");
        }
        for (String n : List.of("nohp", "nomorhp", "hp", "notelp", "notlp", "telepon", "phone")) {
            c.put(n, "nohp");
        }
        for (String n : List.of("alamat", "address")) {
            c.put(n, "alamat");
        }
        return Map.copyOf(c);
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
