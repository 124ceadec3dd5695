package id.antreanonline.simulator.service;

import java.util.Optional;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;

/** Lenient readers of BPJS request fields: numbers may come as JSON numbers or as digit strings. */
public final class Fields {

    private static final Pattern INTEGER = Pattern.compile("-?\\d{1,18}");

    private Fields() {
    }

    /** The field's text, trimmed; empty when missing or null. */
    public static String text(JsonNode node, String name) {
        JsonNode v = node.get(name);
        if (v == null || v.isNull() || v.isContainerNode()) {
            return "";
        }
        return v.asText().trim();
    }

    public static Optional<Long> number(JsonNode node, String name) {
        JsonNode v = node.get(name);
        if (v == null || v.isNull()) {
            return Optional.empty();
        }
        if (v.isIntegralNumber() && v.canConvertToLong()) {
            return Optional.of(v.asLong());
        }
        if (v.isTextual() && INTEGER.matcher(v.asText().trim()).matches()) {
            return Optional.of(Long.parseLong(v.asText().trim()));
        }
        return Optional.empty();
    }

    public static Optional<Integer> integer(JsonNode node, String name) {
        return number(node, name).filter(n -> n >= Integer.MIN_VALUE && n <= Integer.MAX_VALUE).map(Long::intValue);
    }

    public static boolean digits(String text, int length) {
        return text.length() == length && text.chars().allMatch(Character::isDigit);
    }
}
