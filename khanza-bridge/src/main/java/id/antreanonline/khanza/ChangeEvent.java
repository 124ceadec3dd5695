package id.antreanonline.khanza;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import id.antreanonline.shared.Wib;

/**
 * One row change of Khanza's database as Debezium writes it to Kafka (JSON without schemas): the operation, the row
 * before and after, and the statement that made it ({@code include.query}). Debezium's MariaDB types arrive as
 * numbers: a DATE as days since 1970-01-01, a DATETIME as the milliseconds of its wall-clock reading taken as UTC
 * (MariaDB's DATETIME has no zone; Khanza writes WIB).
 */
record ChangeEvent(Op op, JsonNode before, JsonNode after, String query) {

    enum Op {
        /** a row of the initial snapshot */
        READ,
        CREATE, UPDATE, DELETE
    }

    /** Null for a tombstone or a record that is not a change event. */
    static ChangeEvent parse(ObjectMapper json, String value) {
        if (value == null || value.isEmpty()) {
            return null;
        }
        JsonNode event;
        try {
            event = json.readTree(value);
        } catch (IOException e) {
            return null;
        }
        JsonNode payload = event.has("payload") ? event.path("payload") : event;
        Op op = switch (payload.path("op").asText()) {
            case "r" -> Op.READ;
            case "c" -> Op.CREATE;
            case "u" -> Op.UPDATE;
            case "d" -> Op.DELETE;
            default -> null;
        };
        if (op == null) {
            return null;
        }
        return new ChangeEvent(op, payload.path("before"), payload.path("after"),
                payload.path("source").path("query").asText(""));
    }

    /** Written by the bridge itself (its statements carry the mark): never taken back as a change from Khanza. */
    boolean byTheBridge() {
        return query.contains(KhanzaPatients.MARK);
    }

    /** The row as it is now (after a create, update or snapshot read; before a delete). */
    JsonNode row() {
        return op == Op.DELETE ? before : after;
    }

    /** A text column, null when absent, empty or Khanza's placeholder "-". */
    static String text(JsonNode row, String column) {
        JsonNode v = row.path(column);
        if (v.isMissingNode() || v.isNull()) {
            return null;
        }
        String s = v.asText().strip();
        return s.isEmpty() || s.equals("-") ? null : s;
    }

    /** A DATE column (days since the epoch), null when absent. */
    static LocalDate date(JsonNode row, String column) {
        JsonNode v = row.path(column);
        return v.isIntegralNumber() ? LocalDate.ofEpochDay(v.asLong()) : null;
    }

    /** A DATETIME column read as WIB, as the instant it names; null when absent. */
    static Instant instantWib(JsonNode row, String column) {
        JsonNode v = row.path(column);
        if (!v.isIntegralNumber()) {
            return null;
        }
        LocalDateTime wallClock = LocalDateTime.ofInstant(Instant.ofEpochMilli(v.asLong()), ZoneOffset.UTC);
        return wallClock.atZone(Wib.ZONE).toInstant();
    }
}
